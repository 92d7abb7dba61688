import { existsSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Handlers, OperationName } from '../../core/contract';
import { operationNames } from '../../core/contract';
import type { Bilingual } from '../../core/bilingual';
import type { EncryptionChange } from '../../core/encryption/encryption-operations';
import { DossierError } from '../../core/errors';
import { changeDatabasePassphrase, decryptDatabase, encryptDatabase } from '../crypto/database-encryption';
import { unlockDataKeys } from '../crypto/data-keys';
import type { DataKeys } from '../crypto/data-keys';
import { decryptStoredBytes, encryptStoredBytes } from '../crypto/file-cipher';
import { readKeyInfoFile } from '../crypto/key-info-file';
import { pendingKeyInfoPath, unlockDatabase } from '../crypto/unlock-database';
import { databaseFileKind } from '../db/database-file-kind';
import { accessOf } from '../db/open-connection';
import { writeFileAtomic } from './atomic-write';
import type { EncryptionControl } from './encryption-service';
import { encryptionStatusOf } from './encryption-service';
import { openServices, packageVersion } from './open-services';
import type { OpenServicesOptions } from './open-services';
import { convertStoredFiles } from './stored-file-conversion';
import type { ConversionTarget } from './stored-file-conversion';

/** The open services, as openServices returns them. */
type Opened = ReturnType<typeof openServices>;

/** The app's services: one stable handler map whether the store is locked or open, and what is open now. */
export type AppServices = {
  handlers: Handlers;
  /** The open services; null while the store is locked. */
  current: () => Opened | null;
  /** Called each time services open (at start for a plain store, on unlock, after a change of encryption); at once when open already. */
  onOpen: (listener: (opened: Opened) => void) => void;
  close: () => void;
};

/** The answer of every operation but app:info and the encryption ones while the store is locked. */
function lockedError(): DossierError {
  return new DossierError('locked', { zh: '数据已加密并锁定，请先输入口令解锁', en: 'The data is encrypted and locked: enter the passphrase to unlock it first' });
}

/**
 * Where a change of passphrase keeps the previous files key while the stored files are re-encrypted, itself
 * encrypted with the new files key: a run killed half-way is finished on the next unlock (with the new passphrase),
 * and only the new passphrase can read it.
 */
export function previousFilesKeyPath(databasePath: string): string {
  return `${databasePath}.files-rekey`;
}

/** The previous files key left by an interrupted change of passphrase, when the current key opens it; it is removed otherwise. */
function previousFilesKey(databasePath: string, keys: DataKeys): Buffer | null {
  const path = previousFilesKeyPath(databasePath);
  if (!existsSync(path)) return null;
  try {
    return decryptStoredBytes(keys.files, readFileSync(path), path);
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    // Written before a rekey that never happened: the files were never touched, so nothing is lost.
    rmSync(path, { force: true });
    return null;
  }
}

const progressText: Record<string, Bilingual> = {
  'encryption:unlock': { zh: '正在完成存储文件的加密', en: 'Finishing the encryption of the stored files' },
  'encryption:enable': { zh: '正在加密存储文件', en: 'Encrypting the stored files' },
  'encryption:change-passphrase': { zh: '正在用新口令重新加密存储文件', en: 'Re-encrypting the stored files under the new passphrase' },
  'encryption:disable': { zh: '正在解密存储文件', en: 'Decrypting the stored files' },
};

/**
 * Opens the app's services. A store whose database is encrypted starts locked: only 'app:info' and
 * 'encryption:status' / 'encryption:unlock' answer, everything else says the store is locked. Unlocking derives the
 * keys from the passphrase, opens the services with them and finishes any interrupted file encryption. Turning
 * encryption on, changing the passphrase and turning it off close the services around the database change
 * (electron/crypto/database-encryption.ts), reopen them and re-write the stored files (stored-file-conversion.ts),
 * with progress.
 */
export function openAppServices(options: Omit<OpenServicesOptions, 'keys' | 'encryption' | 'databaseKey'>): AppServices {
  const databasePath = options.databasePath ?? join(options.dataDir, 'dossier.sqlite');
  const access = accessOf(options);
  const report = options.reportProgress ?? (() => undefined);
  const listeners: ((opened: Opened) => void)[] = [];
  let opened: Opened | null = null;

  const progressOf = (operation: string) => {
    const jobId = randomUUID();
    return (done: number, total: number) => report({ operation, jobId, done, total, message: progressText[operation]! });
  };
  const convert = (operation: string, target: ConversionTarget) => convertStoredFiles(options.dataDir, target, progressOf(operation));

  const open = (keys: DataKeys | null) => {
    opened = openServices({ ...options, databasePath, ...(keys ? { keys } : {}), encryption: control });
    for (const listener of listeners) listener(opened);
    return opened;
  };
  const shut = () => {
    opened?.close();
    opened = null;
  };
  /** Runs a database change on the closed store; on failure the store reopens as it was. */
  const whileClosed = <T>(keys: DataKeys | null, change: () => T): T => {
    shut();
    try {
      return change();
    } catch (error) {
      open(keys);
      throw error;
    }
  };
  const currentKeys = (passphrase: string): DataKeys => {
    const keys = unlockDatabase(databasePath, passphrase, access);
    if (!keys) throw new DossierError('conflict', { zh: '数据库未加密', en: 'The database is not encrypted' });
    return keys;
  };
  const sameTwice = (passphrase: string, confirm: string) => {
    if (passphrase !== confirm) throw new DossierError('invalid-input', { zh: '两次输入的口令不一致', en: 'The two passphrases differ' }, { field: 'confirm' });
  };

  const control: EncryptionControl = {
    status: () => (opened ? encryptionStatusOf(opened.context) : { encrypted: true, locked: true, plainFiles: 0 }),

    async unlock(passphrase) {
      if (opened) throw new DossierError('conflict', { zh: '数据库已打开', en: 'The database is already open' });
      const keys = currentKeys(passphrase);
      open(keys);
      const previous = previousFilesKey(databasePath, keys);
      await convert('encryption:unlock', { to: keys.files, from: previous ? [previous] : [] });
      if (previous) rmSync(previousFilesKeyPath(databasePath), { force: true });
      return { unlocked: true as const };
    },

    async enable(passphrase, confirm): Promise<EncryptionChange> {
      sameTwice(passphrase, confirm);
      // The database first: once it is encrypted the store starts locked, and an unlock finishes the files.
      const { keys } = whileClosed(null, () => encryptDatabase(databasePath, passphrase, access));
      open(keys);
      const done = await convert('encryption:enable', { to: keys.files, from: [] });
      return { encrypted: true, filesRewritten: done.rewritten };
    },

    async changePassphrase(current, passphrase, confirm): Promise<EncryptionChange> {
      const old = currentKeys(current);
      sameTwice(passphrase, confirm);
      const { keys } = whileClosed(old, () => changeDatabasePassphrase(databasePath, old, passphrase, access, (step) => {
        // Before the swap: the new key file is pending, so the new files key can be derived and the old one kept
        // under it; a kill after the swap is finished by the next unlock with the new passphrase.
        if (step !== 'key-written') return;
        const next = unlockDataKeys(readKeyInfoFile(pendingKeyInfoPath(databasePath))!, passphrase);
        writeFileAtomic(previousFilesKeyPath(databasePath), encryptStoredBytes(next.files, old.files));
      }));
      open(keys);
      const done = await convert('encryption:change-passphrase', { to: keys.files, from: [old.files] });
      rmSync(previousFilesKeyPath(databasePath), { force: true });
      return { encrypted: true, filesRewritten: done.rewritten };
    },

    async disable(passphrase): Promise<EncryptionChange> {
      const old = currentKeys(passphrase);
      // Files first, while the database is still encrypted: a kill here is undone (the files re-encrypted) by the
      // next unlock, and the user turns encryption off again.
      const done = await convert('encryption:disable', { to: undefined, from: [old.files] });
      whileClosed(old, () => decryptDatabase(databasePath, old, access));
      open(null);
      return { encrypted: false, filesRewritten: done.rewritten };
    },
  };

  const lockedHandlers: Partial<Handlers> = {
    'app:info': () => ({ version: packageVersion(), dataDir: options.dataDir, databasePath, locked: true }),
    'encryption:status': () => control.status(),
    'encryption:unlock': ({ passphrase }) => control.unlock(passphrase),
  };
  const handlers = Object.fromEntries(operationNames.map((name: OperationName) => [name, (input: unknown) => {
    if (opened) return (opened.handlers[name] as (input: unknown) => unknown)(input);
    const locked = lockedHandlers[name] as ((input: unknown) => unknown) | undefined;
    if (!locked) throw lockedError();
    return locked(input);
  }])) as unknown as Handlers;

  // The header, not the key file, says whether the database is encrypted (an encryption killed before its swap
  // leaves a plain database beside a key file, which opens as before).
  if (databaseFileKind(databasePath) !== 'other') open(null);
  return {
    handlers,
    current: () => opened,
    onOpen: (listener) => {
      listeners.push(listener);
      if (opened) listener(opened);
    },
    close: shut,
  };
}

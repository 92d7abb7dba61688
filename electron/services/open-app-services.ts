import { existsSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Handlers, OperationName } from '../../core/contract';
import { operationNames } from '../../core/contract';
import type { Bilingual } from '../../core/bilingual';
import type { EncryptionChange } from '../../core/encryption/encryption-operations';
import { DossierError } from '../../core/errors';
import { createDataKeys, unlockDataKeys } from '../crypto/data-keys';
import type { DataKeys } from '../crypto/data-keys';
import { decryptStoredBytes, encryptStoredBytes } from '../crypto/file-cipher';
import { readKeyInfo } from '../crypto/key-info-file';
import type { KeyInfo } from '../crypto/key-info-file';
import { writeFileAtomic } from './atomic-write';
import type { EncryptionControl } from './encryption-service';
import { encryptionStatusOf } from './encryption-service';
import { openServices, packageVersion } from './open-services';
import type { OpenServicesOptions } from './open-services';
import { convertStoredFiles } from './stored-file-conversion';
import type { ConversionTarget } from './stored-file-conversion';

/** The database side of a change of encryption (SQLCipher export, rekey, decrypt), done on a closed database. */
export type DatabaseCipher = {
  encrypt: (databasePath: string, keys: DataKeys, info: KeyInfo) => void;
  rekey: (databasePath: string, current: DataKeys, next: DataKeys, info: KeyInfo) => void;
  decrypt: (databasePath: string, keys: DataKeys) => void;
};

/** The open services, as openServices returns them. */
type Opened = ReturnType<typeof openServices>;

/** The app's services: one stable handler map whether the store is locked or open, and what is open now. */
export type AppServices = {
  handlers: Handlers;
  /** The open services; null while the store is locked. */
  current: () => Opened | null;
  /** Called each time services open (at start for a plain store, on unlock, after a change of encryption). */
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
 * Opens the app's services. A store whose database has a key file starts locked: only 'app:info' and
 * 'encryption:status' / 'encryption:unlock' answer, everything else says the store is locked. Unlocking derives the
 * keys from the passphrase, opens the services with them and finishes any interrupted file encryption. Turning
 * encryption on, changing the passphrase and turning it off close and reopen the services around the database
 * change and re-write the stored files (stored-file-conversion.ts), with progress.
 */
export function openAppServices(options: Omit<OpenServicesOptions, 'keys' | 'encryption'>, cipher: DatabaseCipher): AppServices {
  const databasePath = options.databasePath ?? join(options.dataDir, 'dossier.sqlite');
  const report = options.reportProgress ?? (() => undefined);
  const listeners: ((opened: Opened) => void)[] = [];
  let opened: Opened | null = null;

  const progressOf = (operation: string) => {
    const jobId = randomUUID();
    return (done: number, total: number) => report({ operation, jobId, done, total, message: progressText[operation]! });
  };
  const convert = (operation: string, target: ConversionTarget) => convertStoredFiles(options.dataDir, target, progressOf(operation));

  const open = (withKeys: DataKeys | null) => {
    opened = openServices({ ...options, databasePath, ...(withKeys ? { keys: withKeys } : {}), encryption: control });
    for (const listener of listeners) listener(opened);
    return opened;
  };
  const shut = () => {
    opened?.close();
    opened = null;
  };
  const infoOrFail = (): KeyInfo => {
    const info = readKeyInfo(databasePath);
    if (!info) throw new DossierError('conflict', { zh: '数据库未加密', en: 'The database is not encrypted' });
    return info;
  };
  const sameTwice = (passphrase: string, confirm: string) => {
    if (passphrase !== confirm) throw new DossierError('invalid-input', { zh: '两次输入的口令不一致', en: 'The two passphrases differ' }, { field: 'confirm' });
  };

  const control: EncryptionControl = {
    status: () => (opened ? encryptionStatusOf(opened.context) : { encrypted: true, locked: true, plainFiles: 0 }),

    async unlock(passphrase) {
      if (opened) throw new DossierError('conflict', { zh: '数据库已打开', en: 'The database is already open' });
      const unlocked = unlockDataKeys(infoOrFail(), passphrase);
      open(unlocked);
      const previous = previousFilesKey(databasePath, unlocked);
      await convert('encryption:unlock', { to: unlocked.files, from: previous ? [previous] : [] });
      if (previous) rmSync(previousFilesKeyPath(databasePath), { force: true });
      return { unlocked: true as const };
    },

    async enable(passphrase, confirm): Promise<EncryptionChange> {
      if (readKeyInfo(databasePath)) throw new DossierError('conflict', { zh: '数据库已加密', en: 'The database is already encrypted' });
      sameTwice(passphrase, confirm);
      const created = createDataKeys(passphrase);
      shut();
      try {
        cipher.encrypt(databasePath, created.keys, created.info);
      } catch (error) {
        open(null);
        throw error;
      }
      open(created.keys);
      const done = await convert('encryption:enable', { to: created.keys.files, from: [] });
      return { encrypted: true, filesRewritten: done.rewritten };
    },

    async changePassphrase(current, passphrase, confirm): Promise<EncryptionChange> {
      const old = unlockDataKeys(infoOrFail(), current);
      sameTwice(passphrase, confirm);
      const created = createDataKeys(passphrase);
      writeFileAtomic(previousFilesKeyPath(databasePath), encryptStoredBytes(created.keys.files, old.files));
      shut();
      try {
        cipher.rekey(databasePath, old, created.keys, created.info);
      } catch (error) {
        rmSync(previousFilesKeyPath(databasePath), { force: true });
        open(old);
        throw error;
      }
      open(created.keys);
      const done = await convert('encryption:change-passphrase', { to: created.keys.files, from: [old.files] });
      rmSync(previousFilesKeyPath(databasePath), { force: true });
      return { encrypted: true, filesRewritten: done.rewritten };
    },

    async disable(passphrase): Promise<EncryptionChange> {
      const old = unlockDataKeys(infoOrFail(), passphrase);
      // Files first, while the database still says the store is encrypted: a kill here is finished (re-encrypted)
      // on the next unlock, and the user turns encryption off again.
      const done = await convert('encryption:disable', { to: undefined, from: [old.files] });
      shut();
      try {
        cipher.decrypt(databasePath, old);
      } catch (error) {
        open(old);
        throw error;
      }
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

  if (!readKeyInfo(databasePath)) open(null);
  return {
    handlers,
    current: () => opened,
    onOpen: (listener) => void listeners.push(listener),
    close: shut,
  };
}

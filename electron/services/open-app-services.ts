import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Handlers, OperationInput, OperationName } from '../../core/contract';
import type { RestoreResult } from '../../core/backup/backup-model';
import { operationNames } from '../../core/contract';
import type { Bilingual } from '../../core/bilingual';
import type { EncryptionChange } from '../../core/encryption/encryption-operations';
import { DossierError } from '../../core/errors';
import { progressOf as backupProgressOf } from '../backup/backup-handlers';
import { restoreBackup } from '../backup/restore-backup';
import type { DataKeys } from '../crypto/data-keys';
import { unlockDatabase } from '../crypto/unlock-database';
import { databaseFileKind } from '../db/database-file-kind';
import { accessOf } from '../db/open-connection';
import type { EncryptionControl } from './encryption-service';
import { encryptionStatusOf } from './encryption-service';
import { openServices, packageVersion } from './open-services';
import type { OpenServicesOptions } from './open-services';
import { checkSameTwice, decryptStore, encryptStore, finishStoredFiles, rekeyStore } from './store-encryption';

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
  const store = { dataDir: options.dataDir, databasePath };

  const open = (keys: DataKeys | null) => {
    opened = openServices({ ...options, databasePath, ...(keys ? { keys } : {}), encryption: control });
    for (const listener of listeners) listener(opened);
    return opened;
  };
  const shut = () => {
    opened?.close();
    opened = null;
  };
  /** Reopens the store after a change, finished or not, with whichever of the passphrases opens it now. */
  const reopen = (...passphrases: string[]) => {
    if (databaseFileKind(databasePath) !== 'other') return void open(null);
    for (const passphrase of passphrases) {
      try {
        return void open(currentKeys(passphrase));
      } catch (error) {
        if (!(error instanceof DossierError)) throw error;
      }
    }
  };
  const currentKeys = (passphrase: string): DataKeys => {
    const keys = unlockDatabase(databasePath, passphrase, access);
    if (!keys) throw new DossierError('conflict', { zh: '数据库未加密', en: 'The database is not encrypted' });
    return keys;
  };

  const control: EncryptionControl = {
    status: () => (opened ? encryptionStatusOf(opened.context) : { encrypted: true, locked: true, plainFiles: 0 }),

    async unlock(passphrase) {
      if (opened) throw new DossierError('conflict', { zh: '数据库已打开', en: 'The database is already open' });
      const keys = currentKeys(passphrase);
      open(keys);
      await finishStoredFiles(store, keys, progressOf('encryption:unlock'));
      return { unlocked: true as const };
    },

    async enable(passphrase, confirm): Promise<EncryptionChange> {
      checkSameTwice(passphrase, confirm);
      shut();
      let changed;
      try {
        changed = await encryptStore(store, passphrase, access, progressOf('encryption:enable'));
      } finally {
        // Whatever happened, the store reopens as its database now is (a refused passphrase leaves it plain).
        reopen(passphrase);
      }
      return { encrypted: true, filesRewritten: changed.files.rewritten };
    },

    async changePassphrase(current, passphrase, confirm): Promise<EncryptionChange> {
      const old = currentKeys(current);
      checkSameTwice(passphrase, confirm);
      shut();
      let changed;
      try {
        changed = await rekeyStore(store, old, passphrase, access, progressOf('encryption:change-passphrase'));
      } finally {
        reopen(passphrase, current);
      }
      return { encrypted: true, filesRewritten: changed.files.rewritten };
    },

    async disable(passphrase): Promise<EncryptionChange> {
      const old = currentKeys(passphrase);
      shut();
      let changed;
      try {
        changed = await decryptStore(store, old, access, progressOf('encryption:disable'));
      } finally {
        reopen(passphrase);
      }
      return { encrypted: false, filesRewritten: changed.files.rewritten };
    },
  };

  /**
   * 'backup:restore' on an encrypted store. SQLite's backup API cannot write into an encrypted database another
   * connection keeps open, so the services close, the checked copy takes the database's place in one rename
   * (restore-backup.ts; a plain backup is encrypted under the store's key on the way in) and the services reopen
   * with the same keys, whether the restore went through or was refused.
   */
  async function restoreEncrypted(live: Opened, backupPath: string): Promise<RestoreResult> {
    const { context } = live;
    const keys: DataKeys = { database: Buffer.from(context.databaseKey!), files: context.filesKey! };
    const onProgress = backupProgressOf(context, 'backup:restore');
    const now = context.now();
    shut();
    try {
      return await restoreBackup(
        { databasePath, dataDir: options.dataDir, ...access, databaseKey: keys.database, filesKey: keys.files },
        { backupPath, now, actor: context.actor, onProgress },
      );
    } finally {
      open(keys);
    }
  }

  const lockedHandlers: Partial<Handlers> = {
    'app:info': () => ({ version: packageVersion(), dataDir: options.dataDir, databasePath, locked: true }),
    'encryption:status': () => control.status(),
    'encryption:unlock': ({ passphrase }) => control.unlock(passphrase),
  };
  const handlers = Object.fromEntries(operationNames.map((name: OperationName) => [name, (input: unknown) => {
    if (opened && name === 'backup:restore' && opened.context.databaseKey) return restoreEncrypted(opened, (input as OperationInput<'backup:restore'>).path);
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

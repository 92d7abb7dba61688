import { existsSync } from 'node:fs';
import { encryptionState } from '../../crypto/database-encryption';
import { decryptStore, encryptStore, rekeyStore } from '../../services/store-encryption';
import type { StoreLocation } from '../../services/store-encryption';
import { readKeyInfo } from '../../crypto/key-info-file';
import { pendingKeyInfoPath, unlockDatabase } from '../../crypto/unlock-database';
import { DossierError } from '../../../core/errors';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue } from '../cli-output';
import { checkDatabasePath, cliStoreLocation } from '../cli-context';
import { cliPassphrase, passphraseEnv } from '../cli-passphrase';
import { cliDatabasePath, storePassphrase } from '../cli-unlock';

/** What `encryption status` and the other encryption commands report. */
export type EncryptionStatus = {
  databasePath: string;
  encrypted: boolean;
  /** The key file beside the database (needed to unlock an encrypted one). */
  keyFile: boolean;
  /** A change of passphrase was interrupted; the next unlock settles it. */
  pendingChange: boolean;
  /** The passphrase key derivation's cost, when encrypted. */
  kdf: { name: 'scrypt'; N: number; r: number; p: number } | null;
};

function statusOf(databasePath: string): EncryptionStatus {
  const { encrypted, keyFile } = encryptionState(databasePath);
  const info = encrypted && keyFile ? readKeyInfo(databasePath) : null;
  return {
    databasePath, encrypted, keyFile, pendingChange: existsSync(pendingKeyInfoPath(databasePath)),
    kdf: info ? { name: 'scrypt', N: info.N, r: info.r, p: info.p } : null,
  };
}

function statusLines(status: EncryptionStatus): string[] {
  return [
    status.encrypted ? `已加密 Encrypted: ${status.databasePath}` : `未加密 Not encrypted: ${status.databasePath}`,
    ...(status.encrypted && !status.keyFile ? ['  缺少密钥文件，无法解锁 The key file is missing; the database cannot be unlocked'] : []),
    ...(status.pendingChange ? ['  上次更换口令未完成，下次解锁时会自动完成或撤销 A change of passphrase was interrupted; the next unlock finishes or undoes it'] : []),
  ];
}

/** The --db store, checked to be a file path (not a folder). */
function storePath(input: CommandInput): string {
  const databasePath = cliDatabasePath(input.flags);
  checkDatabasePath(databasePath);
  return databasePath;
}

/** `dossier encryption status`. */
export const runEncryptionStatus: CommandRun = async (input) => {
  printValue(input.printer, statusOf(storePath(input)), statusLines);
};

/** `dossier encryption enable`: a new passphrase (asked twice at a terminal), then the store encrypted in place. */
export const runEncryptionEnable: CommandRun = async (input) => {
  const databasePath = storePath(input);
  const passphrase = await cliPassphrase({
    file: stringFlag(input, 'passphrase-file'), fileFlag: '--passphrase-file', env: passphraseEnv, prompt: { zh: '请设置数据库口令', en: 'New database passphrase' },
  }, true);
  await encryptStore(storeOf(input, databasePath), passphrase, {});
  printValue(input.printer, statusOf(databasePath), (status) => [
    ...statusLines(status),
    '  请牢记口令：忘记口令将无法恢复数据。此前的备份仍未加密，请自行妥善处理',
    '  Keep the passphrase safe: without it the data cannot be recovered. Earlier backups are still unencrypted; deal with them yourself',
  ]);
};

/** `dossier encryption change-passphrase`: the current passphrase, then the new one (asked twice at a terminal). */
export const runEncryptionChange: CommandRun = async (input) => {
  const databasePath = storePath(input);
  const keys = unlockDatabase(databasePath, await storePassphrase(input.flags));
  if (!keys) throw notEncrypted(databasePath);
  const next = await cliPassphrase({
    file: stringFlag(input, 'new-passphrase-file'), fileFlag: '--new-passphrase-file', env: 'DOSSIER_NEW_PASSPHRASE', prompt: { zh: '请设置新口令', en: 'New passphrase' },
  }, true);
  await rekeyStore(storeOf(input, databasePath), keys, next, {});
  printValue(input.printer, statusOf(databasePath), (status) => [...statusLines(status), '  口令已更换 The passphrase was changed']);
};

/** `dossier encryption disable`: the current passphrase, then the store decrypted in place. */
export const runEncryptionDisable: CommandRun = async (input) => {
  const databasePath = storePath(input);
  const keys = unlockDatabase(databasePath, await storePassphrase(input.flags));
  if (!keys) throw notEncrypted(databasePath);
  await decryptStore(storeOf(input, databasePath), keys, {});
  printValue(input.printer, statusOf(databasePath), statusLines);
};

/** The store with its data folder, whose stored files change with the database (as openCliServices finds the folder). */
function storeOf(input: CommandInput, databasePath: string): StoreLocation {
  return { dataDir: cliStoreLocation(input.flags).dataDir, databasePath };
}

/** A plain store has no passphrase to check or change. */
function notEncrypted(databasePath: string): DossierError {
  return new DossierError('conflict', { zh: `该数据库没有加密：${databasePath}`, en: `This database is not encrypted: ${databasePath}` }, { file: databasePath });
}

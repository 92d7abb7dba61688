import { existsSync, readFileSync, rmSync } from 'node:fs';
import { changeDatabasePassphrase, decryptDatabase, encryptDatabase } from '../crypto/database-encryption';
import { unlockDataKeys } from '../crypto/data-keys';
import type { DataKeys } from '../crypto/data-keys';
import { decryptStoredBytes, encryptStoredBytes } from '../crypto/file-cipher';
import { readKeyInfoFile } from '../crypto/key-info-file';
import { pendingKeyInfoPath } from '../crypto/unlock-database';
import type { DatabaseAccess } from '../db/open-connection';
import { DossierError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import { convertStoredFiles } from './stored-file-conversion';
import type { ConversionReport } from './stored-file-conversion';

/**
 * A whole store's change of encryption, database and stored files together, on a store no connection has open
 * (the app closes its services around it; the CLI runs it directly). The order makes every kill recoverable:
 * - on: the database first (from then on the store starts locked), then the files, which the next unlock finishes;
 * - a new passphrase: the old files key is kept encrypted under the new one before the database swap, so the next
 *   unlock (with the new passphrase) can finish files still under the old key;
 * - off: the files first, then the database; a kill in between is undone (files re-encrypted) by the next unlock.
 */

/** Where a store's location is: its data folder (the stored files) and its database. */
export type StoreLocation = { dataDir: string; databasePath: string };

/** Called after each stored file with (done, total). */
type Progress = (done: number, total: number) => void;

/** The previous files key during a change of passphrase, beside the database, encrypted with the new files key. */
export function previousFilesKeyPath(databasePath: string): string {
  return `${databasePath}.files-rekey`;
}

/** The previous files key left by an interrupted change of passphrase, when the current key opens it; removed otherwise. */
function previousFilesKey(databasePath: string, keys: DataKeys): Buffer | null {
  const path = previousFilesKeyPath(databasePath);
  if (!existsSync(path)) return null;
  try {
    return decryptStoredBytes(keys.files, readFileSync(path), path);
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    // Written before a database swap that never happened: the files were never touched, so nothing is lost.
    rmSync(path, { force: true });
    return null;
  }
}

/** After an unlock: brings every stored file under the store's files key (plain ones a killed run left, old-key ones). */
export async function finishStoredFiles(store: StoreLocation, keys: DataKeys, onProgress?: Progress): Promise<ConversionReport> {
  const previous = previousFilesKey(store.databasePath, keys);
  const report = await convertStoredFiles(store.dataDir, { to: keys.files, from: previous ? [previous] : [] }, onProgress);
  if (previous && report.unreadable.length === 0) rmSync(previousFilesKeyPath(store.databasePath), { force: true });
  return report;
}

/** Refuses two different passphrases where one was to be typed twice. */
export function checkSameTwice(passphrase: string, confirm: string): void {
  if (passphrase !== confirm) throw new DossierError('invalid-input', { zh: '两次输入的口令不一致', en: 'The two passphrases differ' }, { field: 'confirm' });
}

/** Encrypts the database, then the stored files; returns the new keys. */
export async function encryptStore(store: StoreLocation, passphrase: string, access: DatabaseAccess, onProgress?: Progress): Promise<{ keys: DataKeys; files: ConversionReport }> {
  const { keys } = encryptDatabase(store.databasePath, passphrase, access);
  return { keys, files: await convertStoredFiles(store.dataDir, { to: keys.files, from: [] }, onProgress) };
}

/** Re-keys the database under a new passphrase, then moves the stored files to the new files key. */
export async function rekeyStore(store: StoreLocation, old: DataKeys, passphrase: string, access: DatabaseAccess, onProgress?: Progress): Promise<{ keys: DataKeys; files: ConversionReport }> {
  const { keys } = changeDatabasePassphrase(store.databasePath, old, passphrase, access, (step) => {
    // Before the swap the new key file is pending, so the new files key can be derived and the old one kept under it.
    if (step !== 'key-written') return;
    const next = unlockDataKeys(readKeyInfoFile(pendingKeyInfoPath(store.databasePath))!, passphrase);
    writeFileAtomic(previousFilesKeyPath(store.databasePath), encryptStoredBytes(next.files, old.files));
  });
  const files = await convertStoredFiles(store.dataDir, { to: keys.files, from: [old.files] }, onProgress);
  if (files.unreadable.length === 0) rmSync(previousFilesKeyPath(store.databasePath), { force: true });
  return { keys, files };
}

/** Decrypts the stored files, then the database. */
export async function decryptStore(store: StoreLocation, keys: DataKeys, access: DatabaseAccess, onProgress?: Progress): Promise<{ files: ConversionReport }> {
  const files = await convertStoredFiles(store.dataDir, { to: undefined, from: [keys.files] }, onProgress);
  decryptDatabase(store.databasePath, keys, access);
  return { files };
}

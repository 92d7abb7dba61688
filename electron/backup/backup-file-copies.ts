import { chmodSync, existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BackedUpFile } from '../../core/backup/backup-model';
import { writeFileAtomic } from '../services/atomic-write';
import { insideDataFolder } from '../services/data-folder';
import { DossierError } from '../../core/errors';
import { sha256Hex } from '../services/evidence-store';
import { plainStoredBytes } from '../services/stored-file';
import type { FilesKey } from '../services/stored-file';
import { backupFilePath } from './backup-names';

/**
 * The bytes at `path` as stored when they are there and their plain bytes have the hash `sha256`; undefined
 * otherwise. An encrypted file is decrypted to be checked but returned as it is stored, so a backup of an encrypted
 * store stays encrypted.
 */
async function intactBytes(path: string, sha256: string, key: FilesKey): Promise<Buffer | undefined> {
  if (!existsSync(path)) return undefined;
  const bytes = await readFile(path);
  try {
    return sha256Hex(plainStoredBytes(bytes, path, key)) === sha256 ? bytes : undefined;
  } catch (error) {
    if (error instanceof DossierError) return undefined;
    throw error;
  }
}

/**
 * Copies the stored files into the backup folder's files/ store, once per hash: a file copied by an
 * earlier backup is not read again. Only a file whose bytes still match its recorded hash is copied;
 * the others are returned, so the manifest says what this backup could not carry.
 */
export async function copyFilesIntoBackup(dataDir: string, folder: string, files: readonly BackedUpFile[], key?: FilesKey): Promise<BackedUpFile[]> {
  const unavailable: BackedUpFile[] = [];
  for (const file of files) {
    const target = backupFilePath(folder, file.sha256);
    if (existsSync(target)) continue;
    const bytes = await intactBytes(insideDataFolder(dataDir, file.relativePath), file.sha256, key);
    if (bytes) writeFileAtomic(target, bytes);
    else unavailable.push(file);
  }
  return unavailable;
}

/**
 * Puts back every stored file the restored database refers to that is missing or altered in the data
 * folder, from the backup folder's copy (checked against its hash). Returns how many were put back and
 * which ones neither place holds intact.
 */
export async function restoreFilesFromBackup(dataDir: string, folder: string, files: readonly BackedUpFile[], key?: FilesKey): Promise<{ restored: number; missing: BackedUpFile[] }> {
  let restored = 0;
  const missing: BackedUpFile[] = [];
  for (const file of files) {
    const live = insideDataFolder(dataDir, file.relativePath);
    if (await intactBytes(live, file.sha256, key)) continue;
    const bytes = await intactBytes(backupFilePath(folder, file.sha256), file.sha256, key);
    if (!bytes) {
      missing.push(file);
      continue;
    }
    // An altered copy is removed first so the rename also works on Windows; evidence and attachments are kept read-only, as their stores keep them.
    rmSync(live, { force: true });
    writeFileAtomic(live, bytes);
    if (/^(evidence|attachments)\//.test(file.relativePath)) chmodSync(live, 0o444);
    restored += 1;
  }
  return { restored, missing };
}

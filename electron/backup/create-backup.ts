import type Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BackupSummary } from '../../core/backup/backup-model';
import { chinaTimestamp } from '../../core/china-time';
import { DossierError } from '../../core/errors';
import { keyInfoPath, readKeyInfo, writeKeyInfo } from '../crypto/key-info-file';
import { openConnection, type DatabaseAccess } from '../db/open-connection';
import { writeManifest } from './backup-manifest';
import { copyFilesIntoBackup } from './backup-file-copies';
import { sweepStaleTemps } from './backup-folder';
import { withBackupFolderLock } from './backup-folder-lock';
import { backupPrefix, fileStamp, manifestPathOf } from './backup-names';
import { sha256OfFile } from './file-hash';
import { storedFilesOf } from './stored-files';

/** The open store to back up, with how it is reached (an encrypted store's key). */
export type BackupSource = { db: Database.Database; dataDir: string; appVersion: string } & DatabaseAccess & {
  /** The files key of an encrypted store: its files are checked decrypted and copied as stored (encrypted). */
  filesKey?: Buffer;
};

/** Where and when; `onProgress` hears the share of database pages copied (0…1). */
export type BackupOptions = { folder: string; now: Date; onProgress?: (fraction: number) => void };

/** A name no backup in the folder has yet: the stamp, then -2, -3 … for backups in the same second. */
function freeBaseName(folder: string, stamp: string): string {
  for (let n = 1; ; n += 1) {
    const name = `${backupPrefix}${stamp}${n === 1 ? '' : `-${n}`}`;
    if (!existsSync(join(folder, `${name}.sqlite`)) && !existsSync(join(folder, `${name}.json`))) return name;
  }
}

function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the open store into `temp`. A plain store goes through SQLite's online backup API a hundred pages a step;
 * an encrypted one through VACUUM INTO, which writes the copy under the same cipher and key (the backup API cannot
 * key its destination), in one step.
 */
async function copyDatabase(source: BackupSource, temp: string, onProgress?: (fraction: number) => void): Promise<void> {
  if (source.databaseKey) {
    source.db.prepare('VACUUM INTO ?').run(temp);
    onProgress?.(1);
    return;
  }
  await source.db.backup(temp, {
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
      return 100;
    },
  });
}

/**
 * Backs the store up with SQLite's online backup API (the app keeps working meanwhile) into a temp file
 * in `folder`, makes it one self-contained file (rollback journal, not WAL), copies the stored files it
 * refers to into folder/files/ by SHA-256 (holding the folder's lock, see backup-folder-lock.ts), then renames the
 * database into place and writes its manifest.
 * A backup is complete only once its manifest exists; a killed backup leaves a temp file that the next one sweeps.
 */
export async function createBackup(source: BackupSource, options: BackupOptions): Promise<BackupSummary> {
  const { folder, now } = options;
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new DossierError('io-error', { zh: `无法创建备份文件夹：${folder}`, en: `Cannot create the backup folder: ${folder}` }, { file: folder });
  }
  sweepStaleTemps(folder, now);
  const stamp = fileStamp(now);
  const temp = join(folder, `.${backupPrefix}${stamp}.${randomBytes(6).toString('hex')}.tmp`);
  const keyInfo = source.databaseKey ? readKeyInfo(source.db.name) : null;
  if (source.databaseKey && !keyInfo) {
    throw new DossierError('not-found', { zh: `找不到数据库的密钥文件，无法备份：${keyInfoPath(source.db.name)}`, en: `The database's key file is missing; no backup was made: ${keyInfoPath(source.db.name)}` }, { file: keyInfoPath(source.db.name) });
  }
  let name: string | undefined;
  try {
    await copyDatabase(source, temp, options.onProgress);
    const copy = openConnection(temp, { ...source, fileMustExist: true });
    let schemaVersion: number;
    let files;
    try {
      copy.pragma('journal_mode = DELETE');
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      files = storedFilesOf(copy, source.dataDir);
    } finally {
      copy.close();
    }
    flushToDisk(temp);
    const sha256 = await sha256OfFile(temp);
    const sizeBytes = statSync(temp).size;
    // From deciding which file copies already exist until the manifest names them, no other run may prune them;
    // the name is chosen under the lock too, so two runs in the same second do not take the same one.
    return await withBackupFolderLock(folder, async () => {
      const unavailableFiles = await copyFilesIntoBackup(source.dataDir, folder, files, source.filesKey);
      name = freeBaseName(folder, stamp);
      const path = join(folder, `${name}.sqlite`);
      // An encrypted backup needs its key file to be unlocked: it goes beside the backup before the backup counts (its manifest).
      if (keyInfo) writeKeyInfo(path, keyInfo);
      renameSync(temp, path);
      const createdAt = chinaTimestamp(now);
      writeManifest(manifestPathOf(path), { format: 'dossier-backup', formatVersion: 1, schemaVersion, sha256, sizeBytes, createdAt, appVersion: source.appVersion, files, unavailableFiles });
      return { name, path, createdAt, schemaVersion, sizeBytes, sha256, fileCount: files.length, unavailableFileCount: unavailableFiles.length, appVersion: source.appVersion };
    });
  } catch (error) {
    rmSync(temp, { force: true });
    if (keyInfo && name) rmSync(keyInfoPath(join(folder, `${name}.sqlite`)), { force: true });
    if (error instanceof DossierError) throw error;
    throw new DossierError('io-error', { zh: `备份未能完成：${(error as Error).message}`, en: `The backup could not be completed: ${(error as Error).message}` }, { file: folder });
  }
}

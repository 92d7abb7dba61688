import { join } from 'node:path';

/** Every backup database is named dossier-backup-<China-time stamp>[-n].sqlite, its manifest the same name with .json. */
export const backupPrefix = 'dossier-backup-';

/** A sortable stamp in China time, for file names: 20261202-110500. */
export function fileStamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10).replaceAll('-', '')}-${shifted.slice(11, 19).replaceAll(':', '')}`;
}

/** The manifest that belongs to a backup database file. */
export function manifestPathOf(databaseFile: string): string {
  return databaseFile.replace(/\.sqlite$/, '') + '.json';
}

/** Where automatic and default backups go when the user has chosen no folder: backups/ in the data folder. */
export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The folder of a backup folder that holds stored files once each, by SHA-256. */
export function backupFilesFolder(folder: string): string {
  return join(folder, 'files');
}

/** Where one stored file's copy lives in a backup folder. */
export function backupFilePath(folder: string, sha256: string): string {
  return join(backupFilesFolder(folder), sha256.slice(0, 2), sha256);
}

/** A leftover of an interrupted backup or restore: temp files are dot-files ending in .tmp (with SQLite's -wal, -shm or -journal beside them). */
export function isTempName(name: string): boolean {
  return /^\..*\.tmp(-wal|-shm|-journal)?$/.test(name);
}

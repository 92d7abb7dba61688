import { existsSync, lstatSync, rmdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DossierError } from '../../core/errors';
import { openServices } from '../services/open-services';
import type { OpenServicesOptions } from '../services/open-services';
import { installedDataDir } from '../services/default-data-dir';
import { cliDataKeys } from './cli-unlock';

/** What is at a path (a link followed): a regular file, a folder, something else (a pipe, a device, a socket), a broken link, or nothing. */
function kindAt(path: string): 'file' | 'folder' | 'special' | 'broken-link' | 'none' {
  try {
    const found = statSync(path, { throwIfNoEntry: false });
    // A link to nothing, or to itself through others: SQLite would create its target or fail to open it.
    if (!found) return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? 'broken-link' : 'none';
    return found.isDirectory() ? 'folder' : found.isFile() ? 'file' : 'special';
  } catch (error) {
    // ENOTDIR: a file stands where a folder of the path should be; the check of the folder names it. Anything
    // else (a link loop, a name too long, no permission) is refused with the path, not taken for "nothing there".
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'none';
    throw error;
  }
}

/** Refuses a --db that names a folder, a pipe or a device, or a file inside something that is not a folder, in words naming the path. */
export function checkDatabasePath(path: string): void {
  if (kindAt(path) === 'folder') {
    throw new DossierError('invalid-input', { zh: `--db 应为数据库文件，而 ${path} 是一个文件夹`, en: `--db must name a database file; ${path} is a folder` }, { field: '--db', file: path });
  }
  // A pipe would block SQLite (or fail as "disk I/O error"), a device is no database file.
  if (kindAt(path) === 'special') {
    throw new DossierError('invalid-input', { zh: `--db 应为数据库文件，而 ${path} 是管道、设备或其他特殊文件`, en: `--db must name a database file; ${path} is a pipe, a device or another special file` }, { field: '--db', file: path });
  }
  if (kindAt(path) === 'broken-link') {
    throw new DossierError('invalid-input', { zh: `--db 指向的链接无效（目标不存在或链接循环）：${path}`, en: `--db names a broken link (its target is missing or the links loop): ${path}` }, { field: '--db', file: path });
  }
  const folder = dirname(path);
  if (kindAt(folder) !== 'folder' && kindAt(folder) !== 'none') {
    throw new DossierError('invalid-input', { zh: `${folder} 是文件而不是文件夹，无法在其中创建数据库`, en: `${folder} is a file, not a folder; no database can be made in it` }, { field: '--db', file: path });
  }
}

/** The data folder and database a CLI command's --db / --data-dir flags name (the database: the folder's default when none). */
export function cliStoreLocation(flags: { db?: string | undefined; 'data-dir'?: string | undefined }): { dataDir: string; databasePath?: string } {
  const databasePath = flags.db ? resolve(flags.db) : undefined;
  if (databasePath) checkDatabasePath(databasePath);
  const dataDir = flags['data-dir'] ? resolve(flags['data-dir']) : databasePath ? dirname(databasePath) : installedDataDir();
  return { dataDir, ...(databasePath ? { databasePath } : {}) };
}

/** Opens the services for a CLI command from its --db / --data-dir flags (`serve` adds where progress goes). */
export function openCliServices(flags: { db?: string | undefined; 'data-dir'?: string | undefined }, extra: Pick<OpenServicesOptions, 'reportProgress'> = {}) {
  const location = cliStoreLocation(flags);
  // Both keys of an unlocked store: the database key opens it, the files key reads and writes its stored files.
  const keys = cliDataKeys(location.databasePath ?? join(location.dataDir, 'dossier.sqlite'));
  return openServices({ ...location, actor: 'cli', ...extra, ...(keys ? { keys } : {}) });
}

/** What stood at --db before a command ran, when it was nothing or an empty file: a refused command puts that back. */
export type DatabaseBefore = { path: string; state: 'none' | 'empty'; missingFolders: string[] };

/** Notes what is at the --db path before a command, or null when it holds a file a refusal must leave alone anyway. */
export function databaseBefore(flags: { db?: string | undefined }): DatabaseBefore | null {
  if (!flags.db) return null;
  const path = resolve(flags.db);
  try {
    const missingFolders: string[] = [];
    for (let folder = dirname(path); kindAt(folder) === 'none' && dirname(folder) !== folder; folder = dirname(folder)) missingFolders.push(folder);
    const kind = kindAt(path);
    if (kind === 'none') return { path, state: 'none', missingFolders };
    return kind === 'file' && statSync(path).size === 0 ? { path, state: 'empty', missingFolders } : null;
  } catch {
    // A path that cannot even be looked at: opening it is refused, and there is nothing to put back.
    return null;
  }
}

/** Whether the database at `path` holds no case and no audit record: only the schema a first open made. */
function holdsNothing(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return count('audit_log') === 0 && count('cases') === 0;
    } finally {
      db.close();
    }
  } catch {
    // Unreadable (not ours, locked, encrypted): keep it, as anything not known to be empty.
    return false;
  }
}

/**
 * After a refused command: the database file it created (or made of an empty file) and the folders made for it
 * are removed again, so a typo in --db or a command that fails leaves nothing behind. A file that now holds a case
 * or an audit record (another process wrote to it meanwhile) is kept.
 */
export function undoUntouchedDatabase(before: DatabaseBefore | null): void {
  if (!before || !existsSync(before.path) || !holdsNothing(before.path)) return;
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(before.path + suffix, { force: true });
  if (before.state === 'empty') truncateSync(before.path, 0);
  else rmSync(before.path, { force: true });
  for (const folder of before.missingFolders) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: something else was put there; it stays, and so do the folders above it.
      return;
    }
  }
}

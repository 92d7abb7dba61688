import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DossierError } from '../../core/errors';
import { openServices } from '../services/open-services';
import type { OpenServicesOptions } from '../services/open-services';
import { defaultDataDir } from '../services/default-data-dir';
import { cliDataKeys } from './cli-unlock';

/** What is at a path: a file, a folder, or nothing. */
function kindAt(path: string): 'file' | 'folder' | 'none' {
  try {
    const found = statSync(path, { throwIfNoEntry: false });
    return !found ? 'none' : found.isDirectory() ? 'folder' : 'file';
  } catch {
    // ENOTDIR: a file stands where a folder of the path should be; the check of the folder names it.
    return 'none';
  }
}

/** Refuses a --db that names a folder, or a file inside something that is not a folder, in words naming the path. */
export function checkDatabasePath(path: string): void {
  if (kindAt(path) === 'folder') {
    throw new DossierError('invalid-input', { zh: `--db 应为数据库文件，而 ${path} 是一个文件夹`, en: `--db must name a database file; ${path} is a folder` }, { field: '--db', file: path });
  }
  const folder = dirname(path);
  if (kindAt(folder) === 'file') {
    throw new DossierError('invalid-input', { zh: `${folder} 是文件而不是文件夹，无法在其中创建数据库`, en: `${folder} is a file, not a folder; no database can be made in it` }, { field: '--db', file: path });
  }
}

/** The data folder and database a CLI command's --db / --data-dir flags name (the database: the folder's default when none). */
export function cliStoreLocation(flags: { db?: string | undefined; 'data-dir'?: string | undefined }): { dataDir: string; databasePath?: string } {
  const databasePath = flags.db ? resolve(flags.db) : undefined;
  if (databasePath) checkDatabasePath(databasePath);
  const dataDir = flags['data-dir'] ? resolve(flags['data-dir']) : databasePath ? dirname(databasePath) : defaultDataDir();
  return { dataDir, ...(databasePath ? { databasePath } : {}) };
}

/** Opens the services for a CLI command from its --db / --data-dir flags (`serve` adds where progress goes). */
export function openCliServices(flags: { db?: string | undefined; 'data-dir'?: string | undefined }, extra: Pick<OpenServicesOptions, 'reportProgress'> = {}) {
  const location = cliStoreLocation(flags);
  // Both keys of an unlocked store: the database key opens it, the files key reads and writes its stored files.
  const keys = cliDataKeys(location.databasePath ?? join(location.dataDir, 'dossier.sqlite'));
  return openServices({ ...location, actor: 'cli', ...extra, ...(keys ? { keys } : {}) });
}

import type Database from 'better-sqlite3';
import { DossierError } from '../../core/errors';
import { migrate } from './migrate';
import { openConnection, type DatabaseAccess } from './open-connection';

/** Options for opening the store: the native builds (Electron passes its own ABI's) and an encrypted store's key. */
export type OpenDatabaseOptions = DatabaseAccess;

/** SQLite's refusals to open a path, said in words naming the file (a folder, a text file, a folder that is not there). */
function openFailure(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') {
    return new DossierError('invalid-input', { zh: `该文件不是数据库文件：${path}`, en: `This file is not a database: ${path}` }, { file: path });
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new DossierError('io-error', {
      zh: `无法打开数据库文件：${path}（该路径可能是文件夹，或所在文件夹不存在、不可写）`,
      en: `Cannot open the database file: ${path} (the path may be a folder, or its folder may be missing or read-only)`,
    }, { file: path });
  }
  return error;
}

/** Opens (creating if needed, encrypted when a key is given) and migrates the SQLite store: WAL journal, foreign keys enforced. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = openConnection(path, options);
  } catch (error) {
    throw openFailure(error, path);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw openFailure(error, path);
  }
}

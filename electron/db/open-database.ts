import type Database from 'better-sqlite3';
import { DossierError } from '../../core/errors';
import { checkDatabaseIdentity, migrate } from './migrate';
import { openConnection, type DatabaseAccess } from './open-connection';

/** Options for opening the store: the native builds (Electron passes its own ABI's) and an encrypted store's key. */
export type OpenDatabaseOptions = DatabaseAccess;

/** SQLite's refusals to open a path, said in words naming the file (a folder, a text file, a folder that is not there, a foreign or newer database). */
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
  // Another program's or a newer Dossier's database: the refusal names the file it refused.
  if (error instanceof DossierError && error.code === 'database-version' && error.location.file === undefined) {
    return new DossierError(error.code, { zh: `${error.text.zh}：${path}`, en: `${error.text.en}: ${path}` }, { file: path });
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
    // Before the first write (switching to WAL rewrites the header): a foreign or newer file is left untouched.
    checkDatabaseIdentity(db);
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

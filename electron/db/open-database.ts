import Database from 'better-sqlite3';
import { migrate } from './migrate';

/** Options for opening the store; Electron passes a native binding built for its own ABI. */
export type OpenDatabaseOptions = { nativeBinding?: string };

/** Opens (creating if needed) and migrates the SQLite store: WAL journal, foreign keys enforced. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

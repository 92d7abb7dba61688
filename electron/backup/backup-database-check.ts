import type Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import { dossierApplicationId } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { keyInfoPath } from '../crypto/key-info-file';
import { openConnection, type DatabaseAccess } from '../db/open-connection';

/** The 16 bytes every SQLite database file starts with. */
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function startsLikeSqlite(path: string): boolean {
  const head = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

/** A refusal naming the backup file, in both languages. */
function refusal(file: string, zh: string, en: string): DossierError {
  return new DossierError('invalid-input', { zh: `${zh}：${file}`, en: `${en}: ${file}` }, { file });
}

/**
 * Checks a copy of a backup before anything is replaced: a SQLite file, marked as a Dossier
 * database, of a schema this version knows (not newer), passing SQLite's integrity_check. `shownAs`
 * is the name the user gave, for the message. Returns the schema version.
 */
export function checkBackupDatabase(db: Database.Database, shownAs: string): number {
  let applicationId: number;
  let version: number;
  let integrity: string[];
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } catch {
    throw refusal(shownAs, '备份文件已损坏，未作任何替换', 'The backup file is damaged; nothing was replaced');
  }
  if (applicationId !== dossierApplicationId) throw refusal(shownAs, '该文件不是卷宗的备份，未作任何替换', 'This file is not a Dossier backup; nothing was replaced');
  const newest = migrations.at(-1)?.version ?? 0;
  if (version > newest) {
    throw refusal(shownAs, `备份的数据库版本（${version}）比本程序支持的版本（${newest}）更新，请升级卷宗后再恢复；未作任何替换`, `The backup (database version ${version}) is newer than this version of Dossier supports (${newest}); upgrade Dossier first. Nothing was replaced`);
  }
  if (integrity.length !== 1 || integrity[0] !== 'ok') throw refusal(shownAs, '备份文件未通过完整性检查，未作任何替换', 'The backup file failed the integrity check; nothing was replaced');
  return version;
}

/**
 * Opens a copy of a backup for checking, refusing at once a file that is not SQLite at all. An encrypted backup
 * (its key file beside it) opens only with the key in `access`; without one it is refused as needing the passphrase.
 */
export function openBackupCopy(copyPath: string, shownAs: string, access: DatabaseAccess = {}): Database.Database {
  if (!startsLikeSqlite(copyPath)) {
    if (!existsSync(keyInfoPath(shownAs))) throw refusal(shownAs, '该文件不是卷宗的备份，未作任何替换', 'This file is not a Dossier backup; nothing was replaced');
    if (!access.databaseKey) throw refusal(shownAs, '该备份已加密，需要输入口令才能恢复；未作任何替换', 'This backup is encrypted; give its passphrase to restore it. Nothing was replaced');
  }
  try {
    return openConnection(copyPath, { ...access, fileMustExist: true });
  } catch {
    if (access.databaseKey && !startsLikeSqlite(copyPath)) {
      throw refusal(shownAs, '口令无法打开该备份（它可能用另一个口令加密），未作任何替换', 'The passphrase does not open this backup (it may have been encrypted under another passphrase); nothing was replaced');
    }
    throw refusal(shownAs, '备份文件已损坏，未作任何替换', 'The backup file is damaged; nothing was replaced');
  }
}

import type Database from 'better-sqlite3';
import { DossierError } from '../../core/errors';
import { registerAuditHashFunction } from '../audit/audit-hash';
import { migrations } from './migrations/index';

/** SQLite application_id marking a file as a Dossier database ("DSSR"). */
export const dossierApplicationId = 0x44535352;

/**
 * Brings a database to the newest schema. Refuses a file that belongs to another program and a
 * file written by a newer Dossier, rather than guessing: either would lose data.
 */
export function migrate(db: Database.Database, known = migrations): { from: number; to: number } {
  const { from, newest, current } = checkDatabaseIdentity(db, known);
  if (current) return { from, to: from };
  // Migration 012 chains the existing audit records with the one hash definition.
  registerAuditHashFunction(db);
  const apply = db.transaction(() => {
    // Read again under the write lock: another process opening the same new file may have migrated it meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const migration of known) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${dossierApplicationId}`);
  });
  apply.immediate();
  return { from, to: Math.max(from, newest) };
}

/**
 * Reads only, so a refused file stays byte-for-byte as it was: refuses another program's database and one written
 * by a newer Dossier; `current` says the database needs no migration.
 */
export function checkDatabaseIdentity(db: Database.Database, known = migrations): { from: number; newest: number; current: boolean } {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const from = db.pragma('user_version', { simple: true }) as number;
  const newest = known.at(-1)?.version ?? 0;
  // An up-to-date Dossier database (every open after the first): two pragma reads, no write lock taken.
  if (applicationId === dossierApplicationId && from === newest) return { from, newest, current: true };
  const hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  if (applicationId !== dossierApplicationId && (applicationId !== 0 || hasTables)) {
    throw new DossierError('database-version', {
      zh: '该文件不是卷宗数据库，已拒绝打开',
      en: 'This file is not a Dossier database; it was not opened',
    });
  }
  if (from > newest) {
    throw new DossierError('database-version', {
      zh: `数据库版本（${from}）比本程序支持的版本（${newest}）更新，请升级卷宗后再打开`,
      en: `The database (version ${from}) is newer than this version of Dossier supports (${newest}); please upgrade`,
    });
  }
  return { from, newest, current: false };
}

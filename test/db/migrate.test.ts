import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../core/errors';
import { dossierApplicationId, migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open-database';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('migrate', () => {
  it('creates every table in a new file and marks it as ours', () => {
    const path = join(tempDir(), 'new.sqlite');
    const db = openDatabase(path);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['agents', 'audit_log', 'cases', 'documents', 'organisations']));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('application_id', { simple: true })).toBe(dossierApplicationId);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('is idempotent when reopened', () => {
    const path = join(tempDir(), 'again.sqlite');
    openDatabase(path).close();
    const db = new Database(path);
    const newest = migrations.at(-1)!.version;
    expect(migrate(db)).toEqual({ from: newest, to: newest });
    db.close();
  });

  it('applies only the migrations a database has not seen, in order', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'two', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
    ];
    migrate(db, steps.slice(0, 1));
    db.prepare('INSERT INTO a (x) VALUES (1)').run();
    expect(migrate(db, steps)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT x, y FROM a').get()).toEqual({ x: 1, y: null });
  });

  it('rolls back a failing migration as a whole', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x INTEGER); THIS IS NOT SQL;' },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('refuses a database written by a newer version', () => {
    const path = join(tempDir(), 'newer.sqlite');
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openDatabase(path)).toThrow(DossierError);
    try {
      openDatabase(path);
    } catch (error) {
      expect((error as DossierError).code).toBe('database-version');
      expect((error as DossierError).text.zh).toContain('比本程序支持的版本');
    }
  });

  it('refuses a SQLite file that belongs to another program', () => {
    const path = join(tempDir(), 'foreign.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE somebody_else (id INTEGER)');
    raw.close();
    expect(() => openDatabase(path)).toThrow(/not a Dossier database/);
  });
});

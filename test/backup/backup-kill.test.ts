import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsIn } from '../../electron/backup/backup-folder';
import { createBackup } from '../../electron/backup/create-backup';
import { restoreBackup } from '../../electron/backup/restore-backup';
import { openDatabase } from '../../electron/db/open-database';
import { bundledScript } from '../support/bundled-script';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { caseInput } from '../../core/case/case-model';

// Issue 13 item 3: a SIGKILL while a backup or a restore copies the database leaves the live database intact.
let work = '';
let child: { path: string; remove: () => void };
let serial = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dossier-backup-kill-'));
  child = await bundledScript('test/support/backup-child.ts');
}, 120_000);

afterAll(() => {
  child?.remove();
  rmSync(work, { recursive: true, force: true });
});

/** A store with two cases and about 6 MB of rows, so copying it takes many steps to interrupt. */
async function seededStore(): Promise<{ dataDir: string; databasePath: string }> {
  serial += 1;
  const dataDir = join(work, `data-${serial}`);
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  for (const values of cases.slice(0, 2)) await services.handlers['case:create']({ values: caseInput.parse(values) });
  const db = services.context.db;
  db.exec('CREATE TABLE kill_test_padding (body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO kill_test_padding (body) VALUES (randomblob(2000))');
  db.transaction(() => { for (let i = 0; i < 3000; i += 1) insert.run(); })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const databasePath = services.context.databasePath;
  services.close();
  return { dataDir, databasePath };
}

/** What must survive: SQLite's own check, and the rows. */
function state(databasePath: string) {
  const db = new Database(databasePath);
  const result = {
    integrity: db.pragma('integrity_check', { simple: true }),
    cases: db.prepare('SELECT id FROM cases ORDER BY id').pluck().all(),
    padding: db.prepare('SELECT count(*) FROM kill_test_padding').pluck().get(),
  };
  db.close();
  return result;
}

/** Runs the child and resolves with the signal that ended it. */
function runKilled(args: string[]): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [child.path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    run.stderr.on('data', (chunk) => { stderr += String(chunk); });
    run.on('error', reject);
    run.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(stderr)) : resolve(signal)));
  });
}

describe('a backup or restore killed part-way', () => {
  it('leaves the live database intact when the backup is killed, and no backup that looks complete', async () => {
    const { dataDir, databasePath } = await seededStore();
    const before = state(databasePath);
    const folder = join(work, `backups-${serial}`);
    expect(await runKilled(['backup', databasePath, dataDir, folder, '3'])).toBe('SIGKILL');
    expect(state(databasePath)).toEqual(before);
    expect(backupsIn(folder)).toEqual([]);
    expect(readdirSync(folder).some((name) => name.endsWith('.tmp'))).toBe(true);
    // The next backup (here an hour later) sweeps the leftover.
    const db = openDatabase(databasePath);
    await createBackup({ db, dataDir, appVersion: 'test' }, { folder, now: new Date(Date.now() + 3600_000) });
    db.close();
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(backupsIn(folder)).toHaveLength(1);
  }, 120_000);

  it('leaves the live database as it was when the restore is killed while writing into it', async () => {
    const { dataDir, databasePath } = await seededStore();
    const folder = join(work, `backups-${serial}`);
    const db = openDatabase(databasePath);
    const backup = await createBackup({ db, dataDir, appVersion: 'test' }, { folder, now: new Date('2026-11-28T02:00:00Z') });
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    db.prepare('DELETE FROM kill_test_padding WHERE rowid % 2 = 0').run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const changed = state(databasePath);
    expect(changed.cases).toHaveLength(1);

    expect(await runKilled(['restore', databasePath, dataDir, backup.path, '5'])).toBe('SIGKILL');
    expect(state(databasePath)).toEqual(changed);

    // Restoring again, uninterrupted, brings the backup's rows back and sweeps what the killed run left.
    await restoreBackup({ databasePath, dataDir }, { backupPath: backup.path, now: new Date('2026-11-28T03:00:00Z') });
    expect(state(databasePath)).toMatchObject({ integrity: 'ok', cases: [1, 2], padding: 3000 });
    expect(readdirSync(dataDir).filter((name) => name.includes('.restore-'))).toEqual([]);
  }, 120_000);
});

import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsIn, pruneBackups } from '../../electron/backup/backup-folder';
import { backupFilePath, manifestPathOf } from '../../electron/backup/backup-names';
import { restoreBackup } from '../../electron/backup/restore-backup';
import { dossierApplicationId } from '../../electron/db/migrate';
import { sha256Hex } from '../../electron/services/evidence-store';
import { openDemoCaseServices, openTestServices } from '../support/service-fixture';
import { rejectedDossierError } from '../support/thrown-error';

// Issue 13 item 3: a backup holds the database and the files it refers to; a restore checks before it replaces anything.
let work = '';
let seed = '';
let serial = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dossier-backup-'));
  seed = join(work, 'seed');
  const services = await openDemoCaseServices(seed);
  services.context.db.pragma('wal_checkpoint(TRUNCATE)');
  services.close();
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Services over a fresh copy of the seeded data folder (three demo cases with their evidence files). */
function freshServices() {
  serial += 1;
  const dataDir = join(work, `data-${serial}`);
  cpSync(seed, dataDir, { recursive: true });
  return { ...openTestServices(dataDir), folder: join(work, `backups-${serial}`) };
}

function caseCount(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}

function filesBeside(path: string): string[] {
  return readdirSync(path);
}

describe('backup and restore', () => {
  it('brings back the cases and the evidence files changed after the backup, keeping the replaced database', async () => {
    const services = freshServices();
    const backup = await services.handlers['backup:create']({ folder: services.folder });
    expect(backup.fileCount).toBeGreaterThan(0);
    expect(existsSync(manifestPathOf(backup.path))).toBe(true);
    const evidence = services.context.db.prepare('SELECT sha256 FROM evidence_items LIMIT 1').pluck().get() as string;
    const evidencePath = join(services.context.dataDir, 'evidence', evidence.slice(0, 2), evidence);

    await services.handlers['case:delete']({ id: 1 });
    unlinkSync(evidencePath);
    expect(caseCount(services.context.db)).toBe(2);

    const result = await services.handlers['backup:restore']({ path: backup.path });
    // The app's own open connection reads the restored data.
    expect(caseCount(services.context.db)).toBe(3);
    expect(sha256Hex(readFileSync(evidencePath))).toBe(evidence);
    expect(result.filesRestored).toBeGreaterThan(0);
    expect(result.filesMissing).toEqual([]);
    expect(result.replacedCopy).toMatch(/dossier-before-restore-\d{8}-\d{6}\.sqlite$/);
    const replaced = new Database(result.replacedCopy!, { readonly: true });
    expect(caseCount(replaced)).toBe(2);
    replaced.close();
    expect(services.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
    services.close();
  }, 60_000);

  it('lists the complete backups newest first, and not a database whose manifest was never written', async () => {
    const services = freshServices();
    const first = await services.handlers['backup:create']({ folder: services.folder });
    const second = await services.handlers['backup:create']({ folder: services.folder });
    writeFileSync(join(services.folder, 'dossier-backup-20991231-000000.sqlite'), 'interrupted');
    const listed = await services.handlers['backup:list']({ folder: services.folder });
    expect(listed.map((backup) => backup.path)).toEqual([second.path, first.path]);
    services.close();
  }, 60_000);
});

describe('pruning old backups', () => {
  it('deletes the file copies only the deleted backups referred to, and keeps every copy a kept backup needs', async () => {
    const services = freshServices();
    const old = await services.handlers['backup:create']({ folder: services.folder });
    const onlyInOld = services.context.db.prepare('SELECT sha256 FROM evidence_items WHERE case_id = 1').pluck().all() as string[];
    await services.handlers['case:delete']({ id: 1 });
    const kept = await services.handlers['backup:create']({ folder: services.folder });
    const keptFiles = backupsIn(services.folder)[0]!.manifest.files;
    const stillUsed = new Set(keptFiles.map((file) => file.sha256));
    const dropped = onlyInOld.filter((sha256) => !stillUsed.has(sha256));
    expect(dropped.length).toBeGreaterThan(0);

    expect(pruneBackups(services.folder, 1, new Date(Date.now() + 3600_000))).toEqual([old.name]);
    expect(keptFiles.every((file) => existsSync(backupFilePath(services.folder, file.sha256)))).toBe(true);
    expect(dropped.some((sha256) => existsSync(backupFilePath(services.folder, sha256)))).toBe(false);
    expect(backupsIn(services.folder).map((entry) => entry.summary.name)).toEqual([kept.name]);
    services.close();
  }, 60_000);
});

describe('a restore that is refused replaces nothing', () => {
  /** Runs a refused restore and checks the live database and its folder are as they were. */
  async function expectRefused(tamper: (backupPath: string) => void, message: RegExp) {
    const services = freshServices();
    const backup = await services.handlers['backup:create']({ folder: services.folder });
    await services.handlers['case:delete']({ id: 1 });
    tamper(backup.path);
    const before = filesBeside(services.context.dataDir);
    const error = await rejectedDossierError(async () => services.handlers['backup:restore']({ path: backup.path }));
    expect(error.message).toMatch(message);
    expect(caseCount(services.context.db)).toBe(2);
    expect(filesBeside(services.context.dataDir)).toEqual(before);
    services.close();
  }

  it('refuses a backup made by a newer Dossier', async () => {
    await expectRefused((path) => {
      const db = new Database(path);
      db.pragma('user_version = 999');
      db.close();
      unlinkSync(manifestPathOf(path));
    }, /newer than this version of Dossier/);
  }, 60_000);

  it('refuses a backup whose bytes no longer match its manifest', async () => {
    await expectRefused((path) => {
      const bytes = readFileSync(path);
      bytes.fill(0x5a, 8192, 12288);
      writeFileSync(path, bytes);
    }, /does not match the SHA-256/);
  }, 60_000);

  it('refuses a damaged backup that has no manifest to compare with', async () => {
    await expectRefused((path) => {
      const bytes = readFileSync(path);
      bytes.fill(0x5a, 8192, 40960);
      writeFileSync(path, bytes);
      unlinkSync(manifestPathOf(path));
    }, /damaged|integrity check/);
  }, 60_000);

  it('refuses another program\'s SQLite file and a file that is not a database', async () => {
    await expectRefused((path) => {
      unlinkSync(path);
      unlinkSync(manifestPathOf(path));
      const foreign = new Database(path);
      foreign.exec('CREATE TABLE notes (body TEXT)');
      foreign.close();
    }, /not a Dossier backup/);
    await expectRefused((path) => {
      writeFileSync(path, 'not a database at all');
      unlinkSync(manifestPathOf(path));
    }, /not a Dossier backup/);
  }, 60_000);

  it('restores into a path where no database was, keeping no copy', async () => {
    const services = freshServices();
    const backup = await services.handlers['backup:create']({ folder: services.folder });
    services.close();
    const target = join(work, `empty-${serial}`, 'dossier.sqlite');
    const result = await restoreBackup({ databasePath: target, dataDir: join(work, `empty-${serial}`) }, { backupPath: backup.path, now: new Date('2026-11-28T02:00:00Z') });
    expect(result.replacedCopy).toBeNull();
    const db = new Database(target, { readonly: true });
    expect([caseCount(db), db.pragma('application_id', { simple: true })]).toEqual([3, dossierApplicationId]);
    db.close();
  }, 60_000);
});

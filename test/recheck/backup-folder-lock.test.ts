/**
 * Two processes backing up into one folder at once, each pruning to the newest few after its backup: no backup is
 * left naming a stored-file copy the other deleted, and a lock left by a killed process does not stop the next backup.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { backupsIn, pruneBackups } from '../../electron/backup/backup-folder';
import { backupFolderLockName } from '../../electron/backup/backup-folder-lock';
import { backupFilePath } from '../../electron/backup/backup-names';
import { createBackup } from '../../electron/backup/create-backup';
import { sha256Hex } from '../../electron/services/evidence-store';
import { makePdf } from '../services/evidence/evidence-fixtures';
import { bundledScript } from '../support/bundled-script';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let child: { path: string; remove: () => void };

beforeAll(async () => {
  child = await bundledScript('test/support/backup-folder-child.ts');
}, 120_000);
afterAll(() => child?.remove());

/** A data folder whose one case holds `files` evidence PDFs of its own (labelled so no two stores share a file). */
async function store(dir: string, label: string, files: number) {
  const services = openTestServices(dir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  for (let i = 0; i < files; i += 1) {
    const bytes = await makePdf(2, `${label}-${i}`);
    await services.handlers['evidence:add']({ caseId: created.id, fileName: `${label}-${i}.pdf`, contentBase64: bytes.toString('base64'), meta: {} });
  }
  services.context.db.pragma('wal_checkpoint(TRUNCATE)');
  return services;
}

function start(args: string[]): { process: ChildProcess; output: Promise<string>; said: (text: string) => Promise<void> } {
  const run = spawn(process.execPath, [child.path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  run.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const wait of waiting.splice(0)) if (out.includes(wait.text)) wait.resolve(); else waiting.push(wait);
  });
  run.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const output = new Promise<string>((resolve, reject) => run.on('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(out) : reject(new Error(`exit ${code}: ${err}`)))));
  const said = (text: string) => new Promise<void>((resolve) => (out.includes(text) ? resolve() : waiting.push({ text, resolve })));
  return { process: run, output, said };
}

/** Every backup left in `folder` has each copy its manifest names, with the bytes its hash says. */
function everyBackupComplete(folder: string): string[] {
  const problems: string[] = [];
  for (const { summary, manifest } of backupsIn(folder)) {
    if (sha256Hex(readFileSync(summary.path)) !== manifest.sha256) problems.push(`${summary.name}: database file`);
    for (const file of manifest.files) {
      const path = backupFilePath(folder, file.sha256);
      if (!existsSync(path) || sha256Hex(readFileSync(path)) !== file.sha256) problems.push(`${summary.name}: ${file.relativePath}`);
    }
  }
  return problems;
}

describe('two processes backing up into one folder', () => {
  it('each backing up and pruning eight times: every backup left is complete, no run lost a copy it counted on', async () => {
    const dir = tempDir();
    const folder = join(dir, 'shared-backups');
    const first = await store(join(dir, 'a'), 'a', 6);
    const second = await store(join(dir, 'b'), 'b', 6);
    const [pathA, pathB] = [first.context.databasePath, second.context.databasePath];
    first.close();
    second.close();
    const runs = [start(['loop', pathA, join(dir, 'a'), folder, '8', '2']), start(['loop', pathB, join(dir, 'b'), folder, '8', '2'])];
    const reports = (await Promise.all(runs.map((run) => run.output))).map((out) => JSON.parse(out) as { made: string[]; violations: string[] });
    expect(reports.map((report) => report.made.length)).toEqual([8, 8]);
    expect(reports.flatMap((report) => report.violations)).toEqual([]);
    expect(backupsIn(folder)).toHaveLength(2);
    expect(everyBackupComplete(folder)).toEqual([]);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 240_000);

  it('a prune leaves the copies alone while another process holds the folder, and a backup waits for it', async () => {
    const dir = tempDir();
    const folder = join(dir, 'shared-backups');
    const services = await store(join(dir, 'a'), 'a', 2);
    try {
      const old = await createBackup({ db: services.context.db, dataDir: services.context.dataDir, appVersion: 'test' }, { folder, now: new Date() });
      const oldCopies = backupsIn(folder)[0]!.manifest.files.map((file) => backupFilePath(folder, file.sha256));
      for (const path of oldCopies) utimesSync(path, new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000));
      await services.handlers['evidence:delete']({ id: 1 });
      await services.handlers['evidence:delete']({ id: 2 });

      const holder = start(['hold', folder, '1500']);
      await holder.said('locked');
      const started = Date.now();
      const made = await createBackup({ db: services.context.db, dataDir: services.context.dataDir, appVersion: 'test' }, { folder, now: new Date() });
      // The backup waited for the other process's lock instead of failing or going ahead.
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      await holder.output;
      expect(made.fileCount).toBe(0);

      const again = start(['hold', folder, '1500']);
      await again.said('locked');
      expect(pruneBackups(folder, 1, new Date())).toEqual([old.name]);
      // The old backup is gone, its copies stay while another run could be counting on them …
      expect(oldCopies.every((path) => existsSync(path))).toBe(true);
      await again.output;
      // … and go with the next prune.
      expect(pruneBackups(folder, 1, new Date())).toEqual([]);
      expect(oldCopies.some((path) => existsSync(path))).toBe(false);
    } finally {
      services.close();
    }
  }, 60_000);

  it('a lock left by a killed process is taken over at once', async () => {
    const dir = tempDir();
    const folder = join(dir, 'shared-backups');
    const services = await store(join(dir, 'a'), 'a', 1);
    try {
      const holder = start(['hold', folder, '0']);
      await holder.said('locked');
      holder.process.kill('SIGKILL');
      await holder.output;
      expect(existsSync(join(folder, backupFolderLockName))).toBe(true);
      const started = Date.now();
      const made = await createBackup({ db: services.context.db, dataDir: services.context.dataDir, appVersion: 'test' }, { folder, now: new Date() });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(made.fileCount).toBe(1);
      expect(existsSync(join(folder, backupFolderLockName))).toBe(false);
      expect(everyBackupComplete(folder)).toEqual([]);
    } finally {
      services.close();
    }
  }, 60_000);
});

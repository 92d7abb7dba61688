/**
 * The cost of encryption at rest (issue 13): the same data folder twice, once with a plain store and once with the
 * store encrypted (SQLCipher 4 through multiple-ciphers, raw key), timing `dashboard:get` (median of 11 calls after
 * a warm-up) and a batch of complaints for B cases in worker threads (median of 5 runs), taking turns, plain against encrypted,
 * with the ratio. Also the passphrase unlock (scrypt) alone. Goal: encrypted within 15% of plain on both.
 * Cases are N ready cases (two seeded as the demo does, the rest copied in SQL). Nothing here asserts a time.
 * Run: npm run bench (or: npx tsx bench/encryption/encryption.bench.ts --cases=2000 --batch=20).
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataKeys, unlockDataKeys, type DataKeys } from '../../electron/crypto/data-keys';
import { encryptDatabase } from '../../electron/crypto/database-encryption';
import { unlockDatabase } from '../../electron/crypto/unlock-database';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { openServices } from '../../electron/services/open-services';
import { seedReadyCases } from '../../test/support/ready-cases';
import { cloneCases } from '../batch/clone-cases';
import { median, time } from '../bench-support';

const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const caseCount = flag('cases', 2000);
const batchCount = flag('batch', 20);
const batchRuns = 5;
const passphrase = 'bench passphrase 基准口令';
const now = () => new Date('2026-11-28T02:00:00Z');

/** One store under test: its services and batch runner, and its timings. */
type Subject = { label: string; dataDir: string; services: ReturnType<typeof openServices>; runner: Awaited<ReturnType<typeof batchRunnerOf>>; dashboard: number[]; batch: number[] };

async function subject(label: string, dataDir: string, keys?: DataKeys): Promise<Subject> {
  const services = openServices({ dataDir, actor: 'bench', now, ...(keys ? { databaseKey: keys.database } : {}) });
  const runner = await batchRunnerOf(services);
  runner.setThreads(availableParallelism());
  return { label, dataDir, services, runner, dashboard: [], batch: [] };
}

/** A batch of complaints for `ids` into a folder of its own. */
async function runBatch(s: Subject, run: string, ids: number[]): Promise<void> {
  const job = await s.services.handlers['batch:start']({ filter: {}, caseIds: ids, outputs: ['complaint'], outDir: join(s.dataDir, 'bench-out', run) });
  await s.runner.finished(job.id);
}

/**
 * Times both stores in turns (plain, encrypted, plain, …) so load from other work on the machine falls on both alike;
 * each is warmed first (tracking rows, worker pool, fonts).
 */
async function measure(subjects: Subject[], caseIds: number[]): Promise<void> {
  for (const s of subjects) {
    await s.services.handlers['dashboard:get']({});
    await runBatch(s, 'warm', caseIds.slice(0, availableParallelism()));
  }
  for (let i = 0; i < 11; i += 1) for (const s of subjects) s.dashboard.push(await time(() => s.services.handlers['dashboard:get']({})));
  for (let i = 0; i < batchRuns; i += 1) for (const s of subjects) s.batch.push(await time(() => runBatch(s, `run-${i}`, caseIds.slice(0, batchCount))));
}

const work = mkdtempSync(join(tmpdir(), 'dossier-encryption-bench-'));
try {
  const plainDir = join(work, 'plain');
  const seeding = openServices({ dataDir: plainDir, actor: 'bench', now });
  const templates = await seedReadyCases(seeding, 2);
  const ids = [...templates, ...cloneCases(seeding.context.db, templates, Math.max(0, caseCount - templates.length))];
  seeding.context.db.pragma('wal_checkpoint(TRUNCATE)');
  seeding.close();

  const encryptedDir = join(work, 'encrypted');
  cpSync(plainDir, encryptedDir, { recursive: true });
  const encryptMs = await time(() => encryptDatabase(join(encryptedDir, 'dossier.sqlite'), passphrase));
  const { info } = createDataKeys(passphrase);
  const unlocks: number[] = [];
  for (let i = 0; i < 3; i += 1) unlocks.push(await time(() => unlockDataKeys(info, passphrase)));
  const unlockMs = median(unlocks);
  const encryptedKeys = unlockDatabase(join(encryptedDir, 'dossier.sqlite'), passphrase)!;

  const sizeMiB = statSync(join(plainDir, 'dossier.sqlite')).size / 1024 / 1024;
  console.log(`${ids.length} cases, store ${sizeMiB.toFixed(1)} MiB; encrypting it took ${(encryptMs / 1000).toFixed(2)} s; unlock (scrypt N=2^15) ${unlockMs.toFixed(0)} ms`);
  const subjects = [await subject('plain', plainDir), await subject('encrypted', encryptedDir, encryptedKeys)];
  try {
    await measure(subjects, ids);
  } finally {
    for (const s of subjects) {
      await s.runner.close();
      s.services.close();
    }
  }
  const [plain, encrypted] = subjects.map((s) => ({ dashboardMs: median(s.dashboard), batchMs: median(s.batch) })) as [{ dashboardMs: number; batchMs: number }, { dashboardMs: number; batchMs: number }];
  const ratio = (a: number, b: number) => `${((b / a - 1) * 100).toFixed(1)}%`;
  console.log(`dashboard:get (median of 11)      plain ${plain.dashboardMs.toFixed(1).padStart(8)} ms   encrypted ${encrypted.dashboardMs.toFixed(1).padStart(8)} ms   cost ${ratio(plain.dashboardMs, encrypted.dashboardMs)}`);
  console.log(`batch of ${batchCount} cases (median of ${batchRuns})   plain ${plain.batchMs.toFixed(0).padStart(8)} ms   encrypted ${encrypted.batchMs.toFixed(0).padStart(8)} ms   cost ${ratio(plain.batchMs, encrypted.batchMs)}`);
  console.log('goal: cost < 15% on both');
} finally {
  rmSync(work, { recursive: true, force: true });
}

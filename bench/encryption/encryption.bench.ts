/**
 * The cost of encryption at rest (issue 13): the same data folder twice, once with a plain store and once with the
 * store encrypted (SQLCipher 4 through multiple-ciphers, raw key), timing `dashboard:get` (median of 11 calls after
 * a warm-up) and a batch of complaints for B cases in worker threads (median of 3 runs), plain against encrypted,
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
const passphrase = 'bench passphrase 基准口令';
const now = () => new Date('2026-11-28T02:00:00Z');

type Figures = { dashboardMs: number; batchMs: number };

/** Times the dashboard and a batch over the store in `dataDir` (encrypted when `keys` are given). */
async function measure(dataDir: string, caseIds: number[], keys?: DataKeys): Promise<Figures> {
  const services = openServices({ dataDir, actor: 'bench', now, ...(keys ? { databaseKey: keys.database } : {}) });
  const runner = await batchRunnerOf(services);
  try {
    runner.setThreads(availableParallelism());
    await services.handlers['dashboard:get']({});
    const dashboard: number[] = [];
    for (let i = 0; i < 11; i += 1) dashboard.push(await time(() => services.handlers['dashboard:get']({})));
    const runBatch = async (run: string, ids: number[]) => {
      const job = await services.handlers['batch:start']({ filter: {}, caseIds: ids, outputs: ['complaint'], outDir: join(dataDir, 'bench-out', run) });
      await runner.finished(job.id);
    };
    await runBatch('warm', caseIds.slice(0, availableParallelism()));
    const batch: number[] = [];
    for (let i = 0; i < 3; i += 1) batch.push(await time(() => runBatch(`run-${i}`, caseIds.slice(0, batchCount))));
    return { dashboardMs: median(dashboard), batchMs: median(batch) };
  } finally {
    await runner.close();
    services.close();
  }
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
  const plain = await measure(plainDir, ids);
  const encrypted = await measure(encryptedDir, ids, encryptedKeys);
  const ratio = (a: number, b: number) => `${((b / a - 1) * 100).toFixed(1)}%`;
  console.log(`dashboard:get        plain ${plain.dashboardMs.toFixed(1).padStart(8)} ms   encrypted ${encrypted.dashboardMs.toFixed(1).padStart(8)} ms   cost ${ratio(plain.dashboardMs, encrypted.dashboardMs)}`);
  console.log(`batch of ${String(batchCount).padEnd(4)} cases  plain ${plain.batchMs.toFixed(0).padStart(8)} ms   encrypted ${encrypted.batchMs.toFixed(0).padStart(8)} ms   cost ${ratio(plain.batchMs, encrypted.batchMs)}`);
  console.log('goal: cost < 15% on both');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Batch assembly (issue 11): N synthetic ready cases (default 1,000; `--batch=N` for fewer), each with a complaint
 * (DOCX and PDF), an evidence list (DOCX and PDF) and a bundle of about twenty pages, assembled by the batch engine
 * in worker threads: cases per second on every core and on one worker thread, the median time per case, and the
 * peak RSS of the process (the workers are threads of it, so its RSS is the whole tree's), at N/5 and at N cases to
 * show it flat in N. Two cases are seeded the way the demo does; the rest are copies in SQL (clone-cases.ts).
 * Goals: ≥ 30 cases/s on two cores, RSS < 1 GiB. Nothing here asserts a time.
 * Run: npm run bench (or: npx tsx bench/batch/batch.bench.ts --batch=100).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBatchJobRepository } from '../../electron/db/batch-job-repository';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { openServices } from '../../electron/services/open-services';
import { seedReadyCases } from '../../test/support/ready-cases';
import { cloneCases } from './clone-cases';

const caseCount = Number(process.argv.find((a) => a.startsWith('--batch='))?.slice('--batch='.length) ?? 1000);
const cores = availableParallelism();

/** The process's resident set now, in MiB (Linux /proc; elsewhere Node's own figure). */
function rssMiB(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    if (line) return Number(line.replace(/\D+/g, '')) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage.rss() / 1024 / 1024;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

const dir = mkdtempSync(join(tmpdir(), 'dossier-batch-bench-'));
const services = openServices({ dataDir: dir, actor: 'bench', now: () => new Date('2026-11-28T02:00:00Z') });
try {
  const seedStart = performance.now();
  const templates = await seedReadyCases(services, 2, 12);
  const ids = [...templates, ...cloneCases(services.context.db, templates, Math.max(0, caseCount - templates.length))];
  console.log(`seeded ${ids.length} ready cases in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const runner = await batchRunnerOf(services);
  const repo = createBatchJobRepository(services.context.db);

  let runs = 0;
  async function measure(label: string, caseIds: number[], threads: number) {
    const folder = `run-${++runs}`;
    runner.setThreads(threads);
    // Warm the pool (workers load the renderers and the font) on one case, outside the timing.
    const warm = await services.handlers['batch:start']({ filter: {}, caseIds: caseIds.slice(0, threads), outputs: ['complaint', 'evidence-list', 'bundle'], outDir: join(dir, `${folder}-warm`) });
    await runner.finished(warm.id);
    let peak = rssMiB();
    const poll = setInterval(() => {
      peak = Math.max(peak, rssMiB());
    }, 100);
    const start = performance.now();
    const job = await services.handlers['batch:start']({ filter: {}, caseIds, outputs: ['complaint', 'evidence-list', 'bundle'], outDir: join(dir, folder) });
    await runner.finished(job.id);
    const seconds = (performance.now() - start) / 1000;
    clearInterval(poll);
    const view = await services.handlers['batch:status']({ jobId: job.id });
    const finishes = repo.allCases(job.id).map((c) => c.finishedMs ?? 0).sort((a, b) => a - b);
    const gaps = finishes.slice(1).map((t, i) => t - finishes[i]!);
    const rate = caseIds.length / seconds;
    console.log(`${label.padEnd(22)} ${String(caseIds.length).padStart(5)} cases  ${seconds.toFixed(1).padStart(7)} s  ${rate.toFixed(2).padStart(7)} cases/s  median gap ${median(gaps).toFixed(0)} ms  peak RSS ${peak.toFixed(0)} MiB  assembled ${view.assembled}, failed ${view.failed}`);
    return { rate, peak };
  }

  const fifth = ids.slice(0, Math.max(cores, Math.floor(ids.length / 5)));
  const allSmall = await measure(`all ${cores} cores, N/5`, fifth, cores);
  const all = await measure(`all ${cores} cores, N`, ids, cores);
  const one = await measure('one worker, N/5', fifth, 1);
  console.log(`ratio all cores / one worker: ${(allSmall.rate / one.rate).toFixed(2)}×   peak RSS N / (N/5): ${(all.peak / allSmall.peak).toFixed(2)}×`);
  console.log(`goals: ≥ 30 cases/s on 2 cores (${all.rate.toFixed(2)}), RSS < 1024 MiB (${all.peak.toFixed(0)})`);
  await runner.close();
} finally {
  services.close();
  rmSync(dir, { recursive: true, force: true });
}

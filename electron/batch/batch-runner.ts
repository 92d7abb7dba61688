/**
 * Runs batch jobs in this process: claims a job (an IMMEDIATE transaction naming this process, so two
 * resumes never run it twice), sweeps the temporary files a killed run left, then takes the pending cases in
 * order, a few more in flight than there are worker threads. Each case goes through its remaining steps
 * (batch-steps.ts); the court step runs here, the others in the worker pool, and each step done is recorded in
 * a short IMMEDIATE transaction once its files are in place. Pausing or cancelling (from this process or
 * another) takes effect between cases: the cases in flight finish, no new one starts. At the end the manifest
 * and the per-court element sheets are written from the records.
 */
import { join } from 'node:path';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { BatchCase, BatchJob, BatchJobRepository } from '../db/batch-job-repository';
import { createCaseListStateRepository } from '../db/case-list-state-repository';
import { createCaseRepository } from '../db/case-repository';
import { accessOf } from '../db/open-connection';
import { safeFileName } from '../services/document-files';
import { sweepTempFiles } from '../services/temp-file-sweep';
import { clockOf, type ServiceContext } from '../services/service-context';
import { createWorkerPool, type WorkerPool } from '../workers/worker-pool';
import { batchSteps, stepsAfter, type BatchStep } from './batch-steps';
import type { BatchTask, BatchTaskResult, BatchWorkerStart } from './batch-task';
import { runnerAlive } from './batch-view';
import { batchWorkerFile } from './batch-worker-entry';
import { writeBatchSummary } from './batch-summary-files';

/** How often a running job tells the store it is alive. */
const HEARTBEAT_MS = 2_000;

/** Told when a case starts (with the case) and when the run ends (null). */
export type BatchReport = (job: BatchJob, starting: BatchCase | null) => void;

/** Options of a runner: how many worker threads (default: every core). */
export type BatchRunnerOptions = { threads?: number };

/** The folder of a case inside the job's output folder: the court's filing package, then defendant and case id. */
export function caseFolder(court: string, defendantName: string, caseId: number): string {
  return join(safeFileName(court === '' ? '未定受诉法院' : court), safeFileName(`${defendantName}-${caseId}`));
}

/** The runner of one service context: runs jobs, knows which it is running. */
export function createBatchRunner(context: ServiceContext, handlers: () => Handlers, repo: BatchJobRepository, options: BatchRunnerOptions = {}) {
  const { db } = context;
  // The workers open the database read-only; the runner records each readiness outcome for the case list.
  const listStates = createCaseListStateRepository(db);
  const running = new Map<string, Promise<void>>();
  let threads = options.threads;
  let pool: WorkerPool<BatchTask, BatchTaskResult> | null = null;
  const retired: Promise<void>[] = [];

  /** The runner's pool, started on first use (workers load the renderers once, for every job after). */
  function workerPool(): WorkerPool<BatchTask, BatchTaskResult> {
    if (pool && threads !== undefined && pool.threads !== threads && running.size === 0) {
      retired.push(pool.close());
      pool = null;
    }
    const start: BatchWorkerStart = {
      databasePath: context.databasePath, dataDir: context.dataDir, templatesDir: context.templatesDir, ...accessOf(context),
      ...(context.filesKey ? { filesKey: context.filesKey } : {}),
    };
    pool ??= createWorkerPool<BatchTask, BatchTaskResult>({ entry: batchWorkerFile(), workerData: start, ...(threads ? { threads } : {}) });
    return pool;
  }

  const immediate = <T>(work: () => T): T => db.transaction(work).immediate();

  /** Claims the job for this process, or conflict when another live process runs it. */
  function claim(jobId: string): BatchJob {
    return immediate(() => {
      const job = repo.find(jobId);
      if (!job) throw new DossierError('not-found', { zh: '找不到该批量任务', en: 'No such batch job' }, { field: 'jobId' });
      if (job.state === 'finished' || job.state === 'cancelled') {
        throw new DossierError('conflict', { zh: '该批量任务已经结束，不能继续', en: 'This batch job has ended and cannot be resumed' }, { field: 'jobId' });
      }
      if (job.state === 'running' && job.ownerPid !== process.pid && runnerAlive(job, Date.now())) {
        throw new DossierError('conflict', { zh: '该批量任务正在另一个程序中运行', en: 'This batch job is running in another program' }, { field: 'jobId' });
      }
      repo.claim(jobId, process.pid, Date.now());
      return repo.find(jobId)!;
    });
  }

  /** Records one step of a case as done, with the case's new record, in one transaction. */
  function record(jobId: string, step: BatchStep, next: BatchCase): void {
    immediate(() => {
      repo.logStep(jobId, next.caseId, step, Date.now());
      repo.updateCase(jobId, next);
      repo.setCurrent(jobId, next.caseId, Date.now());
    });
  }

  /** The court step: the case's court, else the advisor's top candidate, chosen as the jurisdiction tab would. */
  async function chooseCourt(c: BatchCase): Promise<string> {
    const own = db.prepare('SELECT court_name AS court FROM cases WHERE id = ?').get(c.caseId) as { court: string } | undefined;
    if (own && own.court !== '') return own.court;
    const view = await handlers()['jurisdiction:get']({ caseId: c.caseId });
    const top = view.advice.candidates[0];
    if (!top) return '';
    const chosen = await handlers()['jurisdiction:choose']({ caseId: c.caseId, courtId: top.courtId });
    return chosen.caseCourtName;
  }

  async function runCase(job: BatchJob, pool: WorkerPool<BatchTask, BatchTaskResult>, start: BatchCase): Promise<void> {
    let current = start;
    const wantReady = job.filter.ready;
    for (const step of stepsAfter(batchSteps(job.outputs), current.step)) {
      if (step === 'court') {
        const court = await chooseCourt(current);
        current = { ...current, step, court, folder: caseFolder(court, current.defendantName, current.caseId) };
        record(job.id, step, current);
        continue;
      }
      const folder = join(job.outDir, current.folder);
      const base = { clock: job.clock, caseId: current.caseId };
      const task: BatchTask = step === 'readiness' ? { ...base, kind: 'readiness' }
        : step === 'bundle' ? { ...base, kind: 'bundle', folder }
          : step === 'audit' ? { ...base, kind: 'audit', folder }
          : { ...base, kind: 'document', templateId: step.slice('document:'.length), folder };
      const result = await pool.run(task);
      if (result.error) {
        record(job.id, step, { ...current, step, state: 'failed', error: result.error, finishedMs: Date.now() });
        return;
      }
      if (step === 'readiness') {
        listStates.recordReadiness(current.caseId, { ready: result.ready, blockers: result.blockers ?? 0 }, clockOf(context).timestamp());
        const leftOut = wantReady !== undefined && result.ready !== wantReady;
        const state = leftOut ? 'skipped' : result.ready ? 'pending' : 'not-ready';
        current = { ...current, step, state, findings: result.findings, filing: result.filing, finishedMs: state === 'pending' ? null : Date.now() };
        record(job.id, step, current);
        if (state !== 'pending') return;
        continue;
      }
      const files = [...current.files, ...result.files.map((f) => ({ name: join(current.folder, f.fileName), sha256: f.sha256 }))];
      current = { ...current, step, files };
      record(job.id, step, current);
    }
    current = { ...current, state: 'done', finishedMs: Date.now() };
    record(job.id, 'finished', current);
  }

  async function run(claimed: BatchJob, report: BatchReport): Promise<void> {
    const jobId = claimed.id;
    let job = claimed;
    sweepTempFiles(job.outDir);
    const pool = workerPool();
    const heartbeat = setInterval(() => repo.heartbeat(jobId, process.pid, Date.now()), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      for (;;) {
        const queue = repo.pendingCases(jobId);
        const stillRunning = () => repo.find(jobId)?.state === 'running';
        const lane = async () => {
          for (let next = queue.shift(); next && stillRunning(); next = queue.shift()) {
            report(job, next);
            await runCase(job, pool, next);
          }
        };
        await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
        job = repo.find(jobId)!;
        // Resumed while the last cases of a pause were finishing: go on with the rest.
        if (job.state === 'running' && repo.counts(jobId).pending > 0) continue;
        break;
      }
      if (job.state === 'running') {
        const cases = createCaseRepository(db);
        const manifest = await writeBatchSummary(job, repo.allCases(jobId), (caseId) => {
          const found = cases.find(caseId);
          return found ? { residentId: found.defendant.residentId, cardNumber: found.card.cardNumber } : null;
        });
        immediate(() => repo.finish(jobId, clockOf(context).timestamp(), manifest));
      }
      report(job, null);
    } finally {
      clearInterval(heartbeat);
      immediate(() => repo.release(jobId));
    }
  }

  return {
    /** Sets how many worker threads the next run starts (the CLI's --threads, the benchmark's one-worker run). */
    setThreads: (count: number) => {
      threads = count;
    },
    /** Whether this process runs the job now. */
    isRunning: (jobId: string) => running.has(jobId),
    /**
     * Starts (or resumes) a job in the background and returns at once; the promise of its run is kept for
     * `finished`. A job this process already runs is left to that run.
     */
    start(jobId: string, report: BatchReport): void {
      if (running.has(jobId)) return;
      const run$ = run(claim(jobId), report).finally(() => running.delete(jobId));
      running.set(jobId, run$);
      run$.catch(() => undefined);
    },
    /** Waits for the runs in flight, then stops the worker threads. */
    async close(): Promise<void> {
      await Promise.allSettled([...running.values()]);
      await Promise.all([...retired.splice(0), pool?.close()]);
      pool = null;
    },
    /** Resolves when this process's run of the job ends (finished, paused or cancelled); rejects if it failed. */
    finished: (jobId: string): Promise<void> => running.get(jobId) ?? Promise.resolve(),
  };
}
export type BatchRunner = ReturnType<typeof createBatchRunner>;

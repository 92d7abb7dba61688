/**
 * Handlers for batch assembly (批量诉讼): `batch:start` selects the cases, writes the job and its case list in one
 * IMMEDIATE transaction and returns at once while the runner (electron/batch/batch-runner.ts) assembles the
 * packages in worker threads, reporting progress as events; status, the case list, pause, resume and cancel
 * read and change the stored job, so they work from any process on the same database.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { BatchFilter, BatchJobView } from '../../core/batch/batch-operations';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { createBatchJobRepository, type BatchJob } from '../db/batch-job-repository';
import { createBatchRunner, type BatchRunner, type BatchRunnerOptions } from '../batch/batch-runner';
import { selectCases } from '../batch/batch-selection';
import { batchCaseView, batchJobView } from '../batch/batch-view';
import { clockOf, type ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

const runners = new WeakMap<ServiceContext, BatchRunner>();

/** The batch runner of a service context (the CLI waits on it for a foreground run). */
export function batchRunnerOf(context: ServiceContext): BatchRunner | undefined {
  return runners.get(context);
}

/** The filter a job keeps: with no criterion and no chosen cases, only the cases that are ready to file. */
function storedFilter(filter: BatchFilter, caseIds: readonly number[] | undefined): BatchFilter {
  const criteria = Object.values(filter).some((value) => value !== undefined);
  return !criteria && caseIds === undefined ? { ...filter, ready: true } : filter;
}

/** The output folder: absolute, and empty if it exists (a job never mixes its files with others). */
function outputFolder(context: ServiceContext, outDir: string | undefined, stamp: string): string {
  const folder = outDir === undefined ? join(context.dataDir, 'batches', `批量-${stamp}`) : resolve(outDir);
  if (outDir !== undefined && !isAbsolute(outDir) && context.actor !== 'cli') {
    throw new DossierError('invalid-input', { zh: '输出文件夹须为完整路径', en: 'The output folder must be a full path' }, { field: 'outDir' });
  }
  if (existsSync(folder) && (!statSync(folder).isDirectory() || readdirSync(folder).length > 0)) {
    throw new DossierError('conflict', { zh: `输出文件夹不是空文件夹：${folder}`, en: `The output folder is not empty: ${folder}` }, { field: 'outDir' });
  }
  return folder;
}

/** Handlers for batch jobs; `options.threads` sets the worker threads (default: every core). */
export function createBatchHandlers(context: ServiceContext, handlers: () => Handlers, options: BatchRunnerOptions = {}) {
  const { db } = context;
  const clock = clockOf(context);
  const repo = createBatchJobRepository(db);
  const runner = createBatchRunner(context, handlers, repo, options);
  runners.set(context, runner);

  function mustFind(jobId: string): BatchJob {
    const job = repo.find(jobId);
    if (!job) throw new DossierError('not-found', { zh: '找不到该批量任务', en: 'No such batch job' }, { field: 'jobId' });
    return job;
  }

  const view = (job: BatchJob): BatchJobView => batchJobView(repo, job, Date.now(), runner.isRunning(job.id));

  /** Progress as events: done/total and the case being started, Chinese first. */
  function report(job: BatchJob, starting: { defendantName: string } | null): void {
    const counts = repo.counts(job.id);
    const done = counts.total - counts.pending;
    context.reportProgress({
      operation: 'batch:start', jobId: job.id, done, total: counts.total,
      message: starting
        ? { zh: `正在处理：${starting.defendantName}（${done}/${counts.total}）`, en: `Working on ${starting.defendantName} (${done} of ${counts.total})` }
        : { zh: `已处理 ${done}/${counts.total} 件`, en: `${done} of ${counts.total} cases processed` },
    });
  }

  /** Sets a job's state if it is in one of `from`; conflict naming the job's state in words otherwise. */
  function moveState(jobId: string, from: readonly BatchJob['state'][], to: BatchJob['state']): BatchJob {
    return db.transaction(() => {
      const job = mustFind(jobId);
      if (!from.includes(job.state)) {
        throw new DossierError('conflict', { zh: '该批量任务当前的状态不允许此操作', en: 'The batch job is not in a state that allows this' }, { field: 'jobId' });
      }
      repo.setState(jobId, to);
      return mustFind(jobId);
    }).immediate();
  }

  return {
    'batch:start': ({ filter, caseIds, outputs, outDir }) => {
      const stamp = clock.timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const folder = outputFolder(context, outDir, stamp);
      trackingStoreOf(context).refreshStale();
      const selected = selectCases(db, filter, caseIds);
      if (selected.length === 0) {
        throw new DossierError('invalid-input', { zh: '没有符合条件的案件', en: 'No case matches the selection' }, { field: 'filter' });
      }
      const id = randomUUID();
      db.transaction(() => {
        repo.insertJob({
          id, created_at: clock.timestamp(), clock: context.now().toISOString(), outputs_json: JSON.stringify([...new Set(outputs)]),
          filter_json: JSON.stringify(storedFilter(filter, caseIds)), out_dir: folder,
        });
        selected.forEach((c, position) => repo.insertCase({ job_id: id, case_id: c.caseId, position, defendant_name: c.defendantName, court: c.courtName }));
      }).immediate();
      runner.start(id, report);
      return view(mustFind(id));
    },
    'batch:list': () => repo.list().map(view),
    'batch:status': ({ jobId }) => view(mustFind(jobId)),
    'batch:cases': ({ jobId, offset, limit }) => {
      mustFind(jobId);
      return { total: repo.counts(jobId).total, cases: repo.cases(jobId, limit, offset).map(batchCaseView) };
    },
    'batch:pause': ({ jobId }) => view(moveState(jobId, ['queued', 'running'], 'paused')),
    'batch:cancel': ({ jobId }) => view(moveState(jobId, ['queued', 'running', 'paused'], 'cancelled')),
    'batch:resume': ({ jobId }) => {
      const job = mustFind(jobId);
      if (runner.isRunning(jobId)) {
        // Paused here while its last cases finish: running again, the same run takes the rest.
        if (job.state === 'paused') moveState(jobId, ['paused'], 'running');
        return view(mustFind(jobId));
      }
      runner.start(jobId, report);
      return view(mustFind(jobId));
    },
  } satisfies Partial<Handlers>;
}

/**
 * A job as the UI and `dossier batch status` show it, from its stored rows: counts by state, the current case,
 * an ETA from the pace of the last cases finished, and 'interrupted' for a job whose runner stopped without
 * saying so (its process is gone, or has not been heard from for a while).
 */
import type { BatchCaseView, BatchJobView, BatchState } from '../../core/batch/batch-operations';
import type { BatchCase, BatchJob, BatchJobRepository } from '../db/batch-job-repository';
import { batchCaseStateLabels } from '../../core/batch/batch-case-state-labels';

/** A runner that has not written its heartbeat for this long is taken to have died. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;

/** Whether a process with this id exists on this machine (a signal-0 probe; EPERM still means it exists). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the job's recorded runner is still at work: its process is alive and its heartbeat is recent. */
export function runnerAlive(job: BatchJob, nowMs: number): boolean {
  return job.ownerPid !== null && job.heartbeatMs !== null && nowMs - job.heartbeatMs < HEARTBEAT_TIMEOUT_MS && processAlive(job.ownerPid);
}

/** The state to show: a 'running' job whose runner is gone is 'interrupted'. */
export function shownState(job: BatchJob, nowMs: number, runningHere: boolean): BatchState {
  if (job.state !== 'running') return job.state;
  if (runningHere) return 'running';
  return job.ownerPid === process.pid || !runnerAlive(job, nowMs) ? 'interrupted' : 'running';
}

/** Seconds left at the pace of the last cases finished, or null before there is a pace (or when not running). */
function etaSeconds(finishes: number[], remaining: number, running: boolean): number | null {
  if (!running || finishes.length < 2) return null;
  if (remaining === 0) return 0;
  const msPerCase = (finishes[0]! - finishes.at(-1)!) / (finishes.length - 1);
  return Math.round((msPerCase * remaining) / 1000);
}

/** The view of a stored job. */
export function batchJobView(repo: BatchJobRepository, job: BatchJob, nowMs: number, runningHere: boolean): BatchJobView {
  const counts = repo.counts(job.id);
  const state = shownState(job, nowMs, runningHere);
  const current = job.currentCaseId === null || state !== 'running' ? null : repo.findCase(job.id, job.currentCaseId);
  return {
    id: job.id, state, createdAt: job.createdAt, finishedAt: job.finishedAt, outputs: job.outputs, outDir: job.outDir,
    total: counts.total, done: counts.total - counts.pending, assembled: counts.done, notReady: counts.notReady, failed: counts.failed, skipped: counts.skipped,
    current: current ? { caseId: current.caseId, defendantName: current.defendantName } : null,
    etaSeconds: etaSeconds(repo.recentFinishes(job.id), counts.pending, state === 'running'),
    manifest: job.manifest,
  };
}

/** One case's line in the job's case list. */
export function batchCaseView(c: BatchCase): BatchCaseView {
  return {
    caseId: c.caseId, defendantName: c.defendantName, courtName: c.court, state: c.state, stateLabel: batchCaseStateLabels[c.state], folder: c.folder,
    files: c.files, findings: c.findings, error: c.error,
  };
}

/**
 * Rows of batch jobs (migration 010) ⇄ what the batch engine works with. Callers own the transactions; the
 * claim and every step record run in a short IMMEDIATE one (electron/batch/batch-runner.ts).
 */
import type Database from 'better-sqlite3';
import type { Bilingual } from '../../core/bilingual';
import type { BatchCaseState, BatchFilter, BatchOutput } from '../../core/batch/batch-operations';
import type { FilingData } from '../../core/documents/filing-data';

/** A job as stored. */
export type BatchJobRow = {
  id: string; state: 'queued' | 'running' | 'paused' | 'cancelled' | 'finished'; created_at: string; clock: string;
  outputs_json: string; filter_json: string; out_dir: string; finished_at: string | null;
  owner_pid: number | null; heartbeat_ms: number | null; current_case_id: number | null; manifest_json: string | null;
};

/** One written file of a case, its name relative to the job's output folder. */
export type BatchFile = { name: string; sha256: string };

/** One case of a job as stored. */
export type BatchCaseRow = {
  job_id: string; case_id: number; position: number; state: BatchCaseState; step: string; defendant_name: string;
  court: string; folder: string; files_json: string; findings_json: string; error_json: string | null; filing_json: string | null; finished_ms: number | null;
};

/** A job's case with its JSON columns read. */
export type BatchCase = {
  caseId: number; position: number; state: BatchCaseState; step: string; defendantName: string; court: string; folder: string;
  files: BatchFile[]; findings: Bilingual[]; error: Bilingual | null; finishedMs: number | null;
  /** The filing data of a ready case, as the element complaint is filled with: its row of the court's element sheet. */
  filing: FilingData | null;
};

/** The stored job with its JSON columns read. */
export type BatchJob = {
  id: string; state: BatchJobRow['state']; createdAt: string; clock: string; outputs: BatchOutput[]; filter: BatchFilter;
  outDir: string; finishedAt: string | null; ownerPid: number | null; heartbeatMs: number | null; currentCaseId: number | null;
  manifest: { csv: string; xlsx: string } | null;
};

function jobOf(row: BatchJobRow): BatchJob {
  return {
    id: row.id, state: row.state, createdAt: row.created_at, clock: row.clock, outputs: JSON.parse(row.outputs_json) as BatchOutput[],
    filter: JSON.parse(row.filter_json) as BatchFilter, outDir: row.out_dir, finishedAt: row.finished_at, ownerPid: row.owner_pid,
    heartbeatMs: row.heartbeat_ms, currentCaseId: row.current_case_id,
    manifest: row.manifest_json === null ? null : JSON.parse(row.manifest_json) as { csv: string; xlsx: string },
  };
}

function caseOf(row: BatchCaseRow): BatchCase {
  return {
    caseId: row.case_id, position: row.position, state: row.state, step: row.step, defendantName: row.defendant_name, court: row.court,
    folder: row.folder, files: JSON.parse(row.files_json) as BatchFile[], findings: JSON.parse(row.findings_json) as Bilingual[],
    error: row.error_json === null ? null : JSON.parse(row.error_json) as Bilingual, finishedMs: row.finished_ms,
    filing: row.filing_json === null ? null : JSON.parse(row.filing_json) as FilingData,
  };
}

/** Counts of a job's cases by state. */
export type BatchCounts = { total: number; done: number; notReady: number; failed: number; skipped: number; pending: number };

/** The statements over the three batch tables. */
export function createBatchJobRepository(db: Database.Database) {
  const insertJob = db.prepare(`INSERT INTO batch_jobs (id, state, created_at, clock, outputs_json, filter_json, out_dir)
    VALUES (@id, 'queued', @created_at, @clock, @outputs_json, @filter_json, @out_dir)`);
  const insertCase = db.prepare(`INSERT INTO batch_job_cases (job_id, case_id, position, defendant_name, court)
    VALUES (@job_id, @case_id, @position, @defendant_name, @court)`);
  const findJob = db.prepare('SELECT * FROM batch_jobs WHERE id = ?');
  const listJobs = db.prepare('SELECT * FROM batch_jobs ORDER BY created_at DESC, rowid DESC');
  const counts = db.prepare(`SELECT count(*) AS total,
      coalesce(sum(state = 'done'), 0) AS done, coalesce(sum(state = 'not-ready'), 0) AS notReady, coalesce(sum(state = 'failed'), 0) AS failed,
      coalesce(sum(state = 'skipped'), 0) AS skipped, coalesce(sum(state = 'pending'), 0) AS pending
    FROM batch_job_cases WHERE job_id = ?`);
  const pageCases = db.prepare('SELECT * FROM batch_job_cases WHERE job_id = ? ORDER BY position LIMIT ? OFFSET ?');
  const allCases = db.prepare('SELECT * FROM batch_job_cases WHERE job_id = ? ORDER BY position');
  const pendingCases = db.prepare("SELECT * FROM batch_job_cases WHERE job_id = ? AND state = 'pending' ORDER BY position");
  const findCase = db.prepare('SELECT * FROM batch_job_cases WHERE job_id = ? AND case_id = ?');
  const recentFinish = db.prepare('SELECT finished_ms FROM batch_job_cases WHERE job_id = ? AND finished_ms IS NOT NULL ORDER BY finished_ms DESC LIMIT 50');
  const setState = db.prepare('UPDATE batch_jobs SET state = ? WHERE id = ?');
  const claim = db.prepare("UPDATE batch_jobs SET state = 'running', owner_pid = ?, heartbeat_ms = ? WHERE id = ?");
  const release = db.prepare('UPDATE batch_jobs SET owner_pid = NULL, heartbeat_ms = NULL, current_case_id = NULL WHERE id = ?');
  const beat = db.prepare('UPDATE batch_jobs SET heartbeat_ms = ? WHERE id = ? AND owner_pid = ?');
  const setCurrent = db.prepare('UPDATE batch_jobs SET current_case_id = ?, heartbeat_ms = ? WHERE id = ?');
  const finish = db.prepare("UPDATE batch_jobs SET state = 'finished', finished_at = ?, manifest_json = ? WHERE id = ?");
  const logStep = db.prepare('INSERT INTO batch_job_steps (job_id, case_id, step, recorded_ms) VALUES (?, ?, ?, ?)');
  const stepCounts = db.prepare('SELECT case_id AS caseId, step, count(*) AS n FROM batch_job_steps WHERE job_id = ? GROUP BY case_id, step');
  const updateCase = db.prepare(`UPDATE batch_job_cases SET state = @state, step = @step, court = @court, folder = @folder,
      files_json = @files_json, findings_json = @findings_json, error_json = @error_json, filing_json = @filing_json, finished_ms = @finished_ms
    WHERE job_id = @job_id AND case_id = @case_id`);

  return {
    insertJob: (row: Pick<BatchJobRow, 'id' | 'created_at' | 'clock' | 'outputs_json' | 'filter_json' | 'out_dir'>) => insertJob.run(row),
    insertCase: (row: Pick<BatchCaseRow, 'job_id' | 'case_id' | 'position' | 'defendant_name' | 'court'>) => insertCase.run(row),
    find: (id: string): BatchJob | null => {
      const row = findJob.get(id) as BatchJobRow | undefined;
      return row ? jobOf(row) : null;
    },
    list: (): BatchJob[] => (listJobs.all() as BatchJobRow[]).map(jobOf),
    counts: (id: string) => counts.get(id) as BatchCounts,
    cases: (id: string, limit: number, offset: number): BatchCase[] => (pageCases.all(id, limit, offset) as BatchCaseRow[]).map(caseOf),
    allCases: (id: string): BatchCase[] => (allCases.all(id) as BatchCaseRow[]).map(caseOf),
    pendingCases: (id: string): BatchCase[] => (pendingCases.all(id) as BatchCaseRow[]).map(caseOf),
    findCase: (id: string, caseId: number): BatchCase | null => {
      const row = findCase.get(id, caseId) as BatchCaseRow | undefined;
      return row ? caseOf(row) : null;
    },
    /** When the last (up to) 50 cases finished, newest first: the pace the ETA is taken from. */
    recentFinishes: (id: string): number[] => (recentFinish.all(id) as { finished_ms: number }[]).map((r) => r.finished_ms),
    setState: (id: string, state: BatchJobRow['state']) => setState.run(state, id),
    claim: (id: string, pid: number, nowMs: number) => claim.run(pid, nowMs, id),
    release: (id: string) => release.run(id),
    heartbeat: (id: string, pid: number, nowMs: number) => beat.run(nowMs, id, pid),
    setCurrent: (id: string, caseId: number | null, nowMs: number) => setCurrent.run(caseId, nowMs, id),
    finish: (id: string, at: string, manifest: { csv: string; xlsx: string }) => finish.run(at, JSON.stringify(manifest), id),
    /** Logs a step as done; the UNIQUE key refuses a second record of the same step. */
    logStep: (id: string, caseId: number, step: string, nowMs: number) => logStep.run(id, caseId, step, nowMs),
    stepCounts: (id: string) => stepCounts.all(id) as { caseId: number; step: string; n: number }[],
    updateCase: (id: string, c: BatchCase) => updateCase.run({
      job_id: id, case_id: c.caseId, state: c.state, step: c.step, court: c.court, folder: c.folder, files_json: JSON.stringify(c.files),
      findings_json: JSON.stringify(c.findings), error_json: c.error === null ? null : JSON.stringify(c.error),
      filing_json: c.filing === null ? null : JSON.stringify(c.filing), finished_ms: c.finishedMs,
    }),
  };
}
export type BatchJobRepository = ReturnType<typeof createBatchJobRepository>;

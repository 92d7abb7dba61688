/**
 * 010: batch jobs (批量诉讼). A job's whole state lives here so a run killed at any point resumes where it
 * stopped: the job (its fixed clock, which dates every document and stamps every file so a resumed run writes
 * the same bytes; the outputs, filter and output folder; who is running it and when it last said so), its
 * cases in order with the steps done, the files written and the filing data the element sheet is made of, and a log with one row per step done — the
 * UNIQUE key is what guarantees no step is recorded twice.
 */
export const batchJobsSchema = `
CREATE TABLE batch_jobs (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'cancelled', 'finished')),
  created_at TEXT NOT NULL,
  clock TEXT NOT NULL,
  outputs_json TEXT NOT NULL,
  filter_json TEXT NOT NULL,
  out_dir TEXT NOT NULL,
  finished_at TEXT,
  owner_pid INTEGER,
  heartbeat_ms INTEGER,
  current_case_id INTEGER,
  manifest_json TEXT
);

CREATE TABLE batch_job_cases (
  job_id TEXT NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
  case_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'not-ready', 'failed', 'skipped')),
  step TEXT NOT NULL DEFAULT '',
  defendant_name TEXT NOT NULL,
  court TEXT NOT NULL DEFAULT '',
  folder TEXT NOT NULL DEFAULT '',
  files_json TEXT NOT NULL DEFAULT '[]',
  findings_json TEXT NOT NULL DEFAULT '[]',
  error_json TEXT,
  filing_json TEXT,
  finished_ms INTEGER,
  PRIMARY KEY (job_id, case_id)
);
CREATE UNIQUE INDEX batch_job_cases_order ON batch_job_cases (job_id, position);

CREATE TABLE batch_job_steps (
  job_id TEXT NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
  case_id INTEGER NOT NULL,
  step TEXT NOT NULL,
  recorded_ms INTEGER NOT NULL,
  UNIQUE (job_id, case_id, step)
);
`;

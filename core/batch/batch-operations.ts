import { z } from 'zod';
import { operation } from '../operation';
import type { Bilingual } from '../bilingual';

const id = z.number().int().positive();
const jobId = z.string().regex(/^[0-9a-f-]{36}$/, 'job id');

/** What a batch can produce for each case: documents (by their template) and the evidence bundle. */
export const batchOutputs = ['complaint', 'complaint-element-2025', 'evidence-list', 'power-of-attorney', 'service-address-confirmation', 'bundle'] as const;
export type BatchOutput = (typeof batchOutputs)[number];

/**
 * Which cases a batch takes. Every set criterion must hold; with no criterion and no case ids, every case that
 * is ready to file.
 */
export const batchFilter = z.object({
  /** Tracking stage, e.g. 'drafting' (as the tracking tab shows it). */
  stage: z.string().max(40).optional(),
  /** Plaintiff organisation (branch) id. */
  plaintiffId: id.optional(),
  courtName: z.string().max(80).optional(),
  /** Only cases that pass the readiness check (true) or only those that do not (false). */
  ready: z.boolean().optional(),
  owner: z.string().max(60).optional(),
  importId: id.optional(),
});
export type BatchFilter = z.output<typeof batchFilter>;

/** States of a batch job; 'paused' and 'interrupted' (the process stopped mid-way) resume where they stopped. */
export const batchStates = ['queued', 'running', 'paused', 'interrupted', 'cancelled', 'finished'] as const;
export type BatchState = (typeof batchStates)[number];

/** States of one case within a job. */
export const batchCaseStates = ['pending', 'done', 'not-ready', 'failed', 'skipped'] as const;
export type BatchCaseState = (typeof batchCaseStates)[number];

/** A batch job as the UI and `dossier batch status` show it. */
export type BatchJobView = {
  id: string;
  state: BatchState;
  createdAt: string;
  finishedAt: string | null;
  outputs: BatchOutput[];
  outDir: string;
  total: number;
  /** Cases finished one way or another (assembled, not ready, failed or left out): the progress bar's count. */
  done: number;
  /** Cases whose filing package was assembled. */
  assembled: number;
  notReady: number;
  failed: number;
  /** Cases the readiness criterion left out (e.g. not ready when only ready cases were asked for). */
  skipped: number;
  /** The case being worked on now, if any. */
  current: { caseId: number; defendantName: string } | null;
  /** Seconds left at the current pace; null before the pace is known. */
  etaSeconds: number | null;
  /** The manifest files, once written (paths inside outDir). */
  manifest: { csv: string; xlsx: string } | null;
};

/** One case's line in a job: what became of it, its files and its findings. */
export type BatchCaseView = {
  caseId: number;
  defendantName: string;
  courtName: string;
  state: BatchCaseState;
  /** The state in words, for display. */
  stateLabel: Bilingual;
  /** The case's folder inside outDir (court folder / case folder); empty before the court step. */
  folder: string;
  /** Files written, named relative to outDir. */
  files: { name: string; sha256: string }[];
  findings: Bilingual[];
  error: Bilingual | null;
};

/** Batch assembly of filing packages: start, watch, pause, resume, cancel. */
export const batchOperations = {
  'batch:start': operation(z.object({
    filter: batchFilter.default({}),
    /** Cases chosen in the case list; when given, the filter narrows them further. */
    caseIds: z.array(id).max(200_000).optional(),
    outputs: z.array(z.enum(batchOutputs)).min(1).default(['complaint', 'evidence-list', 'bundle']),
    /** Where the packages go; defaults to a folder under the data folder. */
    outDir: z.string().trim().min(1).max(4096).optional(),
  })).returns<BatchJobView>(),
  'batch:list': operation(z.object({}).strict()).returns<BatchJobView[]>(),
  'batch:status': operation(z.object({ jobId })).returns<BatchJobView>(),
  'batch:cases': operation(z.object({ jobId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })).returns<{ total: number; cases: BatchCaseView[] }>(),
  'batch:pause': operation(z.object({ jobId })).returns<BatchJobView>(),
  'batch:resume': operation(z.object({ jobId })).returns<BatchJobView>(),
  'batch:cancel': operation(z.object({ jobId })).returns<BatchJobView>(),
} as const;

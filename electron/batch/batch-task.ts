/** What the batch coordinator hands a worker and what it gets back (plain data, copied between threads). */
import type { Bilingual } from '../../core/bilingual';

/** Given once to every worker of a run: the store to read and the job's fixed clock. */
export type BatchWorkerStart = { databasePath: string; dataDir: string; templatesDir: string; nativeBinding?: string; clock: string };

/** One step of one case for a worker: the readiness check, one document (DOCX and PDF), or the bundle. */
export type BatchTask =
  | { kind: 'readiness'; caseId: number }
  | { kind: 'document'; caseId: number; templateId: string; folder: string }
  | { kind: 'bundle'; caseId: number; folder: string };

/** A file a step wrote into the case folder. */
export type WrittenFile = { fileName: string; sha256: string };

/**
 * What a step gives back: the readiness verdict and findings (readiness), the files written (documents, bundle),
 * or the error that stopped it, in words (an error object would lose its code and text between threads).
 */
export type BatchTaskResult = { ready: boolean; findings: Bilingual[]; files: WrittenFile[]; error: Bilingual | null };

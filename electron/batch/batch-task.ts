/** What the batch coordinator hands a worker and what it gets back (plain data, copied between threads). */
import type { Bilingual } from '../../core/bilingual';
import type { FilingData } from '../../core/documents/filing-data';
import type { DatabaseAccess } from '../db/open-connection';

/**
 * Given once to every worker of a pool: the store to read, with the SQLite builds for Electron's ABI (in the app)
 * and an encrypted store's key (copied to the thread in memory, never through a command line or the environment).
 */
export type BatchWorkerStart = { databasePath: string; dataDir: string; templatesDir: string } & DatabaseAccess & {
  /** The files key of an encrypted store, to read its evidence (the job's output folder itself is written plain). */
  filesKey?: Buffer;
};

/**
 * One step of one case for a worker: the readiness check, one document (DOCX and PDF), or the bundle; `clock` is
 * the job's fixed time (ISO), which dates the documents and stamps the files.
 */
export type BatchTask = { clock: string; caseId: number } & (
  | { kind: 'readiness' }
  | { kind: 'document'; templateId: string; folder: string }
  | { kind: 'bundle'; folder: string }
  | { kind: 'audit'; folder: string });

/** A file a step wrote into the case folder. */
export type WrittenFile = { fileName: string; sha256: string };

/**
 * What a step gives back: the readiness verdict and findings, with a ready case's filing data for the element sheet
 * (readiness), the files written (documents, bundle),
 * or the error that stopped it, in words (an error object would lose its code and text between threads).
 */
export type BatchTaskResult = {
  ready: boolean; findings: Bilingual[]; filing: FilingData | null; files: WrittenFile[]; error: Bilingual | null;
  /** The readiness check's count of blocking findings, for the case list's readiness column (readiness step only). */
  blockers?: number;
};

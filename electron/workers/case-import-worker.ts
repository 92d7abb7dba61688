/**
 * The worker thread that reads and checks a case import (issue 11: parsing off the Electron main process). It
 * receives the plain-data input as workerData, posts back the checked file, or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from '../../core/errors';
import { checkImportFile } from '../services/case-import-check';
import type { CheckImportInput } from '../services/case-import-check';

/** The worker's one message back. */
export type CaseImportWorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof checkImportFile>> }
  | { ok: false; error: { dossier: true; code: DossierError['code']; text: DossierError['text']; location: DossierError['location'] } | { dossier: false; message: string } };

checkImportFile(workerData as CheckImportInput).then(
  (value) => parentPort!.postMessage({ ok: true, value } satisfies CaseImportWorkerReply),
  (error: unknown) => {
    const reply: CaseImportWorkerReply = error instanceof DossierError
      ? { ok: false, error: { dossier: true, code: error.code, text: error.text, location: error.location } }
      : { ok: false, error: { dossier: false, message: error instanceof Error ? error.message : String(error) } };
    parentPort!.postMessage(reply);
  },
);

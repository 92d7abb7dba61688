/**
 * Reads a ledger or contact-record import off the Electron main process: in the app, in a worker-pool thread
 * (electron/workers/table-parse-worker.ts), so parsing a large file never freezes the window; in the CLI and the
 * development bridge, in place, as the case import does (case-import-off-thread.ts).
 */
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../core/errors';
import { createWorkerPool } from '../workers/worker-pool';
import { parseTable } from '../workers/table-parse-worker';
import type { TableParseOutput, TableParseReply, TableParseTask } from '../workers/table-parse-worker';

/** The worker module: the TypeScript source where the app runs from source, the bundled .js beside this bundle otherwise. */
function workerEntry(): string {
  return import.meta.url.endsWith('.ts')
    ? fileURLToPath(new URL('../workers/table-parse-worker.ts', import.meta.url))
    : fileURLToPath(new URL('./table-parse-worker.js', import.meta.url));
}

/** Runs the task in a thread of its own and gives back its output, or throws its error as it was thrown there. */
export async function parseTableOffThread(task: TableParseTask): Promise<TableParseOutput> {
  const pool = createWorkerPool<TableParseTask, TableParseReply>({ entry: workerEntry(), threads: 1 });
  try {
    const reply = await pool.run(task);
    if (reply.ok) return reply.value;
    throw reply.error.dossier ? new DossierError(reply.error.code, reply.error.text, reply.error.location) : new Error(reply.error.message);
  } finally {
    await pool.close();
  }
}

/** In a worker thread inside the app (whose main process draws the window); in place elsewhere. The output is the task's kind. */
export async function parseTableOffMainThread<K extends TableParseTask['kind']>(task: Extract<TableParseTask, { kind: K }>): Promise<Extract<TableParseOutput, { kind: K }>> {
  const output = await (process.versions.electron ? parseTableOffThread(task) : parseTable(task));
  return output as Extract<TableParseOutput, { kind: K }>;
}

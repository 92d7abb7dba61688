import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../core/errors';
import { checkImportFile } from './case-import-check';
import type { CheckedImportFile, CheckImportInput } from './case-import-check';
import type { CaseImportWorkerReply } from '../workers/case-import-worker';

/**
 * Where the worker's code is. Run from source (tests, the tsx-run CLI) it is the TypeScript module, loaded
 * through tsx registered inside the thread; in a build the bundler emits case-import-worker.js next to the
 * bundle this module is part of (electron.vite.config.ts names it as a main-process input).
 */
function workerScript(): { code: string; eval: true } | { file: string } {
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('../workers/case-import-worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    return { code: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  return { file: fileURLToPath(new URL('./case-import-worker.js', import.meta.url)) };
}

/**
 * Reads and checks a case import in a worker thread of its own, so a 100,000-row file never blocks the
 * Electron main process (or the bridge's event loop) while it is parsed. Errors come back as they were thrown.
 */
export function checkImportFileOffThread(input: CheckImportInput): Promise<CheckedImportFile> {
  const script = workerScript();
  const worker = 'code' in script ? new Worker(script.code, { eval: true, workerData: input }) : new Worker(script.file, { workerData: input });
  return new Promise<CheckedImportFile>((resolve, reject) => {
    let settled = false;
    worker.once('message', (reply: CaseImportWorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.value);
      else if (reply.error.dossier) reject(new DossierError(reply.error.code, reply.error.text, reply.error.location));
      else reject(new Error(reply.error.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`case import worker stopped with exit code ${code}`));
    });
  });
}

/**
 * Reads and checks a case import off the Electron main process: in a worker thread inside the app, whose main
 * process also draws the window; in place in the CLI and the development bridge, processes that do nothing
 * else meanwhile and would only pay the thread's start-up.
 */
export function checkImportFileOffMainThread(input: CheckImportInput): Promise<CheckedImportFile> {
  return process.versions.electron ? checkImportFileOffThread(input) : checkImportFile(input);
}

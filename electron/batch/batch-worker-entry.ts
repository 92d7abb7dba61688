/**
 * Where the batch worker module is at run time. From source (tests, the tsx-run CLI) it is the TypeScript file
 * beside this one; in a build it is `batch-worker.js` beside the bundle that imports this module, so a bundler
 * adds `batchWorkerSource` as an entry of its own named `batch-worker` (electron.vite.config.ts does; so must
 * the CLI bundle).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker's source file, relative to the project root: the entry a bundler adds. */
export const batchWorkerSource = 'electron/batch/batch-worker.ts';

/** The absolute path of the worker module to start threads on. */
export function batchWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), here.endsWith('.ts') ? 'batch-worker.ts' : 'batch-worker.js');
}

/**
 * Bundles a script and the batch worker with esbuild into a folder of out/, as the built app and CLI ship them
 * (packages stay external and resolve from the project's node_modules; the worker is batch-worker.js beside the
 * script's chunks). A child process then starts in a fraction of the time the TypeScript loader takes.
 */
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchWorkerSource } from '../../electron/batch/batch-worker-entry';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Bundles `script` (a path from the project root); returns the built script's path and a function removing the build. */
export async function bundledScript(script: string): Promise<{ path: string; remove: () => void }> {
  mkdirSync(join(root, 'out'), { recursive: true });
  const outdir = mkdtempSync(join(root, 'out', 'test-script-'));
  const name = 'script';
  await build({
    entryPoints: { [name]: join(root, script), 'batch-worker': join(root, batchWorkerSource) },
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', outdir, logLevel: 'error',
  });
  return { path: join(outdir, `${name}.js`), remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

/**
 * A pool of worker threads (piscina) for CPU-heavy work kept off the main thread: rendering a batch's filing
 * packages, parsing a large import. Generic: the caller names the worker module and the shape of its tasks.
 * The worker module's default export handles one task. A TypeScript source entry (tests, the tsx-run CLI) is
 * loaded through a small shim that registers tsx inside the worker; a built .js/.mjs entry (the bundled CLI,
 * the Electron build) loads directly.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

/** How to start a pool. */
export type WorkerPoolOptions = {
  /** Absolute path of the worker module (its default export handles one task). */
  entry: string;
  /** Threads to run; defaults to every core the machine offers. */
  threads?: number;
  /** Data every worker receives once at start (read it with `workerStartData()`). */
  workerData?: unknown;
};

/** A running pool: hand it tasks, close it when done. */
export type WorkerPool<Task, Output> = {
  run: (task: Task) => Promise<Output>;
  /** How many threads the pool runs. */
  threads: number;
  /** Waits for the tasks in flight, then stops the threads. */
  close: () => Promise<void>;
};

const tsxShim = fileURLToPath(new URL('./tsx-worker-shim.mjs', import.meta.url));

/** Starts a pool of `threads` workers on `entry`. */
export function createWorkerPool<Task, Output>(options: WorkerPoolOptions): WorkerPool<Task, Output> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const fromSource = options.entry.endsWith('.ts');
  const pool = new Piscina({
    filename: fromSource ? tsxShim : options.entry,
    minThreads: threads,
    maxThreads: threads,
    // A task per thread at most waits in the queue: the caller keeps the rest, so pausing starts no new work.
    maxQueue: 'auto',
    idleTimeout: 60_000,
    workerData: { entry: options.entry, data: options.workerData ?? null },
  });
  return {
    run: (task) => pool.run(task) as Promise<Output>,
    threads,
    close: () => pool.close(),
  };
}

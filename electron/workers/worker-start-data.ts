import { workerData } from 'piscina';

/** Inside a pool's worker: the data the pool was started with (`WorkerPoolOptions.workerData`). */
export function workerStartData<T>(): T {
  return (workerData as { data: T }).data;
}

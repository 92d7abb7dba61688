/**
 * Progress of long work, reported by the services and forwarded to the UI (DESIGN.md: "jobs report
 * progress" → "progress forwarding"), so anything over a second shows how far it has got without
 * blocking the window (house rule: show progress for anything over a second, never block).
 */
import type { Bilingual } from './bilingual';

/** One step of a long-running operation, as the UI shows it. */
export type ProgressEvent = {
  /** The contract operation doing the work, e.g. 'bundle:build'. */
  operation: string;
  /** Tells apart two runs of the same operation (one id per call, the same on all its events). */
  jobId: string;
  /** Steps finished so far (0 … total). */
  done: number;
  /** Steps in all; the run is finished when done === total. */
  total: number;
  /** What is happening now, Chinese first: e.g. 正在编入证据三（3/20） / Adding exhibit 3 of 20. */
  message: Bilingual;
};

import type { BatchJobView, BatchOutput, BatchState } from '../../../core/batch/batch-operations';
import type { TextKey } from '../../i18n/zh-CN';

/** What a batch can prepare, in the order the page offers it (repeated from core, which the renderer imports as types only). */
export const batchOutputList = [
  'complaint', 'complaint-element-2025', 'evidence-list', 'power-of-attorney', 'service-address-confirmation', 'bundle',
] as const satisfies readonly BatchOutput[];

// Compile-time proof that the list names every output core declares.
type Unlisted = Exclude<BatchOutput, (typeof batchOutputList)[number]>;
const listsEveryOutput: [Unlisted] extends [never] ? true : false = true;
void listsEveryOutput;

/** The outputs ticked when the page opens: the complaint, its evidence list and the evidence bundle. */
export const defaultBatchOutputs: readonly BatchOutput[] = ['complaint', 'evidence-list', 'bundle'];

/** An output's label key. */
export const batchOutputKey = (output: BatchOutput): TextKey => `batchOutput.${output}` satisfies TextKey;
/** A job state's label key. */
export const batchStateKey = (state: BatchState): TextKey => `batchState.${state}` satisfies TextKey;

/** Cases the job has dealt with so far, whatever became of them (the view's `done`): the bar's value. */
export function processedCases(job: BatchJobView): number {
  return Math.min(job.total, job.done);
}

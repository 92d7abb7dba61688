import type { BatchCaseState, BatchJobView, BatchOutput, BatchState } from '../../../core/batch/batch-operations';
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
/** A case state's label key. */
export const batchCaseStateKey = (state: BatchCaseState): TextKey => `batchCaseState.${state}` satisfies TextKey;

/** States in which a job still works or can work again (pause, resume, cancel apply). */
export const activeStates: readonly BatchState[] = ['queued', 'running', 'paused', 'interrupted'];

/**
 * Cases the job has dealt with so far, whatever became of them: the bar's value. `done` counts the cases
 * assembled; not-ready and failed ones are dealt with too.
 */
export function processedCases(job: BatchJobView): number {
  return Math.min(job.total, job.done + job.notReady + job.failed);
}

/**
 * The steps of one case in a batch, in order, each idempotent: the court (the case's own, else the advisor's
 * top candidate), the readiness check, each chosen document (DOCX and PDF), the bundle, then the case's audit trail
 * (操作记录.csv, part of every filing package). A case's record
 * names the last step done, so a resumed job starts each case at the step after it.
 */
import type { BatchOutput } from '../../core/batch/batch-operations';

/** One step's name as recorded: 'court', 'readiness', 'document:<template>', 'bundle' or 'audit'. */
export type BatchStep = string;

/** The steps for the chosen outputs, in the order they run (documents in the order chosen, the bundle last). */
export function batchSteps(outputs: readonly BatchOutput[]): BatchStep[] {
  const unique = [...new Set(outputs)];
  const documents = unique.filter((output) => output !== 'bundle').map((templateId) => `document:${templateId}`);
  return ['court', 'readiness', ...documents, ...(unique.includes('bundle') ? ['bundle'] : []), 'audit'];
}

/** The steps still to do after `lastDone` ('' when none is done). */
export function stepsAfter(steps: readonly BatchStep[], lastDone: BatchStep): BatchStep[] {
  return lastDone === '' ? [...steps] : steps.slice(steps.indexOf(lastDone) + 1);
}

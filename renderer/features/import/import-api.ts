import type { z } from 'zod';
import type { Result } from '../../../core/contract';
import type { importOperations } from '../../../core/import/import-operations';
import { call } from '../../api';

type ImportOperations = typeof importOperations;
type ImportOperationName = keyof ImportOperations;

/** Calls one of the case-import operations (import:*) over the contract's client. */
export function callImport<K extends ImportOperationName>(
  name: K,
  input: z.input<ImportOperations[K]['input']>,
): Promise<Result<ImportOperations[K]['output']>> {
  return (call as unknown as (name: string, input: unknown) => Promise<Result<ImportOperations[K]['output']>>)(name, input);
}

import type { z } from 'zod';
import type { batchOperations } from '../../../core/batch/batch-operations';
import type { Result } from '../../../core/contract';
import { call } from '../../api';

type BatchOperations = typeof batchOperations;
type BatchOperationName = keyof BatchOperations;

/** Calls one of the batch operations (batch:*) over the contract's client. */
export function callBatch<K extends BatchOperationName>(
  name: K,
  input: z.input<BatchOperations[K]['input']>,
): Promise<Result<BatchOperations[K]['output']>> {
  return (call as unknown as (name: string, input: unknown) => Promise<Result<BatchOperations[K]['output']>>)(name, input);
}

import type { Handlers, OperationInput, OperationName, OperationOutput } from '../../core/contract';
import type { ErrorPayload } from '../../core/errors';
import { dispatch } from '../../electron/services/dispatch';

/** Calls an operation the way every transport does (zod parse, handler, Result) and returns its value, failing the test on an error. */
export async function ok<K extends OperationName>(handlers: Handlers, name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message.en} (${result.error.field ?? ''})`);
  return result.value as OperationOutput<K>;
}

/** Calls an operation that must fail and returns the error payload. */
export async function refused<K extends OperationName>(handlers: Handlers, name: K, input: OperationInput<K>): Promise<ErrorPayload> {
  const result = await dispatch(handlers, name, input);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.error;
}

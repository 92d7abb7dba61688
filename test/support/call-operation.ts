import { contract } from '../../core/contract';
import type { Handlers, OperationInput, OperationName, OperationOutput } from '../../core/contract';

/** Calls a handler the way every transport does: the input goes through its zod schema first (defaults filled in). */
export async function callOperation<K extends OperationName>(handlers: Handlers, name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const parsed = contract[name].input.parse(input) as Parameters<Handlers[K]>[0];
  return (await (handlers[name] as (value: unknown) => unknown)(parsed)) as OperationOutput<K>;
}

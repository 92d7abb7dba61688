import { contract } from '../../core/contract';
import type { Handlers, OperationName, Result } from '../../core/contract';
import { DossierError, toErrorPayload } from '../../core/errors';
import { busyAsDossierError } from '../db/busy-error';
import { inputIssueMessage } from './input-issue-text';

/** True when the name is an operation of the contract (own property, so no prototype names). */
export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}

/**
 * The one entry point every transport (IPC, loopback bridge, CLI) calls: parses the input with the
 * operation's zod schema, runs the handler, and wraps the outcome as a Result — never a raw Error.
 */
export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
  try {
    if (!isOperationName(name)) {
      throw new DossierError('not-found', { zh: `未知操作：${name}`, en: `Unknown operation: ${name}` });
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const { message, field } = inputIssueMessage(parsed.error.issues[0]);
      throw new DossierError('invalid-input', message, { field });
    }
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(busyAsDossierError(error)) };
  }
}

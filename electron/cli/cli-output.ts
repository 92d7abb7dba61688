import type { Result } from '../../core/contract';
import type { ErrorPayload } from '../../core/errors';

/** How the CLI prints: JSON for scripts (--json), readable Chinese-first text otherwise. */
export type Printer = { json: boolean; out: (text: string) => void; err: (text: string) => void };

/** Prints a failure and returns the exit code for it (2 for bad input, 1 otherwise). */
export function printError(printer: Printer, error: ErrorPayload): number {
  if (printer.json) printer.out(JSON.stringify({ ok: false, error }, null, 2));
  else {
    printer.err(`错误：${error.message.zh}\nError: ${error.message.en}`);
    for (const detail of error.details) printer.err(`  - ${detail.field}: ${detail.message.zh} / ${detail.message.en}`);
  }
  return error.code === 'invalid-input' || error.code === 'missing-fields' ? 2 : 1;
}

/** Unwraps a Result or throws a marker carrying the payload so the command can exit cleanly. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CliFailure(result.error);
}

/** A failed operation inside a CLI command. */
export class CliFailure extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message.en);
  }
}

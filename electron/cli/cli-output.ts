import type { Result } from '../../core/contract';
import type { ErrorPayload } from '../../core/errors';

/** How the CLI prints: JSON for scripts (--json), readable Chinese-first text otherwise. */
export type Printer = { json: boolean; out: (text: string) => void; err: (text: string) => void };

/**
 * Prints a command's outcome: with --json the contract's Result envelope `{"ok": true, "value": …}` (the one shape
 * every command prints, so a script reads any command alike), otherwise the readable lines `text` makes of it.
 */
export function printValue<T>(printer: Printer, value: T, text: (value: T) => string | readonly string[]): void {
  if (printer.json) {
    printer.out(JSON.stringify({ ok: true, value } satisfies Result<T>, null, 2));
    return;
  }
  const lines = text(value);
  // One write for the whole text: ten thousand case lines printed one call each cost more than listing the cases.
  if (typeof lines === 'string') printer.out(lines);
  else if (lines.length > 0) printer.out(lines.join('\n'));
}

/**
 * Text from a command line or a file as a message may show it: control and bidi characters as \u escapes (they would
 * move the terminal's cursor or reverse the text around them) and any unbroken run of over 200 characters (a path, a value; Chinese text and punctuation break a run) cut short,
 * so a huge argument cannot flood the screen.
 */
export function printable(text: string): string {
  return text
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{201,}/g, (run) => `${run.slice(0, 200)}…`);
}

/** Prints a failure and returns the exit code for it (2 for bad input, 1 otherwise). */
export function printError(printer: Printer, payload: ErrorPayload): number {
  const error = { ...payload, message: { zh: printable(payload.message.zh), en: printable(payload.message.en) } };
  if (printer.json) printer.out(JSON.stringify({ ok: false, error } satisfies Result<never>, null, 2));
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

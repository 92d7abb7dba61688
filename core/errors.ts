import type { Bilingual } from './bilingual';
import { fieldLabel, hasFieldLabel } from './field-labels';

/** Machine-readable error codes; the UI and the CLI branch on these, never on message text. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'missing-fields'
  | 'missing-glyph'
  | 'template-error'
  | 'database-version'
  | 'io-error'
  | 'forbidden'
  | 'busy'
  | 'locked'
  | 'internal';

/** Where an error points: a form field, an import row, a file. */
export type ErrorLocation = { field?: string; row?: number; file?: string };

/** The one error type thrown by core and services: code, location and a message in both languages. */
export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  readonly text: Bilingual;
  readonly details: readonly FieldIssue[];

  constructor(code: ErrorCode, text: Bilingual, location: ErrorLocation = {}, details: readonly FieldIssue[] = []) {
    super(text.en);
    this.name = 'DossierError';
    this.code = code;
    this.text = text;
    this.location = location;
    this.details = details;
  }
}

/**
 * One field's problem, as shown next to the field in a form; `label` names the field for a list that stands
 * apart from the form (a user never reads the path in `field`).
 */
export type FieldIssue = { field: string; message: Bilingual; label?: Bilingual };

/** The issue with its field's label from the one label table, where the table has one. */
function labelled(issue: FieldIssue): FieldIssue {
  return issue.label || !hasFieldLabel(issue.field) ? issue : { ...issue, label: fieldLabel(issue.field) };
}

/** The serialisable form of an error that crosses IPC, HTTP or the CLI's --json output. */
export type ErrorPayload = {
  code: ErrorCode;
  message: Bilingual;
  field?: string;
  row?: number;
  file?: string;
  details: FieldIssue[];
};

/** Turns anything thrown into a payload; an unexpected error keeps its message but is marked internal. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof DossierError) {
    return { code: error.code, message: error.text, ...error.location, details: error.details.map(labelled) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: { zh: `内部错误：${message}`, en: `Internal error: ${message}` }, details: [] };
}

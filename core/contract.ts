import { z } from 'zod';
import { agentInput, caseInput, organisationInput } from './case/case-model';
import type { Agent, Case, CaseSummary, Organisation } from './case/case-model';
import type { FieldIssue } from './errors';
import type { ErrorPayload } from './errors';
import { operationNames } from './operation-names';
import type { OperationNameListed } from './operation-names';

/**
 * The one table of what Dossier can do. IPC registration, the preload bridge, the renderer's
 * typed client, the loopback test bridge and the CLI are all derived from it, and the service
 * map is a mapped type over it: adding a capability is one entry here plus one handler.
 */

/** Declares an operation: its zod input schema and (as a type only) what it returns. */
function operation<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

const id = z.number().int().positive();
const empty = z.object({}).strict();

/** Output formats a document can be rendered to. */
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Facts about the running installation shown in the app's footer and used by tests. */
export type AppInfo = { version: string; dataDir: string; databasePath: string };

/** A document template as listed to the user. */
export type TemplateSummary = { id: string; title: string; version: string; caseTypes: string[] };

/** A file Dossier generated for a case; the template version and the data hash make it reproducible. */
export type GeneratedDocument = {
  id: number;
  caseId: number;
  templateId: string;
  templateVersion: string;
  format: DocumentFormat;
  fileName: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  dataHash: string;
  createdAt: string;
};

export const contract = {
  'app:info': operation(empty).returns<AppInfo>(),

  'organisation:list': operation(empty).returns<Organisation[]>(),
  'organisation:save': operation(z.object({ id: id.optional(), values: organisationInput })).returns<Organisation>(),
  'organisation:delete': operation(z.object({ id })).returns<{ deleted: true }>(),

  'agent:list': operation(empty).returns<Agent[]>(),
  'agent:save': operation(z.object({ id: id.optional(), values: agentInput })).returns<Agent>(),
  'agent:delete': operation(z.object({ id })).returns<{ deleted: true }>(),

  'case:list': operation(z.object({ query: z.string().max(100).default('') })).returns<CaseSummary[]>(),
  'case:get': operation(z.object({ id })).returns<Case>(),
  'case:validate': operation(z.object({ values: caseInput })).returns<FieldIssue[]>(),
  'case:create': operation(z.object({ values: caseInput })).returns<Case>(),
  'case:update': operation(z.object({ id, values: caseInput })).returns<Case>(),
  'case:delete': operation(z.object({ id })).returns<{ deleted: true }>(),

  'template:list': operation(empty).returns<TemplateSummary[]>(),
  'document:generate': operation(
    z.object({
      caseId: id,
      templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
      formats: z.array(z.enum(documentFormats)).min(1).max(2),
    }),
  ).returns<GeneratedDocument[]>(),
  'document:list': operation(z.object({ caseId: id })).returns<GeneratedDocument[]>(),
  'document:reveal': operation(z.object({ documentId: id })).returns<{ folder: string }>(),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What the caller sends (before zod defaults and transforms). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = Contract[K]['output'];

/** The result every transport returns: never a raw Error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** The services as a mapped type over the contract: a missing or mistyped handler does not compile. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => Promise<OperationOutput<K>> | OperationOutput<K>;
};

/** Every operation name, in table order; transports register from this list. */
export { operationNames };

// Compile-time proof that the plain list and the table name the same operations, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<OperationNameListed, OperationName> = true;
void namesMatchContract;

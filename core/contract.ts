import type { z } from 'zod';
import { batchOperations } from './batch/batch-operations';
import { bundleOperations } from './bundle/bundle-operations';
import { caseOperations } from './case/case-operations';
import { claimOperations } from './claim/claim-operations';
import { courtOperations } from './court/court-operations';
import { documentOperations } from './documents/document-operations';
import { formOperations } from './forms/form-operations';
import { importOperations } from './import/import-operations';
import { contactOperations } from './evidence/contact-operations';
import { evidenceOperations } from './evidence/evidence-operations';
import { auditOperations } from './audit/audit-operations';
import { readinessOperations } from './evidence/readiness-operations';
import { trackingOperations } from './tracking/tracking-operations';
import { backupOperations } from './backup/backup-operations';
import { settingsOperations } from './settings/settings-operations';
import { encryptionOperations } from './encryption/encryption-operations';
import type { ErrorPayload } from './errors';
import { operationNames } from './operation-names';
import type { OperationNameListed } from './operation-names';

/**
 * The one table of what Dossier can do, assembled from each area's operations. IPC registration,
 * the preload bridge, the renderer's typed client, the loopback test bridge and the CLI are all
 * derived from it, and the service map is a mapped type over it: adding a capability is one entry
 * in its area's table (and its name in operation-names.ts) plus one handler.
 */
export const contract = {
  ...caseOperations,
  ...documentOperations,
  ...formOperations,
  ...evidenceOperations,
  ...auditOperations,
  ...contactOperations,
  ...claimOperations,
  ...readinessOperations,
  ...courtOperations,
  ...trackingOperations,
  ...batchOperations,
  ...bundleOperations,
  ...importOperations,
  ...backupOperations,
  ...settingsOperations,
  ...encryptionOperations,
} as const;

export type { AppInfo } from './case/case-operations';
export { documentFormats } from './documents/document-operations';
export type { DocumentFormat, GeneratedDocument, GenerationResult, TemplateSummary } from './documents/document-operations';
export type { TemplateDetail, TemplateIssue, TemplateVersionSummary } from './documents/document-operations';
export type { FilingSetView } from './documents/document-operations';
export type { FormSummary, MappableValue } from './forms/form-operations';

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

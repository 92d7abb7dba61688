import { z } from 'zod';
import { operation } from '../operation';
import type { FieldIssue } from '../errors';
import { agentInput, caseInput, organisationInput } from './case-model';
import { caseExportInput, caseListSelection, caseQueryInput, maxMatchingIds } from './case-list-query';
import type { CaseListPage } from './case-list-query';
import type { Agent, Case, CaseSummary, Organisation } from './case-model';
import type { CaseOverview } from './case-overview';

const id = z.number().int().positive();
const empty = z.object({}).strict();

/**
 * Facts about the running installation shown in the app's footer and used by tests; `locked`: the store is
 * encrypted and waits for its passphrase (the window shows the unlock screen and nothing else).
 */
export type AppInfo = { version: string; dataDir: string; databasePath: string; locked: boolean };

/** Operations on plaintiff and agent profiles and on cases (intake). */
export const caseOperations = {
  'app:info': operation(empty).returns<AppInfo>(),

  'organisation:list': operation(empty).returns<Organisation[]>(),
  'organisation:save': operation(z.object({ id: id.optional(), values: organisationInput })).returns<Organisation>(),
  'organisation:delete': operation(z.object({ id })).returns<{ deleted: true }>(),

  'agent:list': operation(empty).returns<Agent[]>(),
  'agent:save': operation(z.object({ id: id.optional(), values: agentInput })).returns<Agent>(),
  'agent:delete': operation(z.object({ id })).returns<{ deleted: true }>(),

  'case:list': operation(z.object({ query: z.string().max(100).default('') })).returns<CaseSummary[]>(),
  'case:query': operation(caseQueryInput).returns<CaseListPage>(),
  'case:query-ids': operation(caseListSelection).returns<{ ids: number[]; total: number; capped: boolean }>(),
  'case:get': operation(z.object({ id })).returns<Case>(),
  /** The workspace header: defendant, court, stage and 案号, the next deadline, readiness to file. */
  'case:overview': operation(z.object({ id })).returns<CaseOverview>(),
  'case:validate': operation(z.object({ values: caseInput })).returns<FieldIssue[]>(),
  'case:create': operation(z.object({ values: caseInput })).returns<Case>(),
  'case:update': operation(z.object({ id, values: caseInput })).returns<Case>(),
  'case:delete': operation(z.object({ id })).returns<{ deleted: true }>(),
  'case:archive': operation(z.object({ ids: z.array(id).min(1).max(maxMatchingIds) })).returns<{ archived: number }>(),
  'case:unarchive': operation(z.object({ ids: z.array(id).min(1).max(maxMatchingIds) })).returns<{ unarchived: number }>(),
  'case:export': operation(caseExportInput).returns<{ path: string; rows: number }>(),
} as const;

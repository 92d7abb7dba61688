/**
 * The case list as a query (issue 12): search, filters, a sort on any column and a page of rows with the
 * total, so 100,000 cases answer as fast as 100. The same filters pick the ids for "select all matching",
 * the XLSX export and the CLI.
 */
import { z } from 'zod';
import type { DeadlineKind } from '../tracking/derive-deadlines';
import { trackingStages } from '../tracking/stages';
import type { TrackingStage } from '../tracking/stages';

/** Whether a case's readiness was checked and with what outcome: ready, blocked (with findings that block), never checked. */
export const readinessStates = ['ready', 'blocked', 'unchecked'] as const;
export type ReadinessState = (typeof readinessStates)[number];

/** The columns the list sorts on; `id` is the tiebreak of every sort. */
export const caseListColumns = [
  'id', 'defendant', 'residentId', 'cardNumber', 'branch', 'court', 'courtCaseNumber', 'stage', 'claim',
  'nextDeadline', 'readiness', 'owner', 'updated', 'created',
] as const;
export type CaseListColumn = (typeof caseListColumns)[number];

/** The most ids "select all matching" returns in one answer. */
export const maxMatchingIds = 100_000;

const text = (max: number) => z.string().trim().max(max).default('');
const dateText = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'YYYY-MM-DD').default('');

/**
 * What narrows the list; an empty string or list means "any". Amounts are the yuan text the user typed
 * (parsed with parseYuan by the service, so a bad amount is reported against its field). Dates are
 * YYYY-MM-DD, both ends inclusive. `archived`: 'no' (the default) hides archived cases, 'only' shows only them.
 */
export const caseListFilters = z.object({
  stages: z.array(z.enum(trackingStages)).max(trackingStages.length).default([]),
  court: text(120),
  branch: text(120),
  owner: text(60),
  readiness: z.array(z.enum(readinessStates)).max(readinessStates.length).default([]),
  claimMin: text(20),
  claimMax: text(20),
  importId: z.number().int().positive().nullable().default(null),
  createdFrom: dateText,
  createdTo: dateText,
  updatedFrom: dateText,
  updatedTo: dateText,
  archived: z.enum(['no', 'only', 'all']).default('no'),
}).strict();
export type CaseListFilters = z.input<typeof caseListFilters>;
export type CaseListFiltersParsed = z.output<typeof caseListFilters>;

/** Which cases: free text (name, pinyin initials, resident ID, card number or its last 4 digits, 案号) and filters. */
export const caseListSelection = z.object({
  search: z.string().trim().max(60).default(''),
  filters: caseListFilters.prefault({}),
});
export type CaseListSelection = z.input<typeof caseListSelection>;
export type CaseListSelectionParsed = z.output<typeof caseListSelection>;

/** The sort of the list. */
export const caseListSort = z.object({
  column: z.enum(caseListColumns).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListSort = z.input<typeof caseListSort>;

/** The input of case:query: a selection, a sort and a page. */
export const caseQueryInput = caseListSelection.extend({
  sort: caseListSort.prefault({}),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

/** The input of case:export: a selection (or explicit ids) and an optional path inside the data folder. */
export const caseExportInput = caseListSelection.extend({
  ids: z.array(z.number().int().positive()).max(maxMatchingIds).optional(),
  sort: caseListSort.prefault({}),
  path: z.string().trim().max(1000).optional(),
});

/** The first deadline of a case still to be met (may be overdue); `kind` is the key of deadlineKindLabels. */
export type NextDeadline = { date: string; kind: DeadlineKind };

/** One row of the case list; identifiers are masked, money is integer fen (the page formats it). */
export type CaseListRow = {
  id: number;
  defendantName: string;
  residentIdMasked: string;
  cardNumberMasked: string;
  /** 发卡行/分行 as entered on the case (cases.issuing_branch). */
  branch: string;
  plaintiffName: string;
  courtName: string;
  /** 案号, empty until the court accepted the case. */
  courtCaseNumber: string;
  /** The stage the tracking tab shows. */
  stage: TrackingStage;
  claimTotalFen: number;
  nextDeadline: NextDeadline | null;
  readiness: ReadinessState;
  /** Findings that block filing at the last check (0 unless `readiness` is 'blocked'). */
  blockingCount: number;
  owner: string;
  /** The latest of the case's own edit, its newest event, recovery entry or document. */
  updatedAt: string;
  createdAt: string;
  archived: boolean;
};

/** One page of the case list and how many cases match in all. */
export type CaseListPage = { rows: CaseListRow[]; total: number };

import { z } from 'zod';
import { exportPathInput, type ExportCancelled } from '../export-path';
import { operation } from '../operation';
import { textEncodings } from '../claim/text-table';
import { importSource } from '../import/import-operations';
import { courtInput, courtLevels } from './court-model';
import type { CourtEntry, DataSource, DirectoryException, Division } from './court-model';
import type { DivisionMatch } from './division-index';
import { closings, procedures } from './fee-calculator';
import type { FeeReport } from './fee-calculator';
import type { JurisdictionAdvice } from './jurisdiction-advisor';
import { jurisdictionFactsInput, plaintiffLocationInput } from './jurisdiction-facts';
import type { JurisdictionFacts, PlaintiffLocation } from './jurisdiction-facts';
import type { Finding } from './jurisdiction-findings';
import type { ProcedureChoice } from './procedure-choice';
import { thresholdInput } from './small-claims-threshold';
import type { SmallClaimsThreshold } from './small-claims-threshold';

const caseId = z.number().int().positive();
const courtId = z.string().trim().min(1).max(60);
const amount = z.string().trim().min(1).max(30);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The directory's provenance and its named list of deliberate exceptions. */
export type CourtDirectoryInfo = {
  source: DataSource;
  namingRules: string[];
  exceptions: DirectoryException[];
  counts: { total: number; edited: number; user: number; hidden: number };
};

/** A division as listed for choosing one, with its full path. */
export type DivisionChoice = Division & { path: string };

/** The court chosen for a case, with the grounds shown when it was chosen. */
/** `overrideReason` is the user's reason for a court outside the advisor's candidates; '' for a candidate. */
export type CourtChoice = { courtId: string; courtName: string; bases: string[]; reasons: Finding[]; chosenAt: string; overrideReason: string };

/** Everything the jurisdiction tab and fee panel show for a case. */
export type CaseJurisdiction = {
  caseId: number;
  plaintiffId: number;
  caseCourtName: string;
  facts: JurisdictionFacts;
  plaintiffLocation: PlaintiffLocation;
  advice: JurisdictionAdvice;
  chosen: CourtChoice | null;
  /** Fees on the claim total for the likely procedure; preservation on the planned amount (or the claim). */
  fees: FeeReport;
};

/** Court directory, jurisdiction advice, procedure and fees (issue 4; domain.md §1–§3). */
export const courtOperations = {
  'court:search': operation(z.object({ query: z.string().max(100).default(''), level: z.enum(courtLevels).optional(), limit: z.number().int().min(1).max(500).default(50) })).returns<CourtEntry[]>(),
  'court:get': operation(z.object({ id: courtId })).returns<CourtEntry>(),
  'court:save': operation(z.object({ id: courtId.optional(), values: courtInput })).returns<CourtEntry>(),
  'court:delete': operation(z.object({ id: courtId })).returns<{ deleted: true }>(),
  'court:reset': operation(z.object({ id: courtId })).returns<CourtEntry>(),
  'court:info': operation(z.object({}).strict()).returns<CourtDirectoryInfo>(),
  'court:export': operation(z.object({ path: exportPathInput }).strict()).returns<{ path: string; count: number; csv: string } & ExportCancelled>(),
  'court:import': operation(z.object({ source: importSource, encoding: z.enum(textEncodings).default('auto') })).returns<{ created: number; updated: number; unchanged: number }>(),
  'division:match': operation(z.object({ address: z.string().max(300) })).returns<DivisionMatch>(),
  'division:search': operation(z.object({ query: z.string().max(60) })).returns<DivisionChoice[]>(),
  'jurisdiction:get': operation(z.object({ caseId })).returns<CaseJurisdiction>(),
  'jurisdiction:save': operation(z.object({ caseId, facts: jurisdictionFactsInput, plaintiffLocation: plaintiffLocationInput.optional() })).returns<CaseJurisdiction>(),
  'jurisdiction:choose': operation(z.object({ caseId, courtId })).returns<CaseJurisdiction>(),
  /** Addresses a court the advisor does not list for the case, with the reason the user gives (stored and audited). */
  'jurisdiction:override': operation(z.object({ caseId, courtId, reason: z.string().trim().min(1).max(500) })).returns<CaseJurisdiction>(),
  'fee:calculate': operation(z.object({
    amount,
    procedure: z.enum(procedures).default('ordinary'),
    closedBy: z.enum(closings).default('judgment'),
    preservationAmount: amount.optional(),
    enforcementAmount: amount.optional(),
  })).returns<FeeReport>(),
  'procedure:calculate': operation(z.object({
    province: z.string().trim().min(1).max(20), amount, date,
    whereaboutsUnknown: z.boolean().default(false), consent: z.boolean().default(false),
  })).returns<ProcedureChoice & { provinceCode: string }>(),
  'threshold:list': operation(z.object({}).strict()).returns<SmallClaimsThreshold[]>(),
  'threshold:save': operation(z.object({ id: z.string().max(40).optional(), values: thresholdInput })).returns<SmallClaimsThreshold>(),
  'threshold:delete': operation(z.object({ id: z.string().min(1).max(40) })).returns<{ deleted: true }>(),
} as const;

import { z } from 'zod';
import { operation } from '../operation';
import type { Bilingual } from '../bilingual';
import type { ReadinessReport, ReadinessSummary } from './readiness-model';
import type { FindingKind } from './rule-set';

/** A rule as the overview's filter lists it: its id, kind, severity and title from the rule file. */
export type RuleSummary = { id: string; kind: FindingKind; severity: 'blocker' | 'warning'; title: Bilingual };

const id = z.number().int().positive();

/** The largest evidence file limit a user can set (megabytes): a file larger than this is refused before it is read. */
export const maxEvidenceFileMegabytes = 200;

/** Settings of the evidence store and the contact screen. */
export const readinessSettingsInput = z.object({
  /** Files larger than this are refused (megabytes). */
  maxFileMegabytes: z.number().int().min(1).max(maxEvidenceFileMegabytes),
  /** Most call attempts a day to one contact before C5 flags them (CBA guideline: 6). */
  dailyContactLimit: z.number().int().min(1).max(50),
});
export type ReadinessSettings = z.infer<typeof readinessSettingsInput>;

/** Operations on readiness to file (the completeness engine) and its settings. */
export const readinessOperations = {
  'readiness:check': operation(z.object({ caseId: id })).returns<ReadinessReport>(),
  'readiness:rules': operation(z.object({}).strict()).returns<RuleSummary[]>(),
  'readiness:list': operation(z.object({
    query: z.string().max(100).default(''),
    onlyNotReady: z.boolean().default(false),
    ruleId: z.string().max(60).default(''),
  })).returns<ReadinessSummary[]>(),
  'readiness:get-settings': operation(z.object({}).strict()).returns<ReadinessSettings>(),
  'readiness:save-settings': operation(z.object({ settings: readinessSettingsInput })).returns<ReadinessSettings>(),
} as const;

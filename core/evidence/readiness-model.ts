import type { Bilingual } from '../bilingual';
import type { ClaimBreakdown } from '../claim/claim-breakdown';
import type { LimitationResult, LimitationSummary } from '../claim/limitation';
import type { Fen } from '../money/fen';
import type { ContactFlag } from './contact-flags';
import type { ContactRecord } from './contact-model';
import type { EvidenceItem } from './evidence-model';
import type { AddressedCourtFacts } from '../court/addressed-court';
import type { FindingKind, FixPlace } from './rule-set';

/** Everything the rules look at for one case, gathered by the service. */
export type ReadinessFacts = {
  caseId: number;
  filingDate: string;
  defendant: { name: string; residentId: string };
  claim: { asOfDate: string; principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen };
  hasAgent: boolean;
  /** The complaint takes its claim figures from the breakdown (card terms), so they reconcile by construction. */
  claimFromBreakdown: boolean;
  evidence: EvidenceItem[];
  ledgerEntryCount: number;
  /** The claim computed from the ledger as of the case's claim date; null without a ledger. */
  breakdown: ClaimBreakdown | null;
  limitation: LimitationResult;
  contacts: { record: ContactRecord; flags: ContactFlag[] }[];
  /** The court the documents address, the advisor's candidates and any recorded override. */
  court: AddressedCourtFacts;
  /** The complaint's fact items neither the records nor the entered inputs answer (core/documents/complaint-answers.ts); absent when not gathered. */
  complaintItems?: { item: Bilingual; wanted: Bilingual }[];
};

/** Where a finding links to: a tab, and optionally a field, an evidence kind or an item. */
export type FindingTarget = { place: FixPlace; field?: string; evidenceKind?: string; itemId?: number };

/** One failed rule (or one failing part of it). */
export type Finding = {
  ruleId: string;
  kind: FindingKind;
  severity: 'blocker' | 'warning';
  title: Bilingual;
  message: Bilingual;
  basis: Bilingual;
  fix: Bilingual;
  target: FindingTarget;
};

/** The result for one case. */
export type ReadinessReport = {
  caseId: number;
  caseType: string;
  ruleSetVersion: string;
  ready: boolean;
  blockers: number;
  warnings: number;
  findings: Finding[];
  /** The findings by kind, in the order a lawyer reads them: filing conditions, filing materials, merits risks. */
  groups: FindingGroup[];
  passed: { ruleId: string; title: Bilingual }[];
  /** The limitation period's last day and the event it rests on, as every other place shows it. */
  limitation: LimitationSummary | null;
};

/** The findings of one kind, with their own count of blockers. */
export type FindingGroup = { kind: FindingKind; blockers: number; warnings: number; findings: Finding[] };

/** One row of the readiness overview of many cases. */
export type ReadinessSummary = {
  caseId: number;
  defendantName: string;
  ready: boolean;
  blockers: number;
  warnings: number;
  findingRuleIds: string[];
  /** The failing rules' titles, blockers first, for the overview (users see titles, never ids). */
  findingTitles: Bilingual[];
};

/**
 * What a case's own records contribute to its filings: the evidence items in the list (in the order of
 * domain.md §8, excluded items and the power of attorney left out) with pages and SHA-256, and — when the card terms ask for it —
 * the claim figures from the computed breakdown, its itemised details and its wording for interest that
 * keeps running until payment. document-filing-data.ts passes this on as the filing's sources.
 */
import { claimedFen } from '../../core/claim/claim-breakdown';
import type { ComplaintSources } from '../../core/documents/complaint-data';
import { evidenceKinds } from '../../core/evidence/evidence-kinds';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createLedgerRepository } from '../db/ledger-repository';
import { createCaseFacts } from './readiness-facts';
import type { ServiceContext } from './service-context';

/** One evidence line for the complaint and the evidence list. */
export type CaseEvidenceLine = { name: string; source: string; proves: string; pages: number | null; sha256: string };

/** The claim as the filings print it. */
export type CaseClaimFacts = {
  asOfDate: string; principalFen: number; interestFen: number; penaltyFen: number; feesFen: number; details: string; repaidOverdueFen: null;
};

/** The evidence lines, the breakdown's claim (when chosen), and the complaint's view of both. */
export function caseFilingSources(context: ServiceContext, caseId: number): { evidence: CaseEvidenceLine[] | null; claim: CaseClaimFacts | null; complaint: ComplaintSources } {
  const facts = createCaseFacts(context);
  const order = (kind: string) => evidenceKinds.indexOf(kind as (typeof evidenceKinds)[number]);
  const lines = createEvidenceRepository(context.db).listForCase(caseId)
    // A power of attorney is filed with the complaint as the agent's authority (CPL 62), not offered as evidence.
    .filter((item) => !item.excluded && item.kind !== 'power-of-attorney')
    .sort((a, b) => order(a.kind) - order(b.kind) || a.id - b.id)
    .map((item) => ({ name: item.title, source: item.source, proves: item.proves, pages: item.pageCount, sha256: item.sha256 }));
  const evidence = lines.length > 0 ? lines : null;
  const terms = facts.terms.get(caseId);
  if (!terms.useBreakdownInComplaint || createLedgerRepository(context.db).count(caseId) === 0) {
    return { evidence, claim: null, complaint: { evidence } };
  }
  const breakdown = facts.breakdown(caseId);
  const figures = {
    asOfDate: breakdown.asOf,
    principalFen: claimedFen(breakdown, 'principal'), interestFen: claimedFen(breakdown, 'interest'),
    penaltyFen: claimedFen(breakdown, 'penalty'), feesFen: claimedFen(breakdown, 'fees'),
  };
  return {
    evidence,
    claim: { ...figures, details: breakdown.lines.filter((l) => l.claimedFen > 0).map((l) => `${l.label.zh}：${l.formula.zh}`).join('；'), repaidOverdueFen: null },
    complaint: { evidence, claim: { ...figures, runningInterest: breakdown.runningInterest.zh } },
  };
}

/**
 * The court a filing is addressed to, why it is competent, and what filing there costs — taken from the
 * court module (issue 4), never worked out again here: the reason is the chosen court's stored grounds
 * (domain.md §1.8), the procedure is the advisor's (domain.md §2.5) and every fee comes from
 * core/court/fee-calculator.ts (《诉讼费用交纳办法》, domain.md §3).
 */
import type { CourtChoice } from '../court/court-operations';
import { acceptanceFee } from '../court/fee-calculator';
import type { Closing, Procedure } from '../court/fee-calculator';
import { groundCodes } from '../court/jurisdiction-findings';
import type { Fen } from '../money/fen';
import type { SettlementEnding } from './document-inputs';

/** The court chosen for the case and why, as the court module decides it (core/court). */
export type CourtFacts = {
  name: string;
  /** The ground of jurisdiction, e.g. 被告户籍所在地即住所地……（《民事诉讼法》第二十二条）. */
  reason: string;
  procedure: Procedure | null;
  /** The acceptance fee payable on filing; null = computed here from the procedure on the filing's claim. */
  acceptanceFeeFen: Fen | null;
};

/**
 * The grounds of a chosen court as a filing states them, each with its citation. Empty when the court
 * was chosen by hand, or when the case's court has since been changed to another (the grounds were
 * given for the court chosen, not for the one now named).
 */
export function chosenCourtReason(chosen: CourtChoice | null, caseCourtName: string): string {
  if (!chosen || chosen.courtName !== caseCourtName) return '';
  return chosen.reasons
    .filter((finding) => groundCodes.includes(finding.code))
    .map((finding) => `${finding.text.zh}（${finding.citation.zh}）`)
    .join('；');
}

/** The court section of the filing: the fee priced on the claim the filing states (Interp 201), for the procedure. */
export function filingCourt(facts: CourtFacts | null, caseCourtName: string, claimTotalFen: Fen): CourtFacts {
  const procedure = facts?.procedure ?? null;
  return {
    name: facts?.name ?? caseCourtName,
    reason: facts?.reason ?? '',
    procedure,
    acceptanceFeeFen: facts?.acceptanceFeeFen ?? (procedure ? acceptanceFee(claimTotalFen, procedure).payableFen : null),
  };
}

/**
 * The acceptance fee when the suit ends as a settlement says: halved for mediation or withdrawal (Fee
 * Measures art. 15), never twice with the simplified-procedure halving (Interp 206). Null where the fee
 * is not this agreement's to state — no known procedure, or an ending that is not (or not yet) a mediation or a withdrawal.
 */
export function settledAcceptanceFee(procedure: Procedure | null, claimTotalFen: Fen, ending: SettlementEnding | null): Fen | null {
  const closedBy: Closing | null = ending === 'mediation' ? 'mediation' : ending === 'withdrawal' ? 'withdrawal' : null;
  if (!procedure || !closedBy) return null;
  return acceptanceFee(claimTotalFen, procedure, closedBy).payableFen;
}

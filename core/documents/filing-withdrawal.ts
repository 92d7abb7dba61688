/**
 * The withdrawal application's data (CPL 148): why the plaintiff withdraws and what the withdrawal costs it.
 * A case closed on the plaintiff's withdrawal pays half the acceptance fee (《诉讼费用交纳办法》第十五条), and
 * that half is borne by the plaintiff who withdraws (第三十四条, which has no exception for an agreement; what
 * the parties agree between themselves is the settlement's business, not the court's fee). The figures come
 * from the one fee calculator (core/court/fee-calculator.ts), priced on the claim the complaint states.
 */
import { acceptanceFee } from '../court/fee-calculator';
import type { Procedure } from '../court/fee-calculator';
import type { Fen } from '../money/fen';
import type { DocumentInputsParsed } from './document-inputs';

/** The withdrawal application's data. */
export type WithdrawalFacts = {
  reason: 'settled' | 'paid' | 'other';
  details: string;
  /** The acceptance fee on the schedule for the claim (art. 13). */
  acceptanceFeeFen: Fen;
  /** Half of it, what the withdrawing plaintiff bears (arts. 15, 34). */
  withdrawalFeeFen: Fen;
};

/**
 * Builds the withdrawal's facts. The fee is halved once whatever the procedure (Interp 206), so a case heard
 * under the simplified procedure and then withdrawn also pays half: the procedure does not change the figure.
 */
export function withdrawalFacts(input: DocumentInputsParsed['withdrawal'], claimTotalFen: Fen, procedure: Procedure | null): WithdrawalFacts {
  const fee = acceptanceFee(claimTotalFen, procedure ?? 'ordinary', 'withdrawal');
  return { reason: input?.reason ?? 'settled', details: input?.details ?? '', acceptanceFeeFen: fee.fullFen, withdrawalFeeFen: fee.payableFen };
}

/**
 * Recovery: what came back on a case (the debtor's own payments and distributions of enforcement money
 * from the court) and what the bank paid out to get it (court fees, lawyer's fees, announcements), set
 * against the amount claimed. Amounts are integer fen; the rate is in basis points so no float shows.
 */
import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { addFen } from '../money/fen';
import type { Fen } from '../money/fen';

/** Money in (payment, distribution) or out (cost). */
export const recoveryKinds = ['payment', 'distribution', 'cost'] as const;
export type RecoveryKind = (typeof recoveryKinds)[number];

/** What a cost was for (GLOSSARY: acceptanceFee, preservationFee, enforcementFee). */
export const costKinds = ['acceptance-fee', 'preservation-fee', 'enforcement-fee', 'announcement-fee', 'lawyer-fee', 'other'] as const;
export type CostKind = (typeof costKinds)[number];

/** Labels of the entry kinds. */
export const recoveryKindLabels: Record<RecoveryKind, Bilingual> = {
  payment: { zh: '被告还款', en: 'Payment by the debtor' },
  distribution: { zh: '执行款发放', en: 'Enforcement distribution' },
  cost: { zh: '费用支出', en: 'Cost paid' },
};

/** Labels of the cost kinds. */
export const costKindLabels: Record<CostKind, Bilingual> = {
  'acceptance-fee': { zh: '案件受理费', en: 'Acceptance fee' },
  'preservation-fee': { zh: '保全费', en: 'Preservation fee' },
  'enforcement-fee': { zh: '申请执行费', en: 'Enforcement fee' },
  'announcement-fee': { zh: '公告费', en: 'Announcement fee' },
  'lawyer-fee': { zh: '律师费', en: "Lawyer's fee" },
  other: { zh: '其他费用', en: 'Other cost' },
};

/** A recovery entry as entered (amount as yuan text). */
export const recoveryInput = z.object({
  kind: z.enum(recoveryKinds),
  date: z.string().trim().max(10),
  amount: z.string().trim().max(24),
  costKind: z.enum(costKinds).optional(),
  /** The settlement plan a payment is credited to. */
  planId: z.number().int().positive().nullable().default(null),
  note: z.string().trim().max(2000).default(''),
});
export type RecoveryInput = z.input<typeof recoveryInput>;
export type RecoveryInputParsed = z.output<typeof recoveryInput>;

/** A stored entry. */
export type RecoveryEntry = {
  id: number;
  caseId: number;
  kind: RecoveryKind;
  date: string;
  amountFen: Fen;
  costKind: CostKind | null;
  planId: number | null;
  note: string;
  createdAt: string;
};

/** A case's money position. */
export type RecoverySummary = {
  claimedFen: Fen;
  /** The amount the judgment or mediation document awarded, when recorded; the target of "recovered in full". */
  awardedFen: Fen | null;
  paymentsFen: Fen;
  distributionsFen: Fen;
  recoveredFen: Fen;
  costsFen: Fen;
  netFen: Fen;
  /** What is still owed: the awarded amount (or the claim) less what came back, never below 0. */
  outstandingFen: Fen;
  /** recovered ÷ (awarded or claimed), in basis points (10000 = 100 %). */
  recoveryRateBp: number;
};

/** Sums a case's entries. */
export function recoverySummary(claimedFen: Fen, awardedFen: Fen | null, entries: readonly Pick<RecoveryEntry, 'kind' | 'amountFen'>[]): RecoverySummary {
  const sum = (kind: RecoveryKind) => addFen(0, ...entries.filter((e) => e.kind === kind).map((e) => e.amountFen));
  const paymentsFen = sum('payment');
  const distributionsFen = sum('distribution');
  const costsFen = sum('cost');
  const recoveredFen = addFen(paymentsFen, distributionsFen);
  const target = awardedFen ?? claimedFen;
  return {
    claimedFen, awardedFen, paymentsFen, distributionsFen, recoveredFen, costsFen,
    netFen: recoveredFen - costsFen,
    outstandingFen: Math.max(0, target - recoveredFen),
    recoveryRateBp: target <= 0 ? 0 : Number((BigInt(recoveredFen) * 10_000n) / BigInt(target)),
  };
}

import { z } from 'zod';
import type { Fen } from '../money/fen';

/**
 * The card's transaction ledger (对账单 / 交易明细, domain.md §8 item 7): dated entries of one of seven
 * types. Amounts are positive integer fen; only an adjustment may be negative (a reversal that lowers
 * the principal).
 */
export const ledgerEntryTypes = ['consumption', 'cash-advance', 'fee', 'interest', 'penalty', 'payment', 'adjustment'] as const;
/** One entry type. */
export type LedgerEntryType = (typeof ledgerEntryTypes)[number];

/** Chinese and English names of the entry types, as the UI and the breakdown print them. */
export const ledgerEntryTypeLabels: Record<LedgerEntryType, { zh: string; en: string }> = {
  consumption: { zh: '消费', en: 'Consumption' },
  'cash-advance': { zh: '取现', en: 'Cash advance' },
  fee: { zh: '手续费/年费', en: 'Fee' },
  interest: { zh: '利息', en: 'Interest' },
  penalty: { zh: '违约金', en: 'Penalty' },
  payment: { zh: '还款', en: 'Payment' },
  adjustment: { zh: '调整', en: 'Adjustment' },
};

/** Where an entry came from: a file import, typed by hand, or a balance entered directly. */
export const ledgerSources = ['import', 'manual', 'balance'] as const;
export type LedgerSource = (typeof ledgerSources)[number];

/** A stored ledger entry. */
export type LedgerEntry = {
  id: number;
  caseId: number;
  date: string;
  type: LedgerEntryType;
  amountFen: Fen;
  description: string;
  source: LedgerSource;
};

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One entry typed by hand: the amount as yuan text, checked and converted by the service. */
export const ledgerEntryInput = z.object({
  date,
  type: z.enum(ledgerEntryTypes),
  amount: z.string().trim().min(1).max(24),
  description: z.string().trim().max(200).default(''),
});
export type LedgerEntryInput = z.input<typeof ledgerEntryInput>;

/** Balances entered directly instead of a transaction detail: the outstanding amounts on one date. */
export const ledgerBalancesInput = z.object({
  date,
  principal: z.string().trim().max(24),
  interest: z.string().trim().max(24),
  penalty: z.string().trim().max(24),
  fees: z.string().trim().max(24),
});
export type LedgerBalancesInput = z.input<typeof ledgerBalancesInput>;

import { z } from 'zod';

/**
 * The card-agreement terms a claim and its limitation rest on (领用合约, domain.md §5 and §4.3):
 * the overdraft interest rate, how payments are allocated, whether to cap charges at 24 % a year,
 * the due date (or instalment plan) the limitation period runs from, and the planned filing date.
 */

/** Payment allocation: CC 561's default (costs, then interest, then principal) or principal first, which the
 * 2011 card measures require once an account is 91 days or more overdue (domain.md §5.1 [S]). */
export const allocationOrders = ['charges-first', 'principal-first'] as const;
export type AllocationOrder = (typeof allocationOrders)[number];

const decimalText = z.string().trim().regex(/^\d{1,3}(\.\d{1,8})?$/, 'a decimal number such as 0.05 or 18.25');
const optionalDate = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/).default('');

/** The terms as a form sends them. Rates are percentages: 0.05 (% per day) or 18.25 (% per year). */
export const cardTermsInput = z.object({
  interestRatePercent: decimalText.default('0.05'),
  rateBasis: z.enum(['daily', 'annual']).default('daily'),
  allocationOrder: z.enum(allocationOrders).default('charges-first'),
  /** Reduce interest + penalty + fees to at most 24 % a year on principal (domain.md §5.2). */
  capAt24: z.boolean().default(false),
  /** Leave out 滞纳金 / 超限费 and interest on penalties or fees charged on or after 2017-01-01 (domain.md §5.1). */
  removeBarredCharges: z.boolean().default(true),
  /** Interest after the ledger runs from the day after this date; empty: the day after the last interest entry. */
  interestBookedThrough: optionalDate,
  /** The due date (到期还款日) the claim rests on. */
  dueDate: optionalDate,
  /** The last instalment's due date when the debt is an instalment plan (CC 189). */
  lastInstallmentDate: optionalDate,
  /** The date the bank called the whole balance due (加速到期), if it did. */
  accelerationDate: optionalDate,
  plannedFilingDate: optionalDate,
  /** Whether the complaint's claim figures come from the computed breakdown rather than the intake form. */
  useBreakdownInComplaint: z.boolean().default(false),
});
export type CardTermsInput = z.input<typeof cardTermsInput>;
/** Stored terms of one case. */
export type CardTerms = z.output<typeof cardTermsInput>;

/** The terms a case has before anyone edits them: the common 0.05 % a day (万分之五), charges first, no cap. */
export const defaultCardTerms: CardTerms = cardTermsInput.parse({});

/**
 * The settlement agreement's facts (domain.md §7.4): the debt the debtor acknowledges as of a date (which
 * also interrupts limitation, 诉讼时效规定 art. 14), any conditional waiver, the down payment, the instalment
 * schedule, the acceleration trigger, who bears the court fees and how the suit ends.
 *
 * The schedule is even: every instalment is the amount divided by the count in whole fen, the last one
 * taking the remainder, due on the corresponding day of each later month (CC 202: 31 Jan → 28/29 Feb).
 * Once the tracking module's stored plans exist (core/tracking/settlement-plan.ts), a stored plan is turned
 * into a SettlementInput (total, count, first due date, grace days) and goes through the same function.
 */
import { addMonths } from '../calendar/date-arithmetic';
import type { Fen } from '../money/fen';
import type { FeeBearer, SettlementEnding, SettlementInput } from './document-inputs';
import type { InputChecker } from './filing-inputs';

/** One instalment with what remains owing after it is paid. */
export type ScheduledInstalment = { seq: number; dueDate: string; amountFen: Fen; remainingFen: Fen };

/** The settlement agreement's data. */
export type SettlementFacts = {
  agreedDate: string;
  confirmedAsOf: string;
  confirmedTotalFen: Fen;
  /** The claim's components when the confirmed total is the claim total; null when a different sum was agreed. */
  confirmedBreakdown: { principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen } | null;
  waivedFen: Fen;
  settledTotalFen: Fen;
  downPaymentFen: Fen;
  downPaymentDate: string;
  instalmentTotalFen: Fen;
  instalmentCount: number;
  schedule: ScheduledInstalment[];
  firstDueDate: string;
  lastDueDate: string;
  graceDays: number;
  acceptanceFeeFen: Fen | null;
  acceptanceFeeBearer: FeeBearer;
  preservationFeeBearer: FeeBearer;
  ending: SettlementEnding;
  withdrawalWithinDays: number;
  repaymentAccount: string;
  signingPlace: string;
};

/** The claim as the settlement sees it. */
export type SettlementClaim = { asOfDate: string; principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen; totalFen: Fen };

/** An even schedule of `count` instalments totalling `totalFen`, from `firstDueDate` monthly. */
export function evenSchedule(totalFen: Fen, count: number, firstDueDate: string): ScheduledInstalment[] {
  const base = Math.floor(totalFen / count);
  const remainder = totalFen - base * count;
  let remaining = totalFen;
  return Array.from({ length: count }, (_, i) => {
    const amountFen = i === count - 1 ? base + remainder : base;
    remaining -= amountFen;
    return { seq: i + 1, dueDate: addMonths(firstDueDate, i), amountFen, remainingFen: remaining };
  });
}

/** Builds the settlement facts from the entered plan, reporting problems to `check`. */
export function settlementFacts(input: SettlementInput, claim: SettlementClaim, agreedDate: string, check: InputChecker): SettlementFacts {
  const at = (field: string) => `settlement.${field}`;
  const confirmedAsOf = check.date(input.confirmedAsOf ?? '', at('confirmedAsOf'), claim.asOfDate);
  const confirmedTotalFen = check.amount(input.confirmedTotal ?? '', at('confirmedTotal'), claim.totalFen);
  const waivedFen = check.amount(input.waived ?? '0', at('waived'), 0);
  const downPaymentFen = check.amount(input.downPayment ?? '0', at('downPayment'), 0);
  const downPaymentDate = check.date(input.downPaymentDate ?? '', at('downPaymentDate'), downPaymentFen > 0 ? null : '');
  const firstDueDate = check.date(input.firstDueDate, at('firstDueDate'), null);
  const acceptanceFee = (input.acceptanceFee ?? '').trim();
  const acceptanceFeeFen = acceptanceFee === '' ? null : check.amount(acceptanceFee, at('acceptanceFee'), null);
  const count = input.instalments;

  const settledTotalFen = confirmedTotalFen - waivedFen;
  const instalmentTotalFen = settledTotalFen - downPaymentFen;
  if (confirmedTotalFen <= 0) check.problem(at('confirmedTotal'), { zh: '确认的欠款金额必须大于 0', en: 'The confirmed debt must be more than 0' });
  if (waivedFen >= confirmedTotalFen && confirmedTotalFen > 0) {
    check.problem(at('waived'), { zh: '减免金额必须小于确认的欠款金额', en: 'The waiver must be less than the confirmed debt' });
  } else if (instalmentTotalFen < count) {
    check.problem(at('downPayment'), {
      zh: '首付款过大：扣除首付款后的余额不足以分为所填期数',
      en: 'The down payment is too large: what remains cannot be split into that many instalments',
    });
  }
  if (downPaymentDate !== '' && firstDueDate !== '' && downPaymentDate > firstDueDate) {
    check.problem(at('downPaymentDate'), { zh: '首付款日期应不晚于第一期还款日', en: 'The down payment is due no later than the first instalment' });
  }
  if (firstDueDate !== '' && firstDueDate < agreedDate) {
    check.problem(at('firstDueDate'), { zh: `第一期还款日不能早于协议签订日（${agreedDate}）`, en: `The first instalment cannot fall before the agreement date (${agreedDate})` });
  }
  const asClaimed = (input.confirmedTotal ?? '').trim() === '' && confirmedAsOf === claim.asOfDate;
  const schedule = firstDueDate !== '' && instalmentTotalFen >= count ? evenSchedule(instalmentTotalFen, count, firstDueDate) : [];
  return {
    agreedDate,
    confirmedAsOf,
    confirmedTotalFen,
    confirmedBreakdown: asClaimed
      ? { principalFen: claim.principalFen, interestFen: claim.interestFen, penaltyFen: claim.penaltyFen, feesFen: claim.feesFen }
      : null,
    waivedFen,
    settledTotalFen,
    downPaymentFen,
    downPaymentDate,
    instalmentTotalFen,
    instalmentCount: count,
    schedule,
    firstDueDate,
    lastDueDate: schedule.at(-1)?.dueDate ?? '',
    graceDays: input.graceDays ?? 0,
    acceptanceFeeFen,
    acceptanceFeeBearer: input.acceptanceFeeBearer ?? 'defendant',
    preservationFeeBearer: input.preservationFeeBearer ?? 'defendant',
    ending: input.ending ?? 'mediation',
    withdrawalWithinDays: input.withdrawalWithinDays ?? 7,
    repaymentAccount: input.repaymentAccount ?? '',
    signingPlace: input.signingPlace ?? '',
  };
}

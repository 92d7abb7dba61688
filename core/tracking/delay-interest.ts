/**
 * 迟延履行期间的债务利息（加倍部分）— interest for delayed performance under CPL 264 and 法释〔2014〕8号
 * (domain.md §6.3):
 * - art. 1: doubled part = unpaid money debt fixed by the document (excluding ordinary interest)
 *   × 1.75‱ a day × days of delay;
 * - art. 2: it runs from the day after the performance period expires;
 * - art. 3: it stops on the day of full payment; for partial payments each part stops on its payment date;
 * - art. 4: a payment goes to the judgment debt first, then to the doubled interest.
 * Day count (domain.md §6.3): days = payment date − last day of performance (that day not counted, the
 * payment day counted). The debt between two payments is one segment; its interest is computed with
 * decimal.js and rounded to the fen once, half up, by core/money/round-fen.ts, so the total is the sum of
 * the amounts shown. The enforcement application (core/documents/filing-enforcement.ts) prints this result.
 */
import { daysBetween } from '../calendar/date-arithmetic';
import { parseCalendarDate } from '../calendar/chinese-date';
import { DossierError } from '../errors';
import { addFen, assertFen } from '../money/fen';
import type { Fen } from '../money/fen';
import { Dec, roundToFen } from '../money/round-fen';

/** The daily rate of the doubled part: 万分之一点七五 (法释〔2014〕8号 art. 1). */
export const delayInterestDailyRate = '0.000175';

/** One stretch of time over which the unpaid debt did not change. */
export type DelaySegment = {
  /** The day before the segment's first day (the last day of performance, or a payment day). */
  from: string;
  /** The segment's last day (a payment day or the computation date). */
  to: string;
  days: number;
  /** The unpaid judgment debt during the segment. */
  baseFen: Fen;
  interestFen: Fen;
  /** The payment that ended the segment, if any. */
  paymentFen: Fen | null;
};

/** The result of a delayed-performance interest computation. */
export type DelayInterest = {
  lastPerformanceDay: string;
  toDate: string;
  baseFen: Fen;
  dailyRate: string;
  segments: DelaySegment[];
  /** Payments made on or before the last day of performance: they reduce the debt before any delay. */
  paidInTimeFen: Fen;
  totalInterestFen: Fen;
  /** The part of payments beyond the judgment debt, applied to the doubled interest (art. 4). */
  interestPaidFen: Fen;
  interestOutstandingFen: Fen;
  debtOutstandingFen: Fen;
};

/** Interest on `baseFen` for `days` days at the statutory rate, rounded once. */
export function segmentInterest(baseFen: Fen, days: number): Fen {
  return roundToFen(new Dec(baseFen).times(delayInterestDailyRate).times(days));
}

/**
 * Computes the doubled interest from the day after `lastPerformanceDay` up to `toDate` (or full payment),
 * crediting each payment to the debt first. Payments after `toDate` are ignored.
 */
export function delayInterest(baseFen: Fen, lastPerformanceDay: string, payments: readonly { date: string; amountFen: Fen }[], toDate: string): DelayInterest {
  assertFen(baseFen);
  parseCalendarDate(lastPerformanceDay, 'lastPerformanceDay');
  parseCalendarDate(toDate, 'toDate');
  if (toDate < lastPerformanceDay) {
    throw new DossierError('invalid-input', {
      zh: `计算截止日 ${toDate} 早于履行期限最后一日 ${lastPerformanceDay}`,
      en: `The computation date ${toDate} is before the last day of performance ${lastPerformanceDay}`,
    }, { field: 'toDate' });
  }
  payments.forEach((p, i) => {
    parseCalendarDate(p.date, `payments.${i}.date`);
    if (assertFen(p.amountFen) <= 0) {
      throw new DossierError('invalid-input', { zh: '还款金额必须大于 0', en: 'A payment must be more than 0' }, { field: `payments.${i}.amount` });
    }
  });
  const sorted = payments.filter((p) => p.date <= toDate).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let outstanding = baseFen;
  let cursor = lastPerformanceDay;
  let paidInTimeFen = 0;
  let excess = 0;
  const segments: DelaySegment[] = [];
  for (const payment of sorted) {
    if (payment.date <= lastPerformanceDay) {
      const toDebt = Math.min(payment.amountFen, outstanding);
      outstanding -= toDebt;
      paidInTimeFen = addFen(paidInTimeFen, toDebt);
      excess = addFen(excess, payment.amountFen - toDebt);
      continue;
    }
    if (outstanding > 0) {
      const days = daysBetween(cursor, payment.date);
      segments.push({ from: cursor, to: payment.date, days, baseFen: outstanding, interestFen: segmentInterest(outstanding, days), paymentFen: payment.amountFen });
      cursor = payment.date;
    }
    const toDebt = Math.min(payment.amountFen, outstanding);
    outstanding -= toDebt;
    excess = addFen(excess, payment.amountFen - toDebt);
  }
  if (outstanding > 0 && toDate > cursor) {
    const days = daysBetween(cursor, toDate);
    segments.push({ from: cursor, to: toDate, days, baseFen: outstanding, interestFen: segmentInterest(outstanding, days), paymentFen: null });
  }
  const totalInterestFen = addFen(0, ...segments.map((s) => s.interestFen));
  const interestPaidFen = Math.min(excess, totalInterestFen);
  return {
    lastPerformanceDay, toDate, baseFen, dailyRate: delayInterestDailyRate, segments, paidInTimeFen,
    totalInterestFen, interestPaidFen, interestOutstandingFen: totalInterestFen - interestPaidFen, debtOutstandingFen: outstanding,
  };
}

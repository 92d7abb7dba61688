/**
 * The enforcement application's facts (domain.md §7.3): the effective document enforced, what it awarded,
 * what has been paid, the interest for delayed performance computed to a date, and the property leads.
 *
 * Delayed-performance interest (迟延履行期间的债务利息, CPL 264; 法释〔2014〕8号, domain.md §6.3): the doubled
 * part is the unpaid money debt fixed by the document, excluding ordinary interest (art. 1) — or the
 * principal alone when the user so chooses, the base being an open question [U] — × 1.75‱ a day, from the
 * day after the last day of performance (art. 2) to the computation date; each payment stops the interest
 * on the part it pays on its payment date (art. 3) and goes to the debt first (art. 4). Days = end date −
 * last performance day. Each segment's interest is rounded to the fen once, half up (decimal.js).
 * The tracking module computes the same figure from recorded payments (core/tracking/delay-interest.ts);
 * once it is in place its result should feed `delayInterest` here instead of this computation.
 */
import Decimal from 'decimal.js';
import { addDays, daysBetween } from '../calendar/date-arithmetic';
import type { Fen } from '../money/fen';
import type { BasisDocumentType, DelayInterestBase, EnforcementInput, PropertyClueKind } from './document-inputs';
import type { InputChecker } from './filing-inputs';

/** 万分之一点七五 a day (法释〔2014〕8号 art. 1). */
export const DELAY_DAILY_RATE = '0.000175';

/** A stretch over which the unpaid debt did not change. */
export type DelaySegment = { from: string; to: string; days: number; baseFen: Fen; interestFen: Fen };

/** The doubled interest to a date. */
export type DelayInterestFacts = {
  base: DelayInterestBase;
  baseFen: Fen;
  startDate: string;
  toDate: string;
  segments: DelaySegment[];
  totalFen: Fen;
};

/** A property lead as printed. */
export type PropertyClueFacts = { kind: PropertyClueKind; kindLabel: string; description: string };

/** The words for each kind of property lead. */
export const propertyClueLabels: Record<PropertyClueKind, string> = {
  'bank-account': '银行存款', 'real-estate': '不动产', vehicle: '车辆', 'employer-income': '工资等收入',
  receivable: '到期债权', securities: '股票、基金等金融资产', other: '其他财产',
};

/** Keeps the leads that say something and labels their kind. */
export function propertyClueFacts(clues: readonly { kind: PropertyClueKind; description: string }[]): PropertyClueFacts[] {
  return clues.filter((c) => c.description.trim() !== '').map((c) => ({ kind: c.kind, kindLabel: propertyClueLabels[c.kind], description: c.description }));
}

/** The title of each kind of effective document. */
export const basisDocumentLabels: Record<BasisDocumentType, string> = { judgment: '民事判决书', mediation: '民事调解书', ruling: '民事裁定书' };

/** The enforcement application's data. */
export type EnforcementFacts = {
  basis: { documentType: BasisDocumentType; documentLabel: string; court: string; caseNumber: string; effectiveDate: string; lastPerformanceDay: string };
  awarded: { principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen; litigationCostsFen: Fen; totalFen: Fen };
  continuingInterest: string;
  payments: { date: string; amountFen: Fen }[];
  paidFen: Fen;
  outstandingFen: Fen;
  delayInterest: DelayInterestFacts;
  /** Outstanding debt plus the doubled interest: the sum applied for. */
  requestedFen: Fen;
  propertyClues: PropertyClueFacts[];
  measures: { freeze: boolean; restrictConsumption: boolean; dishonestList: boolean };
  enforcementCourt: string;
};

/** Interest on `baseFen` for `days` days at the statutory rate: the one rounding of this computation, half up. */
export function delaySegmentInterest(baseFen: Fen, days: number): Fen {
  return new Decimal(baseFen).times(DELAY_DAILY_RATE).times(days).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Segments of doubled interest from the day after `lastDay` to `toDate`, payments credited to the base first. */
export function delaySegments(baseFen: Fen, lastDay: string, payments: readonly { date: string; amountFen: Fen }[], toDate: string): DelaySegment[] {
  const sorted = [...payments].filter((p) => p.date <= toDate).sort((a, b) => a.date.localeCompare(b.date));
  let outstanding = baseFen;
  let cursor = lastDay;
  const segments: DelaySegment[] = [];
  for (const payment of sorted) {
    if (payment.date > cursor && outstanding > 0) {
      const days = daysBetween(cursor, payment.date);
      segments.push({ from: cursor, to: payment.date, days, baseFen: outstanding, interestFen: delaySegmentInterest(outstanding, days) });
      cursor = payment.date;
    }
    outstanding = Math.max(0, outstanding - payment.amountFen);
  }
  if (outstanding > 0 && toDate > cursor) {
    const days = daysBetween(cursor, toDate);
    segments.push({ from: cursor, to: toDate, days, baseFen: outstanding, interestFen: delaySegmentInterest(outstanding, days) });
  }
  return segments;
}

/** Builds the enforcement facts from the entered basis, award and payments, reporting problems to `check`. */
export function enforcementFacts(input: EnforcementInput, defaults: { court: string; filingDate: string }, check: InputChecker): EnforcementFacts {
  const at = (field: string) => `enforcement.${field}`;
  const effectiveDate = check.date(input.basis.effectiveDate, at('basis.effectiveDate'), null);
  const lastPerformanceDay = check.date(input.basis.lastPerformanceDay, at('basis.lastPerformanceDay'), null);
  const toDate = check.date(input.interestToDate ?? '', at('interestToDate'), defaults.filingDate);
  const principalFen = check.amount(input.awarded.principal, at('awarded.principal'), null);
  const interestFen = check.amount(input.awarded.interest ?? '0', at('awarded.interest'), 0);
  const penaltyFen = check.amount(input.awarded.penalty ?? '0', at('awarded.penalty'), 0);
  const feesFen = check.amount(input.awarded.fees ?? '0', at('awarded.fees'), 0);
  const litigationCostsFen = check.amount(input.awarded.litigationCosts ?? '0', at('awarded.litigationCosts'), 0);
  const payments = (input.payments ?? []).map((p, i) => ({
    date: check.date(p.date, at(`payments.${i}.date`), null),
    amountFen: check.amount(p.amount, at(`payments.${i}.amount`), null),
  }));
  if (input.basis.caseNumber.trim() === '') check.problem(at('basis.caseNumber'), { zh: '此项为必填项', en: 'This field is required' });
  if (effectiveDate !== '' && lastPerformanceDay !== '' && lastPerformanceDay < effectiveDate) {
    check.problem(at('basis.lastPerformanceDay'), { zh: '履行期限最后一日不能早于生效日期', en: 'The last day of performance cannot precede the effective date' });
  }
  if (lastPerformanceDay !== '' && toDate !== '' && toDate < lastPerformanceDay) {
    check.problem(at('interestToDate'), { zh: '利息计算截止日不能早于履行期限最后一日', en: 'Interest cannot be computed to a date before the last day of performance' });
  }
  payments.forEach((p, i) => {
    if (p.amountFen <= 0) check.problem(at(`payments.${i}.amount`), { zh: '还款金额必须大于 0', en: 'A payment must be more than 0' });
    if (effectiveDate !== '' && p.date !== '' && p.date < effectiveDate) {
      check.problem(at(`payments.${i}.date`), { zh: '生效日期之前的还款应已在裁判中扣除', en: 'Payments before the effective date belong in the judgment itself' });
    }
  });

  const totalFen = principalFen + interestFen + penaltyFen + feesFen + litigationCostsFen;
  const paidFen = payments.reduce((sum, p) => sum + p.amountFen, 0);
  const outstandingFen = Math.max(0, totalFen - paidFen);
  const base = input.delayInterestBase ?? 'excluding-interest';
  const baseFen = base === 'principal' ? principalFen : totalFen - interestFen;
  const segments = lastPerformanceDay !== '' && toDate >= lastPerformanceDay ? delaySegments(baseFen, lastPerformanceDay, payments, toDate) : [];
  const delayTotal = segments.reduce((sum, s) => sum + s.interestFen, 0);
  const court = input.basis.court?.trim() || defaults.court;
  return {
    basis: { documentType: input.basis.documentType, documentLabel: basisDocumentLabels[input.basis.documentType], court, caseNumber: input.basis.caseNumber, effectiveDate, lastPerformanceDay },
    awarded: { principalFen, interestFen, penaltyFen, feesFen, litigationCostsFen, totalFen },
    continuingInterest: input.continuingInterest ?? '',
    payments,
    paidFen,
    outstandingFen,
    delayInterest: {
      base, baseFen, startDate: lastPerformanceDay === '' ? '' : addDays(lastPerformanceDay, 1), toDate, segments, totalFen: delayTotal,
    },
    requestedFen: outstandingFen + delayTotal,
    propertyClues: propertyClueFacts(input.propertyClues ?? []),
    measures: { freeze: true, restrictConsumption: true, dishonestList: false, ...input.measures },
    enforcementCourt: input.enforcementCourt?.trim() || court,
  };
}

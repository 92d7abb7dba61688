/**
 * The enforcement application's facts (domain.md §7.3): the effective document enforced, what it awarded,
 * what has been paid, the interest for delayed performance computed to a date, and the property leads.
 *
 * The facts come from the tracking records (filing-records.ts) and from what is entered for the document:
 * an entered value wins, and a field left empty takes the recorded one — the case number, the effective
 * date and the last day of performance as tracking derives them, the payments received, the property frozen.
 *
 * Delayed-performance interest (迟延履行期间的债务利息, CPL 264; 法释〔2014〕8号, domain.md §6.3) is the
 * tracking module's computation (core/tracking/delay-interest.ts) — one implementation for the recovery
 * tab, `dossier calc delay-interest` and this document: the doubled part on the unpaid money debt fixed by
 * the document, excluding ordinary interest (art. 1) — or the principal alone when the user so chooses, the
 * base being an open question [U] — × 1.75‱ a day from the day after the last day of performance (art. 2);
 * each payment stops the interest on the part it pays on its payment date (art. 3) and goes to the debt
 * first (art. 4); days = end date − last performance day; each segment rounded to the fen once.
 */
import { addDays } from '../calendar/date-arithmetic';
import type { Fen } from '../money/fen';
import { yuanString } from '../money/fen';
import { civilTypeCodes, normaliseCaseNumber, parseCaseNumber } from '../tracking/case-numbers';
import { delayInterest } from '../tracking/delay-interest';
import type { DelaySegment } from '../tracking/delay-interest';
import type { BasisDocumentType, DelayInterestBase, EnforcementInput, PropertyClueKind } from './document-inputs';
import type { InputChecker } from './filing-inputs';
import type { RecordedEnforcement } from './filing-records';

/** The doubled interest to a date. */
export type DelayInterestFacts = {
  base: DelayInterestBase;
  baseFen: Fen;
  startDate: string;
  toDate: string;
  /** The stretches over which the unpaid debt did not change, as core/tracking computes them. */
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
  /** What the document ordered paid; null while no award is recorded or entered, which stops the application as missing. */
  awarded: { principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen; litigationCostsFen: Fen; totalFen: Fen } | null;
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

/**
 * The recorded facts in the entered shape. The award is the one entered item by item with the judgment or
 * mediation event — what the document ordered, never the complaint's claims, which the court may have cut.
 */
function recordedInput(recorded: RecordedEnforcement): EnforcementInput {
  const award = recorded.award;
  return {
    basis: { documentType: recorded.documentType, caseNumber: recorded.caseNumber, effectiveDate: recorded.effectiveDate, lastPerformanceDay: recorded.lastPerformanceDay },
    awarded: award
      ? { principal: award.principal, interest: award.interest || '0', penalty: award.penalty || '0', fees: award.fees || '0', litigationCosts: award.litigationCosts || '0' }
      : { principal: '' },
    ...(award?.continuingInterest ? { continuingInterest: award.continuingInterest } : {}),
    payments: recorded.payments.map((p) => ({ date: p.date, amount: yuanString(p.amountFen) })),
    propertyClues: recorded.propertyClues,
  };
}

/** The entered facts, each field left empty taking the recorded value; null when there is neither. */
export function enforcementInputWithRecords(entered: EnforcementInput | undefined, recorded: RecordedEnforcement | null): EnforcementInput | null {
  if (!recorded) return entered ?? null;
  const fromRecord = recordedInput(recorded);
  if (!entered) return fromRecord;
  const filled = (text: string | undefined, record: string) => ((text ?? '').trim() === '' ? record : text!);
  const basis = entered.basis;
  return {
    ...entered,
    basis: {
      ...basis,
      // The document's kind goes with its number: a number taken from the record brings the record's kind.
      documentType: basis.caseNumber.trim() === '' ? recorded.documentType : basis.documentType,
      caseNumber: filled(basis.caseNumber, recorded.caseNumber),
      effectiveDate: filled(basis.effectiveDate, recorded.effectiveDate),
      lastPerformanceDay: filled(basis.lastPerformanceDay, recorded.lastPerformanceDay),
    },
    awarded: entered.awarded.principal.trim() === '' ? fromRecord.awarded : entered.awarded,
    continuingInterest: (entered.continuingInterest ?? '').trim() === '' ? fromRecord.continuingInterest : entered.continuingInterest,
    payments: (entered.payments ?? []).length > 0 ? entered.payments : fromRecord.payments,
    propertyClues: (entered.propertyClues ?? []).some((c) => c.description.trim() !== '') ? entered.propertyClues : fromRecord.propertyClues,
  };
}

/** Whether a 案号 is that of a civil case (民初, 民终, 民特 …), the kind of case whose document is enforced (法〔2015〕137号). */
function isCivilCaseNumber(text: string): boolean {
  const parts = parseCaseNumber(text);
  return parts !== null && (civilTypeCodes as readonly string[]).includes(parts.typeCode);
}

/** Builds the enforcement facts from the entered basis, award and payments, reporting problems to `check`. */
export function enforcementFacts(input: EnforcementInput, defaults: { court: string; filingDate: string }, check: InputChecker): EnforcementFacts {
  const at = (field: string) => `enforcement.${field}`;
  const effectiveDate = check.date(input.basis.effectiveDate, at('basis.effectiveDate'), null);
  const lastPerformanceDay = check.date(input.basis.lastPerformanceDay, at('basis.lastPerformanceDay'), null);
  const toDate = check.date(input.interestToDate ?? '', at('interestToDate'), defaults.filingDate);
  // No award yet is a missing fact of the document (the template requires it), not an error in what was entered.
  const awardGiven = input.awarded.principal.trim() !== '';
  const principalFen = awardGiven ? check.amount(input.awarded.principal, at('awarded.principal'), null) : 0;
  const interestFen = check.amount(input.awarded.interest ?? '0', at('awarded.interest'), 0);
  const penaltyFen = check.amount(input.awarded.penalty ?? '0', at('awarded.penalty'), 0);
  const feesFen = check.amount(input.awarded.fees ?? '0', at('awarded.fees'), 0);
  const litigationCostsFen = check.amount(input.awarded.litigationCosts ?? '0', at('awarded.litigationCosts'), 0);
  const payments = (input.payments ?? []).map((p, i) => ({
    date: check.date(p.date, at(`payments.${i}.date`), null),
    amountFen: check.amount(p.amount, at(`payments.${i}.amount`), null),
  }));
  const caseNumber = normaliseCaseNumber(input.basis.caseNumber);
  if (caseNumber === '') check.problem(at('basis.caseNumber'), { zh: '此项为必填项', en: 'This field is required' });
  else if (!isCivilCaseNumber(caseNumber)) {
    check.problem(at('basis.caseNumber'), {
      zh: `执行依据的案号“${caseNumber}”不是民事判决、裁定或调解书的案号，应如（2026）云0111民初1234号`,
      en: `The case number "${caseNumber}" of the document enforced is not that of a civil judgment, ruling or mediation, e.g. （2026）云0111民初1234号`,
    });
  }
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
  // Computed only on facts that passed every check; otherwise `check.finish` reports them and nothing is printed.
  const computable = lastPerformanceDay !== '' && toDate !== '' && toDate >= lastPerformanceDay && baseFen >= 0
    && payments.every((p) => p.date !== '' && p.amountFen > 0);
  const delay = computable ? delayInterest(baseFen, lastPerformanceDay, payments, toDate) : null;
  // A second payment on the same day closes a stretch of no days and no interest: the table leaves it out.
  const segments = delay ? delay.segments.filter((segment) => segment.days > 0) : [];
  const delayTotal = delay?.totalInterestFen ?? 0;
  const court = input.basis.court?.trim() || defaults.court;
  return {
    basis: { documentType: input.basis.documentType, documentLabel: basisDocumentLabels[input.basis.documentType], court, caseNumber, effectiveDate, lastPerformanceDay },
    awarded: awardGiven ? { principalFen, interestFen, penaltyFen, feesFen, litigationCostsFen, totalFen } : null,
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

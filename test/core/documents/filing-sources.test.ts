/**
 * How the filing data takes the other areas' records: the court's grounds and fees (core/court), the stored
 * settlement plan and the recorded judgment, payments and property (core/tracking), and how entered inputs
 * and records combine (an entered value wins; an empty field takes the record).
 */
import { describe, expect, it } from 'vitest';
import type { CourtChoice } from '../../../core/court/court-operations';
import { acceptanceFee } from '../../../core/court/fee-calculator';
import { documentInputs } from '../../../core/documents/document-inputs';
import { buildFilingData } from '../../../core/documents/filing-data';
import type { FilingSources } from '../../../core/documents/filing-data';
import { chosenCourtReason, settledAcceptanceFee } from '../../../core/documents/filing-court';
import { recordedEnforcement } from '../../../core/documents/filing-records';
import type { RecordedEnforcement } from '../../../core/documents/filing-records';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import type { RecoveryEntry } from '../../../core/tracking/recovery';
import { buildSchedule } from '../../../core/tracking/settlement-plan';
import { eventList } from '../../support/tracking-events';
import { thrownDossierError as failure } from '../../support/thrown-error';

const TODAY = '2026-11-28';

/** The sample filing with no entered inputs and the given records. */
function fromRecords(sources: FilingSources, inputs?: unknown) {
  const { inputs: _entered, ...bare } = sampleFilingSource(TODAY);
  return buildFilingData({ ...bare, sources, ...(inputs ? { inputs: documentInputs.parse(inputs) } : {}) });
}

const claimTotal = 2_812_345 + 356_789 + 88_000 + 12_000;

const chosen: CourtChoice = {
  courtId: 'basic-530102', courtName: '昆明市五华区人民法院', bases: ['domicile', 'place-of-performance'], chosenAt: '2026-11-01T10:00:00+08:00', overrideReason: '',
  reasons: [
    { code: 'domicile', text: { zh: '被告户籍所在地即住所地，由被告住所地法院管辖', en: '' }, citation: { zh: '《民事诉讼法》第二十二条；《民诉法解释》第三条', en: '' } },
    { code: 'place-of-performance', text: { zh: '接收货币一方所在地为合同履行地', en: '' }, citation: { zh: '《民事诉讼法》第二十四条', en: '' } },
    { code: 'performance-which-location', text: { zh: '各地法院认定不一，请核实', en: '' }, citation: { zh: '《民诉法解释》第十八条', en: '' } },
  ],
};

describe('the court section', () => {
  it('states the chosen court’s grounds with their citations, not its warnings, and none for another court', () => {
    expect(chosenCourtReason(chosen, '昆明市五华区人民法院')).toBe(
      '被告户籍所在地即住所地，由被告住所地法院管辖（《民事诉讼法》第二十二条；《民诉法解释》第三条）；接收货币一方所在地为合同履行地（《民事诉讼法》第二十四条）',
    );
    // The case's court was changed by hand after the choice: the grounds were given for another court.
    expect(chosenCourtReason(chosen, '昆明市盘龙区人民法院')).toBe('');
    expect(chosenCourtReason({ ...chosen, reasons: [{ code: 'manual-choice', text: { zh: '手动选择', en: '' }, citation: { zh: '法院名录', en: '' } }] }, '昆明市五华区人民法院')).toBe('');
    expect(chosenCourtReason(null, '昆明市五华区人民法院')).toBe('');
  });

  it('prices the acceptance fee with core/court on the claim the filing states, for the procedure', () => {
    const data = fromRecords({ court: { name: '昆明市五华区人民法院', reason: 'x', procedure: 'simplified', acceptanceFeeFen: null } });
    // 32,691.34 → 50 + 22,691.34 × 2.5 % = 617.2835 → 617.28, halved for simplified procedure → 308.64.
    expect(acceptanceFee(claimTotal, 'ordinary').payableFen).toBe(61_728);
    expect(data.court.acceptanceFeeFen).toBe(30_864);
  });

  it('halves the fee once for a settlement ended by mediation or withdrawal, and states none for judicial confirmation', () => {
    expect(settledAcceptanceFee('ordinary', claimTotal, 'mediation')).toBe(30_864);
    expect(settledAcceptanceFee('simplified', claimTotal, 'withdrawal')).toBe(30_864);
    expect(settledAcceptanceFee('simplified', claimTotal, 'judicial-confirmation')).toBeNull();
    expect(settledAcceptanceFee(null, claimTotal, 'mediation')).toBeNull();
  });
});

describe('the stored settlement plan', () => {
  const plan = {
    agreedDate: '2026-11-10', context: 'in-suit' as const, totalFen: 3_000_000, graceDays: 10, onDefault: 'original-debt' as const,
    originalDebtFen: claimTotal, installments: buildSchedule(3_000_000, 4, '2027-01-31', 3),
  };

  it('prints the plan’s own schedule (quarterly here, 31 Jan → 30 Apr → 31 Jul), its date and grace, and the conditional waiver', () => {
    const s = fromRecords({ settlement: plan, court: { name: '昆明市五华区人民法院', reason: '', procedure: 'simplified', acceptanceFeeFen: null } }).settlement!;
    expect(s.source).toBe('stored-plan');
    expect(s.schedule).toEqual([
      { seq: 1, dueDate: '2027-01-31', amountFen: 750_000, remainingFen: 2_250_000 },
      { seq: 2, dueDate: '2027-04-30', amountFen: 750_000, remainingFen: 1_500_000 },
      { seq: 3, dueDate: '2027-07-31', amountFen: 750_000, remainingFen: 750_000 },
      { seq: 4, dueDate: '2027-10-31', amountFen: 750_000, remainingFen: 0 },
    ]);
    expect(s).toMatchObject({
      agreedDate: '2026-11-10', graceDays: 10, confirmedTotalFen: claimTotal, waivedFen: claimTotal - 3_000_000, settledTotalFen: 3_000_000,
      downPaymentFen: 0, instalmentTotalFen: 3_000_000, instalmentCount: 4, lastDueDate: '2027-10-31', acceptanceFeeFen: null,
    });
    // Nobody chose how the suit ends: the agreement states no halved fee and the route is open.
    expect(s.route).toBe('not-recorded');
    // The claim's cut-off (2026-10-31) is before the agreement: the debt is confirmed as of it, itemised.
    expect(s.confirmedAsOf).toBe('2026-10-31');
    expect(s.confirmedBreakdown).not.toBeNull();
  });

  it('wins over the entered schedule, while the terms a plan does not hold still come from the form', () => {
    const s = fromRecords({ settlement: plan }, {
      settlement: { instalments: 12, firstDueDate: '2026-12-28', downPayment: '1,000.00', downPaymentDate: '2026-12-01', ending: 'withdrawal', acceptanceFee: '300.00', signingPlace: '昆明市' },
    }).settlement!;
    expect(s.schedule).toHaveLength(4);
    expect(s.downPaymentFen).toBe(0);
    expect(s).toMatchObject({ ending: 'withdrawal', acceptanceFeeFen: 30_000, signingPlace: '昆明市' });
  });

  it('settles at the plan total without a waiver when default only accelerates the instalments, and states no fee before suit', () => {
    const s = fromRecords({ settlement: { ...plan, context: 'pre-suit', onDefault: 'remaining-installments' }, court: { name: 'x', reason: '', procedure: 'ordinary', acceptanceFeeFen: null } }).settlement!;
    expect(s).toMatchObject({ confirmedTotalFen: 3_000_000, waivedFen: 0, settledTotalFen: 3_000_000, confirmedBreakdown: null, acceptanceFeeFen: null });
  });

  it('confirms the debt no later than the agreement, and refuses an entered date after it', () => {
    const early = fromRecords({ settlement: { ...plan, agreedDate: '2026-10-20', installments: buildSchedule(3_000_000, 4, '2026-11-20') } }).settlement!;
    expect(early.confirmedAsOf).toBe('2026-10-20');
    expect(early.confirmedBreakdown).toBeNull();
    const error = failure(() => fromRecords({ settlement: plan }, { settlement: { instalments: 1, firstDueDate: '2026-12-01', confirmedAsOf: '2026-11-20' } }));
    expect(error.details.map((d) => d.field)).toEqual(['settlement.confirmedAsOf']);
  });

  it('schedules entered figures with the same rule when there is no stored plan', () => {
    const s = fromRecords({}, { settlement: { instalments: 3, firstDueDate: '2027-01-31', confirmedTotal: '1,000.00' } }).settlement!;
    expect(s.source).toBe('entered');
    expect(s.schedule.map(({ seq, dueDate, amountFen }) => ({ seq, dueDate, amountFen }))).toEqual(buildSchedule(100_000, 3, '2027-01-31'));
  });
});

describe('the recorded judgment, payments and property', () => {
  const recovery = (kind: RecoveryEntry['kind'], date: string, amountFen: number): RecoveryEntry => ({ id: 1, caseId: 1, kind, date, amountFen, costKind: kind === 'cost' ? 'acceptance-fee' : null, planId: null, note: '', createdAt: '' });
  const award = { principal: '28,123.45', interest: '3,567.89', penalty: '880.00', fees: '120.00' };
  const events = eventList(
    ['accepted', '2026-03-02', { courtCaseNumber: '（2026）云0102民初77号' }],
    ['property-frozen', '2026-03-05', { propertyKind: 'immovable', propertyDescription: '被告名下昆明市五华区某小区 3 栋 201 室' }],
    ['property-frozen', '2027-03-01', { propertyKind: 'immovable', propertyDescription: '续封', renewalOf: 2 }],
    ['mediation', '2026-05-10', { awardedAmount: '32,691.34', award, lastPerformanceDay: '2026-06-10' }],
  );
  const records = {
    decision: events[3]!, effectiveDate: '2026-05-10', lastPerformanceDay: '2026-06-10', courtCaseNumber: '（2026）云0102民初77号', events,
    recovery: [recovery('payment', '2026-04-01', 50_000), recovery('cost', '2026-05-20', 30_000), recovery('payment', '2026-06-20', 100_000), recovery('distribution', '2026-08-01', 200_000)],
  };

  it('takes the document’s kind, number, dates and award; payments after it took effect; original freezes as leads', () => {
    expect(recordedEnforcement(records)).toEqual({
      documentType: 'mediation', caseNumber: '（2026）云0102民初77号', effectiveDate: '2026-05-10', lastPerformanceDay: '2026-06-10', awardedFen: claimTotal, award,
      payments: [{ date: '2026-06-20', amountFen: 100_000 }, { date: '2026-08-01', amountFen: 200_000 }],
      propertyClues: [{ kind: 'real-estate', description: '被告名下昆明市五华区某小区 3 栋 201 室（已于2026年3月5日查封）' }],
    });
    expect(recordedEnforcement({ ...records, decision: null })).toBeNull();
  });

  it('fills what the form leaves empty and keeps what it entered; the award is the one recorded item by item', () => {
    const recorded = recordedEnforcement(records)!;
    const e = fromRecords({ enforcement: recorded }).enforcement!;
    expect(e.basis).toMatchObject({ documentType: 'mediation', documentLabel: '民事调解书', caseNumber: '（2026）云0102民初77号', effectiveDate: '2026-05-10', court: '昆明市五华区人民法院' });
    expect(e.awarded).toMatchObject({ principalFen: 2_812_345, interestFen: 356_789, totalFen: claimTotal });
    expect(e.paidFen).toBe(300_000);
    expect(e.propertyClues.map((c) => c.kindLabel)).toEqual(['不动产']);

    const entered = fromRecords({ enforcement: recorded }, {
      enforcement: {
        basis: { documentType: 'judgment', caseNumber: '', effectiveDate: '', lastPerformanceDay: '2026-06-15' },
        awarded: { principal: '20,000.00' }, payments: [], propertyClues: [{ kind: 'vehicle', description: '小型轿车一辆' }],
      },
    }).enforcement!;
    // The number came from the record, so the record's kind of document goes with it.
    expect(entered.basis).toMatchObject({ documentType: 'mediation', caseNumber: '（2026）云0102民初77号', effectiveDate: '2026-05-10', lastPerformanceDay: '2026-06-15' });
    expect(entered.awarded?.totalFen).toBe(2_000_000);
    expect(entered.paidFen).toBe(300_000);
    expect(entered.propertyClues.map((c) => c.description)).toEqual(['小型轿车一辆']);
  });

  it('enforces what the document awarded, not the complaint’s claims', () => {
    // The court cut the penalty and awarded 500 yuan of costs: the award differs from the claim item by item.
    const cut = { principal: '28,123.45', interest: '3,567.89', fees: '120.00', litigationCosts: '500.00', continuingInterest: '以28,123.45元为基数按年利率12%计付至实际清偿之日止的利息' };
    const e = fromRecords({ enforcement: { ...recordedEnforcement(records)!, award: cut } }).enforcement!;
    expect(e.awarded).toEqual({ principalFen: 2_812_345, interestFen: 356_789, penaltyFen: 0, feesFen: 12_000, litigationCostsFen: 50_000, totalFen: 3_231_134 });
    expect(e.awarded?.totalFen).not.toBe(claimTotal);
    expect(e.continuingInterest).toBe(cut.continuingInterest);
  });

  it('leaves the award out while none is recorded — even when the recorded total equals the claim — so the application stops as missing', () => {
    const unitemised: RecordedEnforcement = { ...recordedEnforcement(records)!, award: null };
    expect(unitemised.awardedFen).toBe(claimTotal);
    const e = fromRecords({ enforcement: unitemised }).enforcement!;
    expect(e.awarded).toBeNull();
    // The rest of the basis still comes from the record.
    expect(e.basis.caseNumber).toBe('（2026）云0102民初77号');
    // An entered award that is not an amount is refused by field.
    const error = failure(() => fromRecords({ enforcement: unitemised }, {
      enforcement: { basis: { documentType: 'judgment', caseNumber: '', effectiveDate: '', lastPerformanceDay: '' }, awarded: { principal: '壹万' }, payments: [], propertyClues: [] },
    }));
    expect(error.details.map((d) => d.field)).toEqual(['enforcement.awarded.principal']);
  });

  it('prints the basis case number in the official form and refuses one that is not a civil case’s', () => {
    const basis = (caseNumber: string) => ({ enforcement: { basis: { documentType: 'judgment', caseNumber, effectiveDate: '2026-05-10', lastPerformanceDay: '2026-06-10' }, awarded: { principal: '20,000.00' }, payments: [], propertyClues: [] } });
    expect(fromRecords({}, basis('(2026)云0102民初77号')).enforcement!.basis.caseNumber).toBe('（2026）云0102民初77号');
    for (const bad of ['（2026）云0102执77号', '2026云0102民初77号']) {
      const error = failure(() => fromRecords({}, basis(bad)));
      expect(error.details.map((d) => d.field)).toEqual(['enforcement.basis.caseNumber']);
      expect(error.details[0]!.message.zh).toContain('不是民事判决、裁定或调解书的案号');
    }
  });

  it('computes the doubled interest with core/tracking from the recorded payments', () => {
    const e = fromRecords({ enforcement: recordedEnforcement(records)! }).enforcement!;
    // Base = award less ordinary interest = 2,912,345 fen; days counted from 2026-06-10 (domain.md §6.3).
    expect(e.delayInterest.segments.map((s) => [s.from, s.to, s.days, s.baseFen])).toEqual([
      ['2026-06-10', '2026-06-20', 10, 2_912_345], ['2026-06-20', '2026-08-01', 42, 2_812_345], ['2026-08-01', TODAY, 119, 2_612_345],
    ]);
    // 2,912,345 × 0.000175 × 10 = 5,096.60375 → 5,097; 2,812,345 × 0.000175 × 42 = 20,670.73575 → 20,671; 2,612,345 × 0.000175 × 119 = 54,402.084625 → 54,402.
    expect(e.delayInterest.segments.map((s) => s.interestFen)).toEqual([5_097, 20_671, 54_402]);
    expect(e.delayInterest.totalFen).toBe(80_170);
  });
});

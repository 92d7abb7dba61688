import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentInputs } from '../../../core/documents/document-inputs';
import { buildFilingData } from '../../../core/documents/filing-data';
import { evidenceListFacts } from '../../../core/documents/filing-evidence';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import { delayInterest, segmentInterest } from '../../../core/tracking/delay-interest';
import { buildSchedule } from '../../../core/tracking/settlement-plan';
import { thrownDossierError as failure } from '../../support/thrown-error';

/** The tracking module's delay segments as the document's table lists them (without the payment that ended each). */
function delaySegments(...args: Parameters<typeof delayInterest>) {
  return delayInterest(...args).segments.map(({ paymentFen: _payment, ...segment }) => segment);
}

const TODAY = '2026-11-28';

describe('FilingData', () => {
  it('leaves every optional section null without inputs, and keeps the complaint data', () => {
    const { inputs: _ignored, ...bare } = sampleFilingSource(TODAY);
    const data = buildFilingData(bare);
    expect(data.settlement).toBeNull();
    expect(data.enforcement).toBeNull();
    expect(data.preservation).toBeNull();
    expect(data.evidenceList).toBeNull();
    expect(data.serviceAddress).toBeNull();
    expect(data.proceedings.courtCaseNumber).toBe('');
    expect(data.claim.totalFen).toBe(2_812_345 + 356_789 + 88_000 + 12_000);
    expect(data.defendant.residentIdMasked).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
    expect(data.powerOfAttorney.special).toBe(true);
    expect(data.powerOfAttorney.powersText).toBe('代为承认诉讼请求、代为放弃诉讼请求、代为变更诉讼请求、代为进行和解、调解、代为提起反诉、代为提起上诉、代为签收法律文书');
  });

  it('uses the claim breakdown and court of the other areas when given, entered inputs winning', () => {
    const source = sampleFilingSource(TODAY);
    const data = buildFilingData({
      ...source,
      sources: {
        claim: { asOfDate: '2026-10-31', principalFen: 10_000_000, interestFen: 200_000, penaltyFen: 30_000, feesFen: 0, details: '按日万分之五计息', repaidOverdueFen: 5_000 },
        court: { name: '昆明市盘龙区人民法院', reason: '被告住所地', procedure: 'simplified', acceptanceFeeFen: 2_500 },
        courtCaseNumber: '（2026）云0103民初9号',
      },
    });
    expect(data.claim).toMatchObject({ principalFen: 10_000_000, totalFen: 10_230_000, runningFrom: '2026-11-01', details: '按日万分之五计息' });
    expect(data.court).toEqual({ name: '昆明市盘龙区人民法院', reason: '被告住所地', procedure: 'simplified', acceptanceFeeFen: 2_500 });
    expect(data.element.repaidOverdueFen).toBe(5_000);
    // The number entered for this document wins over the tracking record.
    expect(data.proceedings.courtCaseNumber).toBe('（2026）云0102民初1号');
  });

  it('builds a settlement schedule that adds up, month by month from the first due date', () => {
    const data = buildFilingData(sampleFilingSource(TODAY));
    const s = data.settlement!;
    expect(s.confirmedTotalFen).toBe(data.claim.totalFen);
    expect(s.confirmedBreakdown).not.toBeNull();
    expect(s.settledTotalFen).toBe(s.confirmedTotalFen - 88_000);
    expect(s.instalmentTotalFen).toBe(s.settledTotalFen - 300_000);
    expect(s.schedule).toHaveLength(6);
    expect(s.schedule.reduce((sum, i) => sum + i.amountFen, 0)).toBe(s.instalmentTotalFen);
    expect(s.schedule.map((i) => i.dueDate)).toEqual(['2026-12-28', '2027-01-28', '2027-02-28', '2027-03-28', '2027-04-28', '2027-05-28']);
    expect(s.schedule.at(-1)!.remainingFen).toBe(0);
    expect(s.lastDueDate).toBe('2027-05-28');
  });

  it('an even schedule (the one rule, core/tracking buildSchedule) always sums exactly and never varies by more than the remainder (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 1_000_000_000 }), fc.integer({ min: 1, max: 60 }), (total, count) => {
        const schedule = buildSchedule(total, count, '2027-01-31');
        expect(schedule.reduce((sum, i) => sum + i.amountFen, 0)).toBe(total);
        const amounts = schedule.map((i) => i.amountFen);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThan(count);
        expect(schedule[1]?.dueDate ?? '2027-02-28').toBe('2027-02-28');
      }),
    );
  });

  it('reports every bad settlement field at once, each against its path', () => {
    const source = sampleFilingSource(TODAY);
    const inputs = documentInputs.parse({
      settlement: { instalments: 3, firstDueDate: '2026-02-30', downPayment: '9,999,999.00', waived: 'abc', acceptanceFee: '1.234' },
    });
    const error = failure(() => buildFilingData({ ...source, inputs }));
    expect(error.code).toBe('invalid-input');
    const fields = error.details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['settlement.firstDueDate', 'settlement.waived', 'settlement.acceptanceFee', 'settlement.downPaymentDate']));
    // The message names each field by its label; the path stays in `details` for the form.
    expect(error.text.zh).toContain('首期还款日：');
    expect(error.text.zh).toContain('减免的利息和违约金：');
    expect(error.text.zh).not.toContain('settlement.');
  });

  it('computes delayed-performance interest per segment: debt × 1.75‱ × days, payments credited first', () => {
    // 105,160.50 unpaid after 2026-08-10; 2,000 paid on 2026-09-09; computed to 2026-11-28.
    const segments = delaySegments(10_516_050, '2026-08-10', [{ date: '2026-09-09', amountFen: 200_000 }], '2026-11-28');
    expect(segments).toEqual([
      { from: '2026-08-10', to: '2026-09-09', days: 30, baseFen: 10_516_050, interestFen: 55_209 },
      { from: '2026-09-09', to: '2026-11-28', days: 80, baseFen: 10_316_050, interestFen: 144_425 },
    ]);
    // 10,316,050 × 0.000175 × 80 = 144,424.7 fen → rounded half up once.
    expect(segmentInterest(10_316_050, 80)).toBe(144_425);
    // Nothing accrues once the debt is paid in full, and payments on time stop nothing.
    expect(delaySegments(100_000, '2026-08-10', [{ date: '2026-08-01', amountFen: 100_000 }], '2026-11-28')).toEqual([]);
  });

  it('builds the enforcement facts: outstanding debt, doubled interest and the sum applied for', () => {
    const e = buildFilingData(sampleFilingSource(TODAY)).enforcement!;
    expect(e.basis.documentLabel).toBe('民事判决书');
    expect(e.awarded?.totalFen).toBe(2_812_345 + 356_789 + 88_000 + 12_000 + 15_000);
    expect(e.outstandingFen).toBe(e.awarded!.totalFen - 100_000);
    expect(e.delayInterest.baseFen).toBe(e.awarded!.totalFen - e.awarded!.interestFen);
    expect(e.delayInterest.startDate).toBe('2026-09-10');
    expect(e.delayInterest.totalFen).toBe(e.delayInterest.segments.reduce((sum, s) => sum + s.interestFen, 0));
    expect(e.requestedFen).toBe(e.outstandingFen + e.delayInterest.totalFen);
    expect(e.enforcementCourt).toBe('昆明市五华区人民法院');
  });

  it('refuses preservation beyond the claim (CPL 105) and without a property lead', () => {
    const source = sampleFilingSource(TODAY);
    const inputs = documentInputs.parse({ preservation: { amount: '999,999.00', propertyClues: [{ kind: 'other', description: ' ' }] } });
    const error = failure(() => buildFilingData({ ...source, inputs }));
    expect(error.details.map((d) => d.field)).toEqual(['preservation.amount', 'preservation.propertyClues']);
    expect(error.details[0]!.message.zh).toContain('第一百零五条');
  });

  it('numbers the evidence and works out page ranges and short hashes', () => {
    const list = evidenceListFacts([
      { name: '甲', source: '原告', proves: 'x', pages: 3, sha256: 'ab'.repeat(32) },
      { name: '乙', source: '原告', proves: 'y', pages: 1, sha256: '' },
      { name: '丙', source: '原告', proves: 'z', pages: null, sha256: '' },
      { name: '丁', source: '原告', proves: 'w', pages: 2, sha256: '' },
    ]);
    expect(list.items.map((i) => [i.seq, i.pageRange, i.sha256Short])).toEqual([
      [1, '1–3', 'abababab abababab'], [2, '4', '—'], [3, '—', '—'], [4, '2页', '—'],
    ]);
    expect(list.totalPages).toBeNull();
    expect(evidenceListFacts([{ name: 'a', source: 'b', proves: 'c', pages: 5, sha256: '' }]).totalPages).toBe(5);
  });
});

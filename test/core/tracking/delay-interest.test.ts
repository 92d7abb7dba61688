import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/calendar/date-arithmetic';
import { DossierError } from '../../../core/errors';
import { delayInterest, segmentInterest } from '../../../core/tracking/delay-interest';

describe('interest on delayed performance (法释〔2014〕8号, domain.md §6.3)', () => {
  it('computes 1.75‱ a day on the unpaid debt, segment by segment, crediting payments to the debt first', () => {
    // Debt 100,000.00; performance ended 2026-03-10. Paid 30,000.00 on 2026-04-09 (30 days):
    // 100,000 × 0.000175 × 30 = 525.00. Then 70,000 × 0.000175 × 30 days to 2026-05-09 = 367.50.
    const result = delayInterest(10_000_000, '2026-03-10', [{ date: '2026-04-09', amountFen: 3_000_000 }], '2026-05-09');
    expect(result.segments).toEqual([
      { from: '2026-03-10', to: '2026-04-09', days: 30, baseFen: 10_000_000, interestFen: 52_500, paymentFen: 3_000_000 },
      { from: '2026-04-09', to: '2026-05-09', days: 30, baseFen: 7_000_000, interestFen: 36_750, paymentFen: null },
    ]);
    expect(result.totalInterestFen).toBe(89_250);
    expect(result.debtOutstandingFen).toBe(7_000_000);
  });

  it('rounds each segment to the fen once, half up', () => {
    // 12,345.67 × 0.000175 × 31 = 66.97525975 yuan → 66.98.
    expect(segmentInterest(1_234_567, 31)).toBe(6_698);
    // 0.01 × 0.000175 × 1 = 0.00000175 fen… rounds to 0; 200 fen × 0.000175 × 15 = 0.525 fen → 1.
    expect(segmentInterest(1, 1)).toBe(0);
    expect(segmentInterest(200, 15)).toBe(1);
  });

  it('counts from the day after the last day of performance and stops on full payment; excess goes to the interest (art. 4)', () => {
    const result = delayInterest(1_000_000, '2026-01-31', [{ date: '2026-02-10', amountFen: 1_010_000 }], '2026-06-30');
    expect(result.segments).toEqual([{ from: '2026-01-31', to: '2026-02-10', days: 10, baseFen: 1_000_000, interestFen: 1_750, paymentFen: 1_010_000 }]);
    expect(result.interestPaidFen).toBe(1_750);
    expect(result.interestOutstandingFen).toBe(0);
    expect(result.debtOutstandingFen).toBe(0);
  });

  it('reduces the debt without interest for payments made within the performance period, and ignores payments after the date', () => {
    const result = delayInterest(1_000_000, '2026-03-31', [{ date: '2026-03-20', amountFen: 400_000 }, { date: '2026-12-01', amountFen: 600_000 }], '2026-04-30');
    expect(result.paidInTimeFen).toBe(400_000);
    expect(result.segments).toEqual([{ from: '2026-03-31', to: '2026-04-30', days: 30, baseFen: 600_000, interestFen: 3_150, paymentFen: null }]);
  });

  it('refuses a computation date before the performance period ended and a zero payment', () => {
    expect(() => delayInterest(100, '2026-03-31', [], '2026-03-01')).toThrow(DossierError);
    expect(() => delayInterest(100, '2026-03-31', [{ date: '2026-04-01', amountFen: 0 }], '2026-05-01')).toThrow(DossierError);
  });

  it('adds up: the total is the sum of the segments, and paying earlier never costs more (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1_000_000_000 }),
      fc.array(fc.record({ offset: fc.integer({ min: 1, max: 700 }), amountFen: fc.integer({ min: 1, max: 500_000_000 }) }), { maxLength: 8 }),
      (base, raw) => {
        const payments = raw.map((p) => ({ date: addDays('2025-06-30', p.offset), amountFen: p.amountFen }));
        const result = delayInterest(base, '2025-06-30', payments, '2027-06-30');
        expect(result.totalInterestFen).toBe(result.segments.reduce((s, x) => s + x.interestFen, 0));
        expect(result.segments.every((s) => s.days > 0 || s.interestFen === 0)).toBe(true);
        const earlier = delayInterest(base, '2025-06-30', payments.map((p) => ({ ...p, date: addDays(p.date, -1) })), '2027-06-30');
        expect(earlier.totalInterestFen).toBeLessThanOrEqual(result.totalInterestFen + result.segments.length + 1);
      },
    ));
  });
});

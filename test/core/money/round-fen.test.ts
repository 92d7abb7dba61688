import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../core/errors';
import { Dec, roundToFen } from '../../../core/money/round-fen';

describe('roundToFen — the one rounding of computed money (DESIGN.md "Money")', () => {
  it('rounds half a fen up and anything less down', () => {
    expect(roundToFen(new Dec('0.5'))).toBe(1);
    expect(roundToFen(new Dec('0.4999999999'))).toBe(0);
    expect(roundToFen(new Dec('2.5'))).toBe(3);
    expect(roundToFen(new Dec('144424.7'))).toBe(144_425);
    // 2,111.103 yuan (domain.md §3.1, 1,234,567 × 0.9 % part) = 211,110.3 fen → 211,110.
    expect(roundToFen(new Dec(23_456_700).times('0.9').dividedBy(100))).toBe(211_110);
  });

  it('keeps large balance × rate × days products exact before rounding (40 significant digits)', () => {
    // 999,999,999,999.99 yuan × 1.75‱ × 3,650 days, and an annual rate spread over days: every digit kept.
    const exact = new Dec('99999999999999').times('0.000175').times(3650);
    expect(exact.toFixed()).toBe('63874999999999.36125');
    expect(roundToFen(exact)).toBe(63_874_999_999_999);
    expect(new Dec('99999999999999').times('0.0001751234').times(3653).dividedBy(365).toFixed()).toBe('175267337041.0941377375884931506849315068');
  });

  it('is never more than half a fen from the exact amount (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.integer({ min: 1, max: 10_000 }), (whole, thousandths) => {
      const exact = new Dec(whole).plus(new Dec(thousandths).dividedBy(10_000));
      expect(new Dec(roundToFen(exact)).minus(exact).abs().lessThanOrEqualTo('0.5')).toBe(true);
    }));
  });

  it('refuses an amount beyond the safe-integer range instead of printing an inexact figure', () => {
    expect(() => roundToFen(new Dec('1e17'))).toThrow(DossierError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptanceFee, enforcementFee, feeReport, halveFen, preservationFee } from '../../../core/court/fee-calculator';

const yuan = (n: number) => Math.round(n * 100);

/** The closed forms of domain.md §3 in exact integer fen (x in fen; rates per mille as integers), rounded half up. */
function closedForm(brackets: [number, number, number][], base: number, amountFen: number, cap?: number): number {
  // brackets: [from yuan, rate per 100,000, constant fen at `from`]
  let fee = base;
  for (const [from, ratePer100k, constantFen] of brackets) {
    if (amountFen > from * 100) {
      const numerator = (amountFen - from * 100) * ratePer100k; // fen × rate/100000
      fee = constantFen + Math.floor((numerator + 50_000) / 100_000);
    }
  }
  return cap !== undefined ? Math.min(fee, cap) : fee;
}
const acceptanceClosed = (x: number) => closedForm([[10_000, 2500, 5000], [100_000, 2000, 230000], [200_000, 1500, 430000], [500_000, 1000, 880000], [1_000_000, 900, 1380000], [2_000_000, 800, 2280000], [5_000_000, 700, 4680000], [10_000_000, 600, 8180000], [20_000_000, 500, 14180000]], 5000, x);
const preservationClosed = (x: number) => closedForm([[1_000, 1000, 3000], [100_000, 500, 102000]], 3000, x, 500000);
const enforcementClosed = (x: number) => closedForm([[10_000, 1500, 5000], [500_000, 1000, 740000], [5_000_000, 500, 5240000], [10_000_000, 100, 7740000]], 5000, x);

describe('case acceptance fee (Fee Measures art. 13(1))', () => {
  it('gives the worked examples of domain.md §3.1 and §3.2', () => {
    expect(acceptanceFee(yuan(15_000)).payableFen).toBe(yuan(175));
    expect(acceptanceFee(yuan(150_000)).payableFen).toBe(yuan(3_300));
    expect(acceptanceFee(yuan(1_234_567)).payableFen).toBe(yuan(15_911.1));
    expect(acceptanceFee(yuan(15_000), 'simplified').payableFen).toBe(yuan(87.5));
    expect(acceptanceFee(yuan(150_000), 'ordinary', 'withdrawal').payableFen).toBe(yuan(1_650));
    expect(acceptanceFee(yuan(30_000), 'small-claims').payableFen).toBe(yuan(275));
  });

  it.each([
    [0, 50], [10_000, 50], [10_000.01, 50], [10_000.2, 50.01], [100_000, 2_300], [100_000.01, 2_300], [200_000, 4_300],
    [500_000, 8_800], [1_000_000, 13_800], [2_000_000, 22_800], [5_000_000, 46_800], [10_000_000, 81_800],
    [20_000_000, 141_800], [20_000_100, 141_800.5],
  ])('at the bracket boundary %s yuan the fee is %s', (amount, fee) => {
    expect(acceptanceFee(yuan(amount)).feeFen).toBe(yuan(fee));
  });

  it('charges each bracket only on the part inside it, and the lines add up to the fee', () => {
    const fee = acceptanceFee(yuan(1_234_567));
    expect(fee.lines.map((l) => l.chargeFen)).toEqual([5000, 225000, 200000, 450000, 500000, 211110]);
    expect(fee.lines.at(-1)?.exactYuan).toBe('2111.103');
    expect(fee.lines.reduce((sum, l) => sum + l.chargeFen, 0)).toBe(fee.feeFen);
  });

  it('halves once only, however many grounds apply (Interp 206)', () => {
    const fee = acceptanceFee(yuan(150_000), 'simplified', 'mediation');
    expect(fee.halvingGrounds.map((g) => g.ground)).toEqual(['simplified-procedure', 'mediation']);
    expect(fee.payableFen).toBe(yuan(1_650));
    expect(acceptanceFee(yuan(150_000), 'small-claims', 'withdrawal').payableFen).toBe(yuan(1_650));
    expect(acceptanceFee(yuan(150_000), 'ordinary', 'judgment').halved).toBe(false);
  });

  it('rounds half a fen up when halving', () => {
    expect(halveFen(17_501)).toBe(8_751);
    expect(halveFen(17_500)).toBe(8_750);
  });

  it('equals the closed forms for any amount, exactly to the fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000_000 }), (fen) => acceptanceFee(fen).feeFen === acceptanceClosed(fen)), { numRuns: 2000 });
  });

  it('never falls as the amount rises', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (a, d) => acceptanceFee(a + d).feeFen >= acceptanceFee(a).feeFen));
  });
});

describe('property preservation fee (art. 14(2))', () => {
  it('gives the worked examples of domain.md §3.3', () => {
    expect(preservationFee(yuan(5_000)).feeFen).toBe(yuan(70));
    expect(preservationFee(yuan(300_000)).feeFen).toBe(yuan(2_020));
    const capped = preservationFee(yuan(1_200_000));
    expect(capped.uncappedFen).toBe(yuan(6_520));
    expect(capped.feeFen).toBe(yuan(5_000));
    expect(capped.capFen).toBe(yuan(5_000));
  });

  it.each([[0, 30], [1_000, 30], [1_000.5, 30.01], [100_000, 1_020], [100_000.01, 1_020], [896_000, 5_000], [895_998, 4_999.99], [895_999, 5_000], [896_001, 5_000]])(
    'at %s yuan the fee is %s', (amount, fee) => {
      expect(preservationFee(yuan(amount)).feeFen).toBe(yuan(fee));
    },
  );

  it('equals the closed forms with the 5,000 cap', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500_000_000 }), (fen) => preservationFee(fen).feeFen === preservationClosed(fen)), { numRuns: 2000 });
  });
});

describe('enforcement application fee (art. 14(1))', () => {
  it('gives the worked examples of domain.md §3.4', () => {
    expect(enforcementFee(yuan(35_000)).feeFen).toBe(yuan(425));
    expect(enforcementFee(yuan(500_000)).feeFen).toBe(yuan(7_400));
    expect(enforcementFee(yuan(12_000_000)).feeFen).toBe(yuan(79_400));
  });

  it.each([[10_000, 50], [10_000.01, 50], [500_000, 7_400], [5_000_000, 52_400], [10_000_000, 77_400], [10_000_010, 77_400.01]])(
    'at the bracket boundary %s yuan the fee is %s', (amount, fee) => {
      expect(enforcementFee(yuan(amount)).feeFen).toBe(yuan(fee));
    },
  );

  it('equals the closed forms', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000_000 }), (fen) => enforcementFee(fen).feeFen === enforcementClosed(fen)), { numRuns: 2000 });
  });
});

describe('fee report', () => {
  it('prices preservation and enforcement on the same amount unless told otherwise', () => {
    const report = feeReport({ amountFen: yuan(35_000), procedure: 'simplified' });
    expect(report.acceptance.payableFen).toBe(yuan(337.5));
    expect(report.preservation.feeFen).toBe(yuan(370));
    expect(report.enforcement.feeFen).toBe(yuan(425));
    expect(feeReport({ amountFen: yuan(35_000), preservedFen: yuan(5_000) }).preservation.feeFen).toBe(yuan(70));
  });

  it('refuses a negative amount', () => {
    expect(() => acceptanceFee(-1)).toThrow(/negative/);
  });
});

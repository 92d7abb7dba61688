import { describe, expect, it } from 'vitest';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { claimedFen, computeClaim } from '../../../core/claim/claim-breakdown';
import type { ClaimLedgerEntry } from '../../../core/claim/claim-breakdown';

const terms = (over: Record<string, unknown> = {}) => cardTermsInput.parse(over);

// A hand-worked account: 10,000.00 spent, 150.00 interest booked, 1,000.00 repaid, then a 违约金 and an annual fee.
const entries: ClaimLedgerEntry[] = [
  { date: '2025-01-10', type: 'consumption', amountFen: 1_000_000, description: '消费' },
  { date: '2025-02-10', type: 'interest', amountFen: 15_000, description: '透支利息' },
  { date: '2025-02-15', type: 'payment', amountFen: 100_000, description: '还款' },
  { date: '2025-03-01', type: 'penalty', amountFen: 5_000, description: '违约金' },
  { date: '2025-03-05', type: 'fee', amountFen: 2_000, description: '年费' },
];

describe('claim breakdown (hand-computed)', () => {
  it('allocates the payment to interest first, then principal, and accrues interest at 0.05% a day after the ledger', () => {
    const claim = computeClaim({ asOf: '2025-03-31', entries, terms: terms(), firstDefaultDate: '2025-03-01' });
    // Payment 1,000.00: interest 150.00 first, the other 850.00 to principal → 9,150.00.
    expect(claimedFen(claim, 'principal')).toBe(915_000);
    // From 11 Feb: 4 days on 10,000.00 + 45 days (15 Feb–31 Mar) on 9,150.00 = 45,175,000 fen-days × 0.0005 = 22,587.5 → 225.88.
    expect(claim.accrual).toMatchObject({ from: '2025-02-11', to: '2025-03-31', days: 49, exactFen: '22587.5', fen: 22_588 });
    expect(claimedFen(claim, 'interest')).toBe(22_588);
    expect(claimedFen(claim, 'penalty')).toBe(5_000);
    expect(claimedFen(claim, 'fees')).toBe(2_000);
    expect(claim.totalFen).toBe(915_000 + 22_588 + 5_000 + 2_000);
    expect(claim.annualRatePercent).toBe('18.25');
    // Charges 295.88 over 31 days on 9,150.00: 295.88 × 365 / (9,150.00 × 31) = 38.07 % a year.
    expect(claim.combinedRate).toMatchObject({ from: '2025-03-01', principalDays: '28365000', chargesFen: 29_588, annualPercent: '38.07', above24: true, capFen: 18_651, capApplied: false });
    expect(claim.warnings.map((w) => w.en).join()).toContain('above 24%');
    expect(claim.runningInterest.zh).toBe('以及自2025年4月1日起至实际清偿之日止，以未还透支本金人民币9,150.00元为基数，按日利率0.05%（折合年利率18.25%）计算的利息');
  });

  it('caps interest + penalty + fees at 24% a year, cutting the penalty first, then fees, then interest', () => {
    const claim = computeClaim({ asOf: '2025-03-31', entries, terms: terms({ capAt24: true }), firstDefaultDate: '2025-03-01' });
    // 24% allows 28,365,000 × 0.24 / 365 = 18,650.96 → 186.51; the excess 109.37 takes 50.00 + 20.00 + 39.37.
    expect(claim.combinedRate.capApplied).toBe(true);
    expect(claim.combinedRate.reductions).toEqual({ penalty: 5_000, fees: 2_000, interest: 3_937 });
    expect(claimedFen(claim, 'interest')).toBe(18_651);
    expect(claimedFen(claim, 'penalty')).toBe(0);
    expect(claim.totalFen).toBe(915_000 + 18_651);
    expect(claim.runningInterest.zh).toContain('以年利率24%为限');
  });

  it('puts principal first when the terms say so (91+ days overdue)', () => {
    const claim = computeClaim({ asOf: '2025-02-20', entries: entries.slice(0, 3), terms: terms({ allocationOrder: 'principal-first' }), firstDefaultDate: '' });
    expect(claimedFen(claim, 'principal')).toBe(900_000);
    // Booked interest 150.00 stays; 10 days (11–20 Feb): 4 × 1,000,000 + 6 × 900,000 = 9,400,000 fen-days × 0.0005 = 4,700 fen.
    expect(claimedFen(claim, 'interest')).toBe(15_000 + 4_700);
  });

  it('reads an annual rate as rate / 365 per day', () => {
    const claim = computeClaim({ asOf: '2025-01-20', entries: entries.slice(0, 1), terms: terms({ interestRatePercent: '18.25', rateBasis: 'annual', interestBookedThrough: '2025-01-10' }), firstDefaultDate: '' });
    // 10 days × 10,000.00 × 0.1825 / 365 = 50.00.
    expect(claimedFen(claim, 'interest')).toBe(5_000);
  });

  it('flags 滞纳金, over-limit fees and interest on fees after 2017-01-01 with original and reduced amounts, and leaves them out', () => {
    const barred: ClaimLedgerEntry[] = [
      { date: '2016-12-01', type: 'fee', amountFen: 1_000, description: '滞纳金' },
      { date: '2018-01-05', type: 'consumption', amountFen: 500_000, description: '消费' },
      { date: '2018-05-01', type: 'penalty', amountFen: 3_000, description: '滞纳金' },
      { date: '2018-05-01', type: 'fee', amountFen: 6_000, description: '超限费' },
      { date: '2018-05-02', type: 'interest', amountFen: 500, description: '违约金利息' },
      { date: '2018-05-02', type: 'interest', amountFen: 7_000, description: '透支利息' },
    ];
    const removed = computeClaim({ asOf: '2018-05-02', entries: barred, terms: terms(), firstDefaultDate: '' });
    expect(removed.flags.map((f) => [f.kind, f.originalFen, f.reducedFen, f.applied])).toEqual([
      ['late-fee-after-2017', 3_000, 0, true],
      ['over-limit-fee-after-2017', 6_000, 0, true],
      ['interest-on-charges', 500, 0, true],
    ]);
    expect(removed.flags[0]!.basis.zh).toContain('银发〔2016〕111号');
    // The 2016 滞纳金 predates the notice and stays.
    expect(claimedFen(removed, 'fees')).toBe(1_000);
    expect(claimedFen(removed, 'penalty')).toBe(0);
    expect(claimedFen(removed, 'interest')).toBe(7_000);
    const kept = computeClaim({ asOf: '2018-05-02', entries: barred, terms: terms({ removeBarredCharges: false }), firstDefaultDate: '' });
    expect(kept.flags.every((f) => !f.applied)).toBe(true);
    expect(claimedFen(kept, 'penalty')).toBe(3_000);
    expect(claimedFen(kept, 'interest')).toBe(7_500);
  });
});

describe('claim breakdown from balances entered directly', () => {
  it('counts an opening principal from the start of the rate period, so the combined rate is annualised over it', () => {
    const balances: ClaimLedgerEntry[] = [
      { date: '2026-10-31', type: 'consumption', amountFen: 2_000_000, description: '余额录入：透支本金', opening: true },
      { date: '2026-10-31', type: 'interest', amountFen: 150_000, description: '余额录入：利息', opening: true },
      { date: '2026-10-31', type: 'penalty', amountFen: 30_000, description: '余额录入：违约金', opening: true },
    ];
    const claim = computeClaim({ asOf: '2026-10-31', entries: balances, terms: terms({ interestBookedThrough: '2026-10-31' }), firstDefaultDate: '2025-11-01' });
    // 365 days (1 Nov 2025 – 31 Oct 2026) on 20,000.00: 1,800.00 of charges is 9.00 % a year.
    expect(claim.combinedRate).toMatchObject({ from: '2025-11-01', principalDays: String(2_000_000 * 365), annualPercent: '9', above24: false });
    expect(claim.totalFen).toBe(2_180_000);
  });
});

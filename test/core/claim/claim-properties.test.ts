/**
 * Property tests of the claim (fast-check): the components always add up to the total, the 24 % cap
 * never raises any amount, and rounding to the fen loses at most half a fen per component.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { claimComponents, claimedFen, computeClaim } from '../../../core/claim/claim-breakdown';
import type { ClaimLedgerEntry } from '../../../core/claim/claim-breakdown';
import { addDays } from '../../../core/calendar/date-arithmetic';
import { Dec } from '../../../core/money/round-fen';

const entryArb = fc.record({
  day: fc.integer({ min: 0, max: 700 }),
  type: fc.constantFrom('consumption', 'cash-advance', 'fee', 'interest', 'penalty', 'payment', 'adjustment') as fc.Arbitrary<ClaimLedgerEntry['type']>,
  amountFen: fc.integer({ min: 1, max: 5_000_000 }),
  negative: fc.boolean(),
  description: fc.constantFrom('', '消费', '滞纳金', '超限费', '违约金利息', '年费'),
});
const ledgerArb = fc.array(entryArb, { minLength: 1, maxLength: 40 }).map((list) =>
  list.map(({ day, type, amountFen, negative, description }): ClaimLedgerEntry => ({
    date: addDays('2016-06-01', day), type, description,
    amountFen: type === 'adjustment' && negative ? -amountFen : amountFen,
  })),
);
const termsArb = fc.record({
  interestRatePercent: fc.constantFrom('0.035', '0.05', '0.0665', '12', '18.25', '36'),
  rateBasis: fc.constantFrom('daily', 'annual'),
  allocationOrder: fc.constantFrom('charges-first', 'principal-first'),
  removeBarredCharges: fc.boolean(),
}).map((t) => {
  // Keep each basis plausible: a daily rate below 1 %, an annual one as given.
  const rate = t.rateBasis === 'daily' && Number(t.interestRatePercent) > 1 ? '0.05' : t.interestRatePercent;
  return cardTermsInput.parse({ ...t, interestRatePercent: rate });
});
const asOfArb = fc.integer({ min: 0, max: 1100 }).map((d) => addDays('2016-06-01', d));

describe('claim properties', () => {
  it('the components always sum to the total, with or without the cap', () => {
    fc.assert(fc.property(ledgerArb, termsArb, asOfArb, fc.boolean(), (entries, terms, asOf, cap) => {
      const claim = computeClaim({ asOf, entries, terms: { ...terms, capAt24: cap }, firstDefaultDate: '' });
      expect(claim.lines.reduce((sum, line) => sum + line.claimedFen, 0)).toBe(claim.totalFen);
      for (const line of claim.lines) expect(Number.isSafeInteger(line.claimedFen)).toBe(true);
    }), { numRuns: 300 });
  });

  it('the cap never raises an amount, and what it allows is within 24 % a year', () => {
    fc.assert(fc.property(ledgerArb, termsArb, asOfArb, (entries, terms, asOf) => {
      const free = computeClaim({ asOf, entries, terms: { ...terms, capAt24: false }, firstDefaultDate: '' });
      const capped = computeClaim({ asOf, entries, terms: { ...terms, capAt24: true }, firstDefaultDate: '' });
      for (const component of claimComponents) expect(claimedFen(capped, component)).toBeLessThanOrEqual(claimedFen(free, component));
      expect(capped.totalFen).toBeLessThanOrEqual(free.totalFen);
      const charges = capped.totalFen - claimedFen(capped, 'principal');
      if (capped.combinedRate.capFen !== null) expect(charges).toBeLessThanOrEqual(capped.combinedRate.capFen);
    }), { numRuns: 300 });
  });

  it('rounding loses at most half a fen per component', () => {
    fc.assert(fc.property(ledgerArb, termsArb, asOfArb, (entries, terms, asOf) => {
      const claim = computeClaim({ asOf, entries, terms, firstDefaultDate: '2016-06-01' });
      if (claim.accrual) {
        const error = new Dec(claim.accrual.fen).minus(claim.accrual.exactFen).abs();
        expect(error.lessThanOrEqualTo('0.5')).toBe(true);
      }
      if (claim.combinedRate.capFen !== null) {
        const exactCap = new Dec(claim.combinedRate.principalDays).times('0.24').dividedBy(365);
        expect(new Dec(claim.combinedRate.capFen).minus(exactCap).abs().lessThanOrEqualTo('0.5')).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

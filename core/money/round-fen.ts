/**
 * The one place where computed money becomes whole fen (DESIGN.md "Money"). Amounts that come from
 * arithmetic on rates — interest on a balance (claim), a fee bracket's percentage or half a fee
 * (court fees, domain.md §3), the doubled interest of one delay segment (domain.md §6.3) — are worked
 * out exactly with decimal.js and rounded here, half up, each component to the fen once; a total is
 * the sum of its rounded components, so a document never prints figures that do not add up.
 * Entered and ledger amounts are already whole fen and never pass through here.
 * Half up is the rounding domain.md §3 uses for fees (the Fee Measures say nothing about rounding [U]).
 */
import Decimal from 'decimal.js';
import { assertFen } from './fen';
import type { Fen } from './fen';

/**
 * The decimal.js constructor every money computation uses: 40 significant digits, far more than any
 * realistic balance × rate × days product needs, so nothing is rounded before `roundToFen`.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** A decimal value of the money computations. */
export type Dec = InstanceType<typeof Dec>;

/** Rounds an exact amount expressed in fen (possibly fractional) to whole fen, half up (0.5 fen → 1 fen). */
export function roundToFen(exactFen: Decimal): Fen {
  return assertFen(exactFen.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

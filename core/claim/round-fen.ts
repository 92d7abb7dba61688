/**
 * The one place where computed money is rounded: an amount worked out with decimal.js (interest on
 * a balance, a capped total) becomes integer fen here, half up, exactly once per component
 * (DESIGN.md "Money"). Ledger amounts are already whole fen and never pass through here.
 */
import Decimal from 'decimal.js';
import type { Fen } from '../money/fen';

/** A decimal.js constructor with enough precision for any realistic balance × rate × days product. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** A decimal value in this module's precision. */
export type Dec = InstanceType<typeof Dec>;

/** Rounds an amount expressed in fen (possibly fractional) to whole fen, half up. */
export function roundToFen(amountInFen: Dec): Fen {
  return amountInFen.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Formats a rate given as a fraction (0.0005) as a percentage with up to `places` decimals ("0.05%"). */
export function percentText(rate: Dec, places = 4): string {
  return `${rate.times(100).toDecimalPlaces(places).toString()}%`;
}

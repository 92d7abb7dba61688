import { z } from 'zod';

/**
 * The small-claims limits each High Court publishes from its province's average annual wage of
 * employed persons for the previous year (CPL 165; domain.md §2.1). Bases and rounding differ by
 * province, so the published figures are stored with the date they apply from, never recomputed.
 * Bundled rows come from templates/data/small-claims-thresholds.json; the user's rows are layered over them.
 */

/** One published threshold. Amounts are integer fen. */
export type SmallClaimsThreshold = {
  /** Stable id: `<provinceCode>-<inForceFrom>`. */
  id: string;
  provinceCode: string;
  province: string;
  /** CPL 165(1): at or below this the small-claims procedure is mandatory (50 % of the wage). */
  mandatoryLimitFen: number;
  /** CPL 165(2): above the mandatory limit and up to this, small claims only with both parties' consent (200 %). */
  agreementLimitFen: number;
  /** The statistics year of the wage figure and what it measures (城镇非私营单位 / 全口径 …). */
  wageYear: number;
  wageBasis: string;
  averageWageFen: number | null;
  inForceFrom: string;
  source: string;
  origin: 'bundled' | 'edited' | 'user';
};

/** The bundled file's row, amounts as yuan strings. */
export type BundledThresholdRow = {
  provinceCode: string; province: string; mandatoryLimit: string; agreementLimit: string; wageYear: number;
  wageBasis: string; averageWage: string | null; inForceFrom: string; source: string;
};

/** What the user types to add or correct a threshold. */
export const thresholdInput = z.object({
  provinceCode: z.string().regex(/^\d{2}0000$/, 'province code such as 320000'),
  mandatoryLimit: z.string().trim().min(1).max(20),
  agreementLimit: z.string().trim().min(1).max(20),
  wageYear: z.number().int().min(2000).max(2100),
  wageBasis: z.string().trim().max(100).default(''),
  averageWage: z.string().trim().max(20).default(''),
  inForceFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().trim().min(1).max(300),
});
export type ThresholdInput = z.input<typeof thresholdInput>;

/**
 * The threshold in force on a date for a province: the latest published figure whose date is on or
 * before it (Interp 272: until the new figure is published, the most recent one applies).
 */
export function thresholdOn(thresholds: readonly SmallClaimsThreshold[], provinceCode: string, date: string): SmallClaimsThreshold | null {
  let best: SmallClaimsThreshold | null = null;
  for (const t of thresholds) {
    if (t.provinceCode !== provinceCode || t.inForceFrom > date) continue;
    if (!best || t.inForceFrom > best.inForceFrom) best = t;
  }
  return best;
}

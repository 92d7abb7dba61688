/**
 * The fee schedules of 《诉讼费用交纳办法》 (State Council Decree 481, in force 2007-04-01) as data:
 * cumulative brackets, each charging its rate on the part of the amount that falls inside it
 * (domain.md §3). Bounds are whole yuan; rates are decimal strings (percent) for decimal.js.
 */

/** One bracket: the part of the amount above `fromYuan` and up to `toYuan` (null: no upper bound). */
export type FeeBracket = {
  fromYuan: number;
  toYuan: number | null;
  /** A flat charge for the whole bracket (the first bracket of each schedule), in yuan. */
  flatYuan?: number;
  /** Percent charged on the part inside the bracket, e.g. '2.5'. */
  ratePercent?: string;
};

/** A schedule: its brackets, an optional cap, and the article it comes from. */
export type FeeSchedule = {
  id: 'acceptance' | 'preservation' | 'enforcement';
  brackets: readonly FeeBracket[];
  capYuan?: number;
  citation: { zh: string; en: string };
};

/** 案件受理费（财产案件）— Fee Measures art. 13(1). */
export const acceptanceSchedule: FeeSchedule = {
  id: 'acceptance',
  citation: { zh: '《诉讼费用交纳办法》第十三条第（一）项', en: 'Fee Measures art. 13(1)' },
  brackets: [
    { fromYuan: 0, toYuan: 10_000, flatYuan: 50 },
    { fromYuan: 10_000, toYuan: 100_000, ratePercent: '2.5' },
    { fromYuan: 100_000, toYuan: 200_000, ratePercent: '2' },
    { fromYuan: 200_000, toYuan: 500_000, ratePercent: '1.5' },
    { fromYuan: 500_000, toYuan: 1_000_000, ratePercent: '1' },
    { fromYuan: 1_000_000, toYuan: 2_000_000, ratePercent: '0.9' },
    { fromYuan: 2_000_000, toYuan: 5_000_000, ratePercent: '0.8' },
    { fromYuan: 5_000_000, toYuan: 10_000_000, ratePercent: '0.7' },
    { fromYuan: 10_000_000, toYuan: 20_000_000, ratePercent: '0.6' },
    { fromYuan: 20_000_000, toYuan: null, ratePercent: '0.5' },
  ],
};

/** 财产保全申请费 — Fee Measures art. 14(2): on the property actually preserved, capped at 5,000 yuan. */
export const preservationSchedule: FeeSchedule = {
  id: 'preservation',
  citation: { zh: '《诉讼费用交纳办法》第十四条第（二）项', en: 'Fee Measures art. 14(2)' },
  capYuan: 5_000,
  brackets: [
    { fromYuan: 0, toYuan: 1_000, flatYuan: 30 },
    { fromYuan: 1_000, toYuan: 100_000, ratePercent: '1' },
    { fromYuan: 100_000, toYuan: null, ratePercent: '0.5' },
  ],
};

/** 申请执行费 — Fee Measures art. 14(1): collected after enforcement, borne by the debtor (arts. 20, 38). */
export const enforcementSchedule: FeeSchedule = {
  id: 'enforcement',
  citation: { zh: '《诉讼费用交纳办法》第十四条第（一）项', en: 'Fee Measures art. 14(1)' },
  brackets: [
    { fromYuan: 0, toYuan: 10_000, flatYuan: 50 },
    { fromYuan: 10_000, toYuan: 500_000, ratePercent: '1.5' },
    { fromYuan: 500_000, toYuan: 5_000_000, ratePercent: '1' },
    { fromYuan: 5_000_000, toYuan: 10_000_000, ratePercent: '0.5' },
    { fromYuan: 10_000_000, toYuan: null, ratePercent: '0.1' },
  ],
};

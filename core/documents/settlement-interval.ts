/**
 * The interval between a settlement's instalments as the agreement words it (每月 / 每两个月 / 每三个月 …).
 * A stored plan keeps its schedule, not the interval it was built with, so the interval is read back from the
 * due dates: the schedule rule (core/tracking/settlement-plan.ts `buildSchedule`) puts instalment i on the
 * corresponding day i × interval months after the first (CC 202), so one interval reproduces every date, or the
 * schedule is irregular and the agreement points to its table instead.
 */
import { addMonths } from '../calendar/date-arithmetic';

/** The Chinese numerals for 1–12 as a month count is written (两个月, not 二个月). */
const monthCounts = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'] as const;

/** The months between instalments when every due date follows the first by a whole multiple of one interval; null otherwise (or for a single instalment). */
export function scheduleIntervalMonths(dueDates: readonly string[]): number | null {
  const [first, second] = dueDates;
  if (first === undefined || second === undefined) return null;
  const months = (Number(second.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(second.slice(5, 7)) - Number(first.slice(5, 7));
  if (months < 1 || months > 12) return null;
  return dueDates.every((date, i) => addMonths(first, i * months) === date) ? months : null;
}

/** How often the debtor pays, for the sentence 自…起{text}还款一次: 每月, 每两个月, 每三个月 … 每年; '' when irregular. */
export function intervalWording(months: number | null): string {
  if (months === null) return '';
  if (months === 1) return '每月';
  if (months === 12) return '每年';
  return `每${monthCounts[months] ?? String(months)}个月`;
}

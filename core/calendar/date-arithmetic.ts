/**
 * Arithmetic on calendar dates ('YYYY-MM-DD'). Periods follow CC 201–203 and CPL 85: the day of the
 * triggering event is not counted, a year or month period ends on the corresponding date, and where
 * the last month has no corresponding date, on that month's last day (29 Feb + 1 year → 28 Feb).
 */
import { daysInMonth, parseCalendarDate } from './chinese-date';

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a calendar date (UTC arithmetic on a date without time). */
export function dayNumber(date: string): number {
  const { year, month, day } = parseCalendarDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date `n` days after (or before, for negative n) `date`. */
export function addDays(date: string, n: number): string {
  const d = new Date((dayNumber(date) + n) * 86_400_000);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The corresponding date `n` months later; clamped to the month's last day when it has no such date (CC 202). */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The corresponding date `n` years later (29 Feb → 28 Feb in a common year). */
export function addYears(date: string, n: number): string {
  return addMonths(date, 12 * n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const weekday = (dayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday.
  return weekday <= 0 ? weekday + 7 : weekday;
}

/** The later of two dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

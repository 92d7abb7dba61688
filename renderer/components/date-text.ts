/**
 * Dates as typed into a DateField. The renderer may not import core's calendar (renderer/ takes only types from core/),
 * so the check here is the small one a form needs before saving; the services check every date again with
 * core/calendar/chinese-date.ts and their error is the final word.
 */

const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The date `text` names, written YYYY-MM-DD, or null when it is not a real date. Accepts what people type:
 * 2026-12-01, 2026-12-1, 2026.12.01, 2026年12月1日, 20261201. Slashes are accepted too, but 2026/13/01 is still no date.
 */
export function normaliseDateText(text: string): string | null {
  const trimmed = text.trim();
  const match = LOOSE_DATE.exec(trimmed) ?? COMPACT_DATE.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `value` lies within the optional bounds (both YYYY-MM-DD, which compare as strings). */
export function dateWithin(value: string, min?: string, max?: string): boolean {
  return (!min || value >= min) && (!max || value <= max);
}

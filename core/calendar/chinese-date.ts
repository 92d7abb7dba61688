/**
 * Calendar dates as the app stores them ('YYYY-MM-DD', China time) and as filings print them
 * ('2026年3月5日'). Pure: "today" is always passed in, never read from a clock.
 */
import { DossierError } from '../errors';

/** A calendar date split into its parts; month and day are 1-based. */
export type CalendarDate = { year: number; month: number; day: number };

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year in the Gregorian calendar (every 4th year, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1-12) of `year`; February has 29 only in leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits 'YYYY-MM-DD' into parts, or returns null when it is not a real Gregorian date (e.g. 2023-02-29). */
function splitDate(s: string): CalendarDate | null {
  const match = DATE_SHAPE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Year 0000 does not exist in the civil calendar; the app only deals with AD dates.
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `s` is a real calendar date written exactly as 'YYYY-MM-DD' (zero-padded). */
export function isCalendarDate(s: string): boolean {
  return splitDate(s) !== null;
}

/** Parses 'YYYY-MM-DD' into its parts; throws DossierError('invalid-input') when the date does not exist. */
export function parseCalendarDate(s: string, field = 'date'): CalendarDate {
  const parts = splitDate(s);
  if (parts) return parts;
  if (!DATE_SHAPE.test(s)) {
    throw new DossierError(
      'invalid-input',
      { zh: `日期“${s}”格式不正确，应为“年-月-日”，如 2026-03-05`, en: `The date "${s}" is not in the form YYYY-MM-DD, e.g. 2026-03-05` },
      { field },
    );
  }
  throw new DossierError(
    'invalid-input',
    { zh: `日期“${s}”不存在（请检查月份和日期，2 月 29 日只在闰年出现）`, en: `The date "${s}" does not exist (check the month and day; 29 February occurs only in leap years)` },
    { field },
  );
}

/**
 * Formats a date the way Chinese court filings write it: Arabic numerals without zero padding,
 * '2026年3月5日' (the style of the 民事起诉状 samples published by the Supreme People's Court).
 */
export function chineseDate(s: string): string {
  const { year, month, day } = parseCalendarDate(s);
  return `${year}年${month}月${day}日`;
}

/**
 * Full years (周岁) from `birthDate` to `today`, for the complaint's 年龄 field. The age goes up on the
 * birthday itself; someone born on 29 February gains a year on 1 March in common years, because
 * 28 February is still before their birthday. Throws when `birthDate` is after `today`.
 */
export function ageOn(birthDate: string, today: string): number {
  const birth = parseCalendarDate(birthDate, 'birthDate');
  const now = parseCalendarDate(today, 'today');
  if (birthDate > today) {
    throw new DossierError(
      'invalid-input',
      { zh: `出生日期 ${birthDate} 晚于今天（${today}）`, en: `The birth date ${birthDate} is after today (${today})` },
      { field: 'birthDate' },
    );
  }
  const hadBirthdayThisYear = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthdayThisYear ? 0 : 1);
}

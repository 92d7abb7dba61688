/**
 * Statutory holidays and the rule that a period whose last day is a holiday ends on the first day after
 * it (CC 203, CPL 85). The calendar is data (templates/data/holidays.json, editable in the app): the
 * State Council announces each year's holidays and the weekend days worked in exchange (调休上班日).
 * Whether an ordinary weekend counts as a 法定休假日 for this purpose is a setting (domain.md §4.3 [U]);
 * courts commonly treat it so, which is the default.
 */
import type { Bilingual } from '../bilingual';
import { addDays, isoWeekday } from './date-arithmetic';

/** One year's announced rest days and make-up working days. */
export type HolidayYear = { year: number; holidays: string[]; workdays: string[]; source: string };

/** The calendar used to roll period ends. */
export type HolidayCalendar = {
  years: HolidayYear[];
  /** Saturdays and Sundays count as rest days unless announced as make-up working days. */
  weekendsAreRestDays: boolean;
};

type CalendarIndex = { isRestDay(date: string): boolean; covers(year: number): boolean };
// Calendars are plain data never changed in place (an edit makes a new one), so one index per calendar
// object serves every derivation: the refresh of derived rows rolls dates for thousands of cases with one calendar.
const indexes = new WeakMap<HolidayCalendar, CalendarIndex>();

/** Builds a fast lookup from the calendar data (once per calendar object). */
export function indexCalendar(calendar: HolidayCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) indexes.set(calendar, (index = buildIndex(calendar)));
  return index;
}

function buildIndex(calendar: HolidayCalendar): CalendarIndex {
  const holidays = new Set(calendar.years.flatMap((y) => y.holidays));
  const workdays = new Set(calendar.years.flatMap((y) => y.workdays));
  const covered = new Set(calendar.years.map((y) => y.year));
  return {
    isRestDay(date: string): boolean {
      if (holidays.has(date)) return true;
      if (workdays.has(date)) return false;
      return calendar.weekendsAreRestDays && isoWeekday(date) >= 6;
    },
    covers(year: number): boolean {
      return covered.has(year);
    },
  };
}

/** A period's last day after rolling past rest days, with what the user should know about it. */
export type RolledDate = {
  /** The corresponding date before rolling. */
  nominal: string;
  /** The last day of the period. */
  lastDay: string;
  /** The rest days skipped, in order. */
  skipped: string[];
  /** Set when the calendar has no announced holidays for the year: only weekends could be rolled over. */
  calendarWarning: Bilingual | null;
};

/** Rolls `nominal` forward past rest days (CC 203 / CPL 85: the period ends on the first day after the holiday). */
export function rollPastRestDays(nominal: string, calendar: HolidayCalendar): RolledDate {
  const index = indexCalendar(calendar);
  const skipped: string[] = [];
  let lastDay = nominal;
  while (index.isRestDay(lastDay)) {
    skipped.push(lastDay);
    lastDay = addDays(lastDay, 1);
  }
  const year = Number(lastDay.slice(0, 4));
  const calendarWarning = index.covers(year)
    ? null
    : {
        zh: `节假日日历未包含 ${year} 年的法定节假日安排，仅按周末顺延；国务院公布当年安排后请更新日历并复核该日期`,
        en: `The holiday calendar has no announced holidays for ${year}; only weekends were rolled over. Update the calendar and recheck this date once the year's holidays are announced`,
      };
  return { nominal, lastDay, skipped, calendarWarning };
}

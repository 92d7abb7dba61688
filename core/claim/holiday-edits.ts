/**
 * The editable holiday calendar (domain.md §4.3, §11 item 12): the bundled templates/data/holidays.json
 * with the user's edits layered over it. A user may add a year the State Council has announced (with
 * its source) and mark single days as rest days, make-up working days, or ordinary days. Days can only
 * be edited in a year the calendar covers, so that a year nobody entered keeps its warning.
 */
import { DossierError } from '../errors';
import type { HolidayCalendar, HolidayYear } from '../calendar/holiday-calendar';

/** What a day is made by a user's edit. */
export const holidayDayKinds = ['holiday', 'workday', 'normal'] as const;
export type HolidayDayKind = (typeof holidayDayKinds)[number];

/** The user's edits as stored. */
export type HolidayEdits = {
  years: { year: number; source: string }[];
  days: { date: string; kind: HolidayDayKind; note: string }[];
  weekendsAreRestDays: boolean | null;
};

/** The bundled calendar with the user's edits applied. */
export function applyHolidayEdits(bundled: HolidayCalendar, edits: HolidayEdits): HolidayCalendar {
  const years = new Map<number, HolidayYear>(bundled.years.map((y) => [y.year, { ...y, holidays: [...y.holidays], workdays: [...y.workdays] }]));
  for (const added of edits.years) {
    const existing = years.get(added.year);
    years.set(added.year, existing ? { ...existing, source: added.source || existing.source } : { year: added.year, source: added.source, holidays: [], workdays: [] });
  }
  for (const day of edits.days) {
    const year = years.get(Number(day.date.slice(0, 4)));
    if (!year) continue;
    year.holidays = year.holidays.filter((d) => d !== day.date);
    year.workdays = year.workdays.filter((d) => d !== day.date);
    if (day.kind === 'holiday') year.holidays.push(day.date);
    if (day.kind === 'workday') year.workdays.push(day.date);
  }
  return {
    weekendsAreRestDays: edits.weekendsAreRestDays ?? bundled.weekendsAreRestDays,
    years: [...years.values()].sort((a, b) => a.year - b.year).map((y) => ({ ...y, holidays: [...y.holidays].sort(), workdays: [...y.workdays].sort() })),
  };
}

/** Refuses an edit of a day in a year the calendar does not cover. */
export function assertYearCovered(calendar: HolidayCalendar, date: string): void {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.some((y) => y.year === year)) {
    throw new DossierError('invalid-input', {
      zh: `日历中还没有 ${year} 年的节假日安排，请先添加该年度（注明国务院办公厅通知文号）再修改日期`,
      en: `The calendar has no holiday arrangement for ${year}; add the year (with the State Council notice) before editing its days`,
    }, { field: 'date' });
  }
}

import type { Handlers } from '../../core/contract';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { applyHolidayEdits, assertYearCovered } from '../../core/claim/holiday-edits';
import type { HolidayCalendarView } from '../../core/claim/claim-operations';
import { DossierError } from '../../core/errors';
import { createHolidayRepository } from '../db/holiday-repository';
import { bundledHolidayCalendar } from './holiday-calendar-source';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Handlers for the editable holiday calendar: the user's edits are stored in the database over the bundled file. */
export function createHolidayHandlers(context: ServiceContext) {
  const holidays = createHolidayRepository(context.db);
  const clock = clockOf(context);

  function view(): HolidayCalendarView {
    const bundled = bundledHolidayCalendar(context.templatesDir);
    const edits = holidays.edits();
    return { calendar: applyHolidayEdits(bundled, edits), edits, bundledYears: bundled.years.map((y) => y.year) };
  }
  function checkDate(date: string): void {
    if (!isCalendarDate(date)) throw new DossierError('invalid-input', { zh: `日期“${date}”不存在`, en: `The date "${date}" does not exist` }, { field: 'date' });
  }

  return {
    'holiday:get': () => view(),
    'holiday:add-year': ({ year, source }) => {
      holidays.addYear(year, source, clock.timestamp());
      return view();
    },
    'holiday:set-day': ({ date, kind, note }) => {
      checkDate(date);
      assertYearCovered(view().calendar, date);
      holidays.setDay(date, kind, note, clock.timestamp());
      return view();
    },
    'holiday:clear-day': ({ date }) => {
      holidays.clearDay(date);
      return view();
    },
    'holiday:set-weekends': ({ weekendsAreRestDays }) => {
      holidays.setWeekends(weekendsAreRestDays);
      return view();
    },
  } satisfies Partial<Handlers>;
}

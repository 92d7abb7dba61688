import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../core/calendar/chinese-date';
import { isoWeekday } from '../../../core/calendar/date-arithmetic';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';

const calendar = JSON.parse(readFileSync(new URL('../../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;

describe('bundled holiday calendar', () => {
  it('holds real dates of the right year, make-up working days on weekends only, and no day in both lists', () => {
    expect(calendar.years.length).toBeGreaterThan(0);
    for (const year of calendar.years) {
      expect(year.source).not.toBe('');
      for (const date of [...year.holidays, ...year.workdays]) {
        expect(isCalendarDate(date), date).toBe(true);
        expect(date.startsWith(String(year.year)) || date.startsWith(String(year.year - 1)), date).toBe(true);
      }
      for (const date of year.workdays) expect(isoWeekday(date), date).toBeGreaterThanOrEqual(6);
      expect(year.holidays.filter((d) => year.workdays.includes(d))).toEqual([]);
      // Every announced year has New Year's Day, the Spring Festival week and National Day.
      expect(year.holidays).toContain(`${year.year}-01-01`);
      expect(year.holidays).toContain(`${year.year}-10-01`);
      expect(year.holidays.length).toBeGreaterThanOrEqual(26);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isoWeekday } from '../../../core/calendar/date-arithmetic';
import { rollPastRestDays } from '../../../core/calendar/holiday-calendar';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('ends year and month periods on the corresponding date, or the month end (CC 202)', () => {
    expect(addYears('2023-06-15', 3)).toBe('2026-06-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 2)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days and weekdays', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(isoWeekday('2026-11-28')).toBe(6);
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });
});

describe('rolling past rest days (CC 203, CPL 85)', () => {
  const calendar: HolidayCalendar = {
    weekendsAreRestDays: true,
    years: [
      { year: 2025, source: 'test', holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
    ],
  };

  it('moves a last day inside a holiday to the first working day after it', () => {
    const rolled = rollPastRestDays('2025-10-03', calendar);
    expect(rolled.lastDay).toBe('2025-10-09');
    expect(rolled.skipped).toHaveLength(6);
    expect(rolled.calendarWarning).toBeNull();
  });

  it('rolls a Saturday to Monday but not a make-up working Saturday', () => {
    expect(rollPastRestDays('2025-11-15', calendar).lastDay).toBe('2025-11-17');
    expect(rollPastRestDays('2025-10-11', calendar).lastDay).toBe('2025-10-11');
    expect(rollPastRestDays('2025-11-15', { ...calendar, weekendsAreRestDays: false }).lastDay).toBe('2025-11-15');
  });

  it('warns when the year has no announced holidays', () => {
    const rolled = rollPastRestDays('2029-05-01', calendar);
    expect(rolled.lastDay).toBe('2029-05-01');
    expect(rolled.calendarWarning?.zh).toContain('2029');
  });
});

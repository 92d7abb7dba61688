import { describe, it, expect } from 'vitest';
import { DossierError } from '../../../core/errors';
import { ageOn, chineseDate, daysInMonth, isCalendarDate, isLeapYear, parseCalendarDate } from '../../../core/calendar/chinese-date';

describe('chineseDate', () => {
  it('writes dates the way filings do, without zero padding', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(chineseDate('2024-10-01')).toBe('2024年10月1日');
  });

  it('throws for a date that does not exist', () => {
    expect(() => chineseDate('2026-02-29')).toThrow(DossierError);
  });
});

describe('isCalendarDate and parseCalendarDate', () => {
  it('accepts real dates and splits them', () => {
    expect(parseCalendarDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-04-30')).toBe(true);
  });

  it('allows 29 February only in leap years', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });

  it('rejects impossible dates and other shapes', () => {
    for (const s of ['2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-3-5', '2026/03/05', '20260305', ' 2026-03-05', '']) {
      expect(isCalendarDate(s), s).toBe(false);
    }
  });

  it('throws invalid-input with the given field and a message naming the problem', () => {
    try {
      parseCalendarDate('2023-02-29', 'repaymentDate');
      expect.fail('should throw');
    } catch (error) {
      expect((error as DossierError).code).toBe('invalid-input');
      expect((error as DossierError).location.field).toBe('repaymentDate');
      expect((error as DossierError).text.zh).toContain('闰年');
    }
    expect(() => parseCalendarDate('2026/03/05')).toThrow(/YYYY-MM-DD/);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('ageOn', () => {
  it('counts full years, going up on the birthday', () => {
    expect(ageOn('1990-03-05', '2026-03-04')).toBe(35);
    expect(ageOn('1990-03-05', '2026-03-05')).toBe(36);
    expect(ageOn('1990-12-31', '2026-03-05')).toBe(35);
    expect(ageOn('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('ages someone born on 29 February on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('throws when the birth date is after today or invalid', () => {
    expect(() => ageOn('2026-03-06', '2026-03-05')).toThrow(DossierError);
    expect(() => ageOn('1990-02-30', '2026-03-05')).toThrow(DossierError);
  });
});

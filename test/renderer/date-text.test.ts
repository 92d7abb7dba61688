import { describe, expect, it } from 'vitest';
import { dateWithin, normaliseDateText } from '../../renderer/components/date-text';

describe('normaliseDateText', () => {
  it('keeps a date already written yyyy-mm-dd', () => {
    expect(normaliseDateText('2026-12-01')).toBe('2026-12-01');
  });

  it('pads and rewrites the ways people type a date', () => {
    expect(normaliseDateText(' 2026-12-1 ')).toBe('2026-12-01');
    expect(normaliseDateText('2026.3.5')).toBe('2026-03-05');
    expect(normaliseDateText('2026年3月5日')).toBe('2026-03-05');
    expect(normaliseDateText('20260305')).toBe('2026-03-05');
  });

  it('refuses a month or day that does not exist', () => {
    expect(normaliseDateText('2026/13/01')).toBeNull();
    expect(normaliseDateText('2026-02-29')).toBeNull();
    expect(normaliseDateText('2026-04-31')).toBeNull();
    expect(normaliseDateText('2026-00-10')).toBeNull();
  });

  it('takes 29 February only in a leap year', () => {
    expect(normaliseDateText('2028-02-29')).toBe('2028-02-29');
    expect(normaliseDateText('2100-02-29')).toBeNull();
  });

  it('refuses text that is no date at all', () => {
    expect(normaliseDateText('12/01/2026')).toBeNull();
    expect(normaliseDateText('')).toBeNull();
    expect(normaliseDateText('明天')).toBeNull();
  });
});

describe('dateWithin', () => {
  it('checks the optional bounds', () => {
    expect(dateWithin('2026-12-01', '1900-01-01', '2099-12-31')).toBe(true);
    expect(dateWithin('1899-12-31', '1900-01-01')).toBe(false);
    expect(dateWithin('2100-01-01', undefined, '2099-12-31')).toBe(false);
    expect(dateWithin('2026-12-01')).toBe(true);
  });
});

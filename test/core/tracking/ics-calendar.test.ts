import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../core/tracking/ics-calendar';

/** Unfolds and splits an iCalendar text into content lines (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('iCalendar export (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'申请执行期限届满'.repeat(10)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toEqual([line]);
  });

  it('writes all-day events with a stable UID, a reminder and CRLF line ends', () => {
    const text = buildCalendar('卷宗 期限', [
      { uid: 'case-3-appeal:7@dossier.invalid', date: '2026-10-08', summary: '【期限】李晓梅 上诉期届满', description: '依据：《民事诉讼法》第一百七十一条，第八十五条; CPL 171, 85', categories: ['上诉期届满'], alarmDaysBefore: 3 },
    ], '2026-11-28T02:00:00.000Z');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTAMP:20261128T020000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261008');
    expect(lines).toContain('DTEND;VALUE=DATE:20261009');
    expect(lines).toContain('UID:case-3-appeal:7@dossier.invalid');
    expect(lines).toContain('DESCRIPTION:依据：《民事诉讼法》第一百七十一条，第八十五条\\; CPL 171\\, 85');
    expect(lines).toContain('TRIGGER:-P3D');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});

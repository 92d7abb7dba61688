/**
 * An iCalendar file (RFC 5545) of deadlines, for Outlook, Apple Calendar, Thunderbird and phone calendars:
 * one all-day VEVENT per date with a reminder before it. Written here rather than with a package because
 * the subset is small: CRLF line ends, TEXT escaping (§3.3.11), and folding at 75 octets without cutting
 * a UTF-8 character (§3.1) — Chinese text is three octets a character.
 */
import { addDays } from '../calendar/date-arithmetic';

/** One all-day entry. */
export type CalendarEntry = {
  /** Globally unique and stable across exports, so re-importing updates rather than duplicates (§3.8.4.7). */
  uid: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description: string;
  categories: string[];
  /** Days before the date to show a reminder; none when null. */
  alarmDaysBefore: number | null;
};

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line so no physical line exceeds 75 octets; continuation lines begin with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

/** A UTC instant ('2026-11-28T02:00:00.000Z') as an iCalendar DATE-TIME in UTC form. */
function basicInstant(isoUtc: string): string {
  return isoUtc.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');
}

/** The whole calendar file; `generatedAtUtc` is the export time (DTSTAMP), passed in because core has no clock. */
export function buildCalendar(name: string, entries: readonly CalendarEntry[], generatedAtUtc: string): string {
  const stamp = basicInstant(generatedAtUtc);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dossier//Dossier deadlines 1.0//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(entry.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(entry.date, 1))}`,
      `SUMMARY:${escapeText(entry.summary)}`,
      `DESCRIPTION:${escapeText(entry.description)}`,
      ...(entry.categories.length > 0 ? [`CATEGORIES:${entry.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
    );
    if (entry.alarmDaysBefore !== null) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(entry.summary)}`, `TRIGGER:-P${entry.alarmDaysBefore}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import { DossierError } from '../../core/errors';

/**
 * The holiday calendar the tracking deadlines roll over (CC 203, CPL 85): the bundled
 * templates/data/holidays.json, read and checked here. The user-editable calendar (issue 3's
 * holiday edits) will replace this loader; the version hash changes with the calendar, which makes
 * every case's stored deadlines stale and recomputed.
 */

const holidayFile = z.object({
  weekendsAreRestDays: z.boolean(),
  years: z.array(z.object({
    year: z.number().int().min(1990).max(2200),
    source: z.string(),
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    workdays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  })),
});

/** A calendar and a short hash identifying its content. */
export type VersionedCalendar = { calendar: HolidayCalendar; version: string };

const cache = new Map<string, { mtimeMs: number; value: VersionedCalendar }>();

/** Loads (and caches until the file changes) the bundled holiday calendar under `templatesDir`. */
export function loadTrackingCalendar(templatesDir: string): VersionedCalendar {
  const path = join(templatesDir, 'data', 'holidays.json');
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    throw new DossierError('io-error', { zh: `找不到节假日日历文件：${path}`, en: `The holiday calendar file is missing: ${path}` }, { file: path });
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.value;
  const text = readFileSync(path, 'utf8');
  const parsed = holidayFile.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new DossierError('invalid-input', { zh: `节假日日历文件格式有误：${path}`, en: `The holiday calendar file is malformed: ${path}` }, { file: path });
  }
  const value = { calendar: parsed.data, version: createHash('sha256').update(text).digest('hex').slice(0, 16) };
  cache.set(path, { mtimeMs, value });
  return value;
}

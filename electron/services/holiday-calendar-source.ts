import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import { applyHolidayEdits } from '../../core/claim/holiday-edits';
import { DossierError } from '../../core/errors';
import { createHolidayRepository } from '../db/holiday-repository';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const holidayFile = z.object({
  weekendsAreRestDays: z.boolean(),
  years: z.array(z.object({
    year: z.number().int().min(1990).max(2200),
    source: z.string(),
    holidays: z.array(isoDate),
    workdays: z.array(isoDate),
  })),
});

/** The bundled calendar (templates/data/holidays.json), checked so a damaged file is named, not half-used. */
export function bundledHolidayCalendar(templatesDir: string): HolidayCalendar {
  const path = join(templatesDir, 'data', 'holidays.json');
  let parsed;
  try {
    parsed = holidayFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    throw new DossierError('io-error', { zh: `无法读取节假日日历文件：${path}`, en: `Cannot read the holiday calendar file: ${path}` }, { file: path });
  }
  if (!parsed.success) {
    throw new DossierError('invalid-input', { zh: `节假日日历文件格式有误：${path}`, en: `The holiday calendar file is malformed: ${path}` }, { file: path });
  }
  return parsed.data;
}

/** The calendar in force: the bundled file with the user's edits from the database layered over it. */
export function effectiveHolidayCalendar(db: Database.Database, templatesDir: string): HolidayCalendar {
  return applyHolidayEdits(bundledHolidayCalendar(templatesDir), createHolidayRepository(db).edits());
}

/** A calendar and a short hash of its content: stored deadlines carry it, so any edit makes them stale. */
export type VersionedCalendar = { calendar: HolidayCalendar; version: string };

/** The calendar in force with its version hash. */
export function versionedHolidayCalendar(db: Database.Database, templatesDir: string): VersionedCalendar {
  const calendar = effectiveHolidayCalendar(db, templatesDir);
  return { calendar, version: createHash('sha256').update(JSON.stringify(calendar)).digest('hex').slice(0, 16) };
}

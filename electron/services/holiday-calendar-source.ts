import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import { applyHolidayEdits } from '../../core/claim/holiday-edits';
import type Database from 'better-sqlite3';
import { createHolidayRepository } from '../db/holiday-repository';

/** The bundled calendar (templates/data/holidays.json). */
export function bundledHolidayCalendar(templatesDir: string): HolidayCalendar {
  return JSON.parse(readFileSync(join(templatesDir, 'data', 'holidays.json'), 'utf8')) as HolidayCalendar;
}

/** The calendar in force: the bundled file with the user's edits from the database layered over it. */
export function effectiveHolidayCalendar(db: Database.Database, templatesDir: string): HolidayCalendar {
  return applyHolidayEdits(bundledHolidayCalendar(templatesDir), createHolidayRepository(db).edits());
}

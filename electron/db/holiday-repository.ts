import type Database from 'better-sqlite3';
import type { HolidayDayKind, HolidayEdits } from '../../core/claim/holiday-edits';

/** The user's edits to the holiday calendar (holiday_user_years, holiday_user_days, and the weekend setting). */
export function createHolidayRepository(db: Database.Database) {
  return {
    edits(): HolidayEdits {
      const years = db.prepare('SELECT year, source FROM holiday_user_years ORDER BY year').all() as { year: number; source: string }[];
      const days = db.prepare('SELECT date, kind, note FROM holiday_user_days ORDER BY date').all() as { date: string; kind: HolidayDayKind; note: string }[];
      const weekends = db.prepare("SELECT value FROM evidence_settings WHERE key = 'weekendsAreRestDays'").get() as { value: string } | undefined;
      return { years, days, weekendsAreRestDays: weekends ? weekends.value === 'true' : null };
    },
    addYear(year: number, source: string, now: string): void {
      db.prepare('INSERT INTO holiday_user_years (year, source, updated_at) VALUES (?, ?, ?) ON CONFLICT(year) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at')
        .run(year, source, now);
    },
    setDay(date: string, kind: HolidayDayKind, note: string, now: string): void {
      db.prepare('INSERT INTO holiday_user_days (date, kind, note, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, note = excluded.note, updated_at = excluded.updated_at')
        .run(date, kind, note, now);
    },
    clearDay(date: string): void {
      db.prepare('DELETE FROM holiday_user_days WHERE date = ?').run(date);
    },
    setWeekends(value: boolean): void {
      db.prepare("INSERT INTO evidence_settings (key, value) VALUES ('weekendsAreRestDays', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(value));
    },
  };
}

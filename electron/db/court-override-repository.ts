import type Database from 'better-sqlite3';
import type { Court } from '../../core/court/court-model';
import { courtOverrideFromRow, courtOverrideToRow } from './court-rows';
import type { CourtOverrideRow } from './court-rows';

/** Reads and writes the user's edits of the court directory (court_overrides). */
export function createCourtOverrideRepository(db: Database.Database) {
  return {
    list() {
      return (db.prepare('SELECT * FROM court_overrides ORDER BY id').all() as CourtOverrideRow[]).map(courtOverrideFromRow);
    },
    find(id: string) {
      const row = db.prepare('SELECT * FROM court_overrides WHERE id = ?').get(id) as CourtOverrideRow | undefined;
      return row && courtOverrideFromRow(row);
    },
    /** Inserts or replaces the override of one court. */
    put(court: Court & { initials: string }, origin: 'edited' | 'user', hidden: boolean, now: string): void {
      db.prepare(
        `INSERT INTO court_overrides (id, origin, hidden, name, level, kind, division_code, address, phone, notes, towns_json, scope_json, appeal_court_id, initials, updated_at)
         VALUES (@id, @origin, @hidden, @name, @level, @kind, @division_code, @address, @phone, @notes, @towns_json, @scope_json, @appeal_court_id, @initials, @now)
         ON CONFLICT(id) DO UPDATE SET origin = excluded.origin, hidden = excluded.hidden, name = excluded.name, level = excluded.level,
           kind = excluded.kind, division_code = excluded.division_code, address = excluded.address, phone = excluded.phone,
           notes = excluded.notes, towns_json = excluded.towns_json, scope_json = excluded.scope_json,
           appeal_court_id = excluded.appeal_court_id, initials = excluded.initials, updated_at = excluded.updated_at`,
      ).run({ ...courtOverrideToRow(court, origin, hidden), now });
    },
    remove(id: string): void {
      db.prepare('DELETE FROM court_overrides WHERE id = ?').run(id);
    },
    /** The next free number for a user-added court id (user-1, user-2, …). */
    nextUserNumber(): number {
      const rows = db.prepare("SELECT id FROM court_overrides WHERE id LIKE 'user-%'").all() as { id: string }[];
      return rows.reduce((max, r) => Math.max(max, Number(r.id.slice(5)) || 0), 0) + 1;
    },
  };
}
export type CourtOverrideRepository = ReturnType<typeof createCourtOverrideRepository>;

import type Database from 'better-sqlite3';
import type { ManualLimitationEvent } from '../../core/claim/claim-operations';
import { limitationEventFromRow } from './claim-rows';
import type { LimitationEventRow } from './claim-rows';

/** Limitation events entered by hand (limitation_events). */
export function createLimitationEventRepository(db: Database.Database) {
  // Prepared once: the limitation of every case reads it when derived rows are refreshed.
  const listStatement = db.prepare('SELECT * FROM limitation_events WHERE case_id = ? ORDER BY event_date, id');
  return {
    listForCase(caseId: number): ManualLimitationEvent[] {
      return (listStatement.all(caseId) as LimitationEventRow[]).map(limitationEventFromRow);
    },
    find(id: number): ManualLimitationEvent | undefined {
      const row = db.prepare('SELECT * FROM limitation_events WHERE id = ?').get(id) as LimitationEventRow | undefined;
      return row && limitationEventFromRow(row);
    },
    insert(e: Omit<ManualLimitationEvent, 'id'>, now: string): number {
      return Number(db.prepare('INSERT INTO limitation_events (case_id, event_date, kind, note, evidence_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(e.caseId, e.date, e.kind, e.note, e.evidenceId, now).lastInsertRowid);
    },
    update(id: number, e: Omit<ManualLimitationEvent, 'id'>): void {
      db.prepare('UPDATE limitation_events SET event_date = ?, kind = ?, note = ?, evidence_id = ? WHERE id = ?').run(e.date, e.kind, e.note, e.evidenceId, id);
    },
    remove(id: number): void {
      db.prepare('DELETE FROM limitation_events WHERE id = ?').run(id);
    },
  };
}

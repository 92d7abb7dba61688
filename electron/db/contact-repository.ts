import type Database from 'better-sqlite3';
import type { ContactRecord, ContactValues } from '../../core/evidence/contact-model';
import { contactFromRow, contactToRow } from './contact-rows';
import type { ContactRow } from './contact-rows';

const columns = [
  'case_id', 'occurred_at', 'channel', 'party', 'party_name', 'address', 'to_reserved_contact', 'outcome', 'notes', 'proof_evidence_id',
  'delivery_proof', 'tracking_number', 'delivery_status', 'delivered_on', 'agency', 'agency_disclosed', 'time_consented', 'review_note',
] as const;

/** Reads and writes contact records (contact_records). */
export function createContactRepository(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO contact_records (${columns.join(', ')}, created_at, updated_at) VALUES (${columns.map((c) => '@' + c).join(', ')}, @now, @now)`);
  const update = db.prepare(`UPDATE contact_records SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`);
  // Prepared once: the limitation of every case reads it when derived rows are refreshed.
  const listStatement = db.prepare('SELECT * FROM contact_records WHERE case_id = ? ORDER BY occurred_at, id');
  return {
    listForCase(caseId: number): ContactRecord[] {
      return (listStatement.all(caseId) as ContactRow[]).map(contactFromRow);
    },
    find(id: number): ContactRecord | undefined {
      const row = db.prepare('SELECT * FROM contact_records WHERE id = ?').get(id) as ContactRow | undefined;
      return row && contactFromRow(row);
    },
    insert(caseId: number, values: ContactValues, now: string): number {
      return Number(insert.run({ ...contactToRow(caseId, values), now }).lastInsertRowid);
    },
    update(id: number, caseId: number, values: ContactValues, now: string): void {
      update.run({ ...contactToRow(caseId, values), now, id });
    },
    remove(id: number): void {
      db.prepare('DELETE FROM contact_records WHERE id = ?').run(id);
    },
  };
}
export type ContactRepository = ReturnType<typeof createContactRepository>;

import type Database from 'better-sqlite3';
import type { EvidenceItem } from '../../core/evidence/evidence-model';
import { evidenceFromRow, evidenceToRow } from './evidence-rows';
import type { EvidenceRow } from './evidence-rows';

const columns = [
  'case_id', 'kind', 'title', 'proves', 'period_from', 'period_to', 'source', 'excluded', 'recorded_name', 'recorded_id_number',
  'has_key_term_notice', 'file_name', 'file_type', 'mime_type', 'size_bytes', 'sha256', 'page_count', 'added_at',
] as const;
const metaColumns = ['kind', 'title', 'proves', 'period_from', 'period_to', 'source', 'excluded', 'recorded_name', 'recorded_id_number', 'has_key_term_notice'] as const;

/** Reads and writes evidence items (evidence_items); the files themselves live in the evidence store. */
export function createEvidenceRepository(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO evidence_items (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
  const update = db.prepare(`UPDATE evidence_items SET ${metaColumns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  return {
    listForCase(caseId: number): EvidenceItem[] {
      return (db.prepare('SELECT * FROM evidence_items WHERE case_id = ? ORDER BY id').all(caseId) as EvidenceRow[]).map(evidenceFromRow);
    },
    find(id: number): EvidenceItem | undefined {
      const row = db.prepare('SELECT * FROM evidence_items WHERE id = ?').get(id) as EvidenceRow | undefined;
      return row && evidenceFromRow(row);
    },
    findByHash(caseId: number, sha256: string): EvidenceItem | undefined {
      const row = db.prepare('SELECT * FROM evidence_items WHERE case_id = ? AND sha256 = ?').get(caseId, sha256) as EvidenceRow | undefined;
      return row && evidenceFromRow(row);
    },
    insert(item: Omit<EvidenceItem, 'id'>): number {
      return Number(insert.run(evidenceToRow(item)).lastInsertRowid);
    },
    updateMeta(id: number, item: EvidenceItem): void {
      const row = evidenceToRow(item);
      update.run({ ...Object.fromEntries(metaColumns.map((c) => [c, row[c]])), id });
    },
    remove(id: number): void {
      db.prepare('DELETE FROM evidence_items WHERE id = ?').run(id);
    },
  };
}
export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;

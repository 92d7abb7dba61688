import type Database from 'better-sqlite3';
import type { DocumentInputs } from '../../core/documents/document-inputs';

/** The inputs last entered for a case's document (table document_inputs, migration 005), to start from next time. */
export function createDocumentInputRepository(db: Database.Database) {
  return {
    find(caseId: number, templateId: string): DocumentInputs | null {
      const row = db.prepare('SELECT inputs_json FROM document_inputs WHERE case_id = ? AND template_id = ?').get(caseId, templateId) as { inputs_json: string } | undefined;
      return row ? (JSON.parse(row.inputs_json) as DocumentInputs) : null;
    },
    /** Every template's saved inputs for a case, oldest first, so later entries override earlier ones. */
    allForCase(caseId: number): DocumentInputs[] {
      const rows = db.prepare('SELECT inputs_json FROM document_inputs WHERE case_id = ? ORDER BY updated_at, template_id').all(caseId) as { inputs_json: string }[];
      return rows.map((row) => JSON.parse(row.inputs_json) as DocumentInputs);
    },
    save(caseId: number, templateId: string, inputs: DocumentInputs, at: string): void {
      db.prepare(
        `INSERT INTO document_inputs (case_id, template_id, inputs_json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_id, template_id) DO UPDATE SET inputs_json = excluded.inputs_json, updated_at = excluded.updated_at`,
      ).run(caseId, templateId, JSON.stringify(inputs), at);
    },
  };
}

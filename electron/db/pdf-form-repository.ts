import type Database from 'better-sqlite3';
import type { FormMapping } from '../../core/forms/form-model';

/** An imported fillable form (table pdf_forms, migration 005); the file sits under the data folder. */
export type PdfFormRow = { id: number; name: string; sha256: string; relative_path: string; field_count: number; created_at: string };

/** Imported forms and the field mapping saved for each form (bundled or imported). */
export function createPdfFormRepository(db: Database.Database) {
  return {
    list(): PdfFormRow[] {
      return db.prepare('SELECT * FROM pdf_forms ORDER BY id').all() as PdfFormRow[];
    },
    find(id: number): PdfFormRow | undefined {
      return db.prepare('SELECT * FROM pdf_forms WHERE id = ?').get(id) as PdfFormRow | undefined;
    },
    findBySha(sha256: string): PdfFormRow | undefined {
      return db.prepare('SELECT * FROM pdf_forms WHERE sha256 = ?').get(sha256) as PdfFormRow | undefined;
    },
    insert(values: Omit<PdfFormRow, 'id'>): number {
      return Number(
        db.prepare('INSERT INTO pdf_forms (name, sha256, relative_path, field_count, created_at) VALUES (@name, @sha256, @relative_path, @field_count, @created_at)')
          .run(values).lastInsertRowid,
      );
    },
    mapping(formKey: string): FormMapping | null {
      const row = db.prepare('SELECT mapping_json FROM form_mappings WHERE form_key = ?').get(formKey) as { mapping_json: string } | undefined;
      return row ? (JSON.parse(row.mapping_json) as FormMapping) : null;
    },
    saveMapping(formKey: string, mapping: FormMapping, at: string): void {
      db.prepare(
        `INSERT INTO form_mappings (form_key, mapping_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (form_key) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
      ).run(formKey, JSON.stringify(mapping), at);
    },
    hasMapping(formKey: string): boolean {
      return db.prepare('SELECT 1 FROM form_mappings WHERE form_key = ?').get(formKey) !== undefined;
    },
  };
}

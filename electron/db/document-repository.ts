import type Database from 'better-sqlite3';
import type { GeneratedDocument } from '../../core/contract';
import { documentFromRow } from './rows';
import type { DocumentRow } from './rows';

/** The record of generated documents; paths are stored relative to the data folder. */
export function createDocumentRepository(db: Database.Database, absolutePath: (relative: string) => string) {
  return {
    listForCase(caseId: number): GeneratedDocument[] {
      const rows = db.prepare('SELECT * FROM documents WHERE case_id = ? ORDER BY id DESC').all(caseId) as DocumentRow[];
      return rows.map((row) => documentFromRow(row, absolutePath));
    },
    find(id: number): GeneratedDocument | undefined {
      const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
      return row && documentFromRow(row, absolutePath);
    },
    /** Deletes one record; the caller removes the file and writes the audit entry in the same transaction. */
    remove(id: number): void {
      db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    },
    insert(values: Omit<DocumentRow, 'id'>): number {
      const result = db
        .prepare(
          `INSERT INTO documents (case_id, template_id, template_version, format, file_name, relative_path, size_bytes, sha256, data_hash, created_at)
           VALUES (@case_id, @template_id, @template_version, @format, @file_name, @relative_path, @size_bytes, @sha256, @data_hash, @created_at)`,
        )
        .run(values);
      return Number(result.lastInsertRowid);
    },
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

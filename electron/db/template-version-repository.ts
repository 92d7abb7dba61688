import type Database from 'better-sqlite3';
import type { TemplateVersionSummary } from '../../core/contract';

/** A stored user version of a template (table template_versions, migration 005). */
export type TemplateVersionRow = {
  id: number; template_id: string; version: string; based_on_version: string; manifest_json: string; body: string;
  note: string; created_at: string; created_by: string;
};

/** template_versions row → the summary shown in the version list. */
export function templateVersionFromRow(row: TemplateVersionRow, title: string): TemplateVersionSummary {
  return { version: row.version, source: 'user', basedOn: row.based_on_version, title, note: row.note, createdAt: row.created_at, createdBy: row.created_by };
}

/** User versions of templates: append-only, so a document keeps the exact text it was generated from. */
export function createTemplateVersionRepository(db: Database.Database) {
  return {
    /** Versions of one template, oldest first. */
    list(templateId: string): TemplateVersionRow[] {
      return db.prepare('SELECT * FROM template_versions WHERE template_id = ? ORDER BY id').all(templateId) as TemplateVersionRow[];
    },
    find(templateId: string, version: string): TemplateVersionRow | undefined {
      return db.prepare('SELECT * FROM template_versions WHERE template_id = ? AND version = ?').get(templateId, version) as TemplateVersionRow | undefined;
    },
    latest(templateId: string): TemplateVersionRow | undefined {
      return db.prepare('SELECT * FROM template_versions WHERE template_id = ? ORDER BY id DESC LIMIT 1').get(templateId) as TemplateVersionRow | undefined;
    },
    insert(values: Omit<TemplateVersionRow, 'id'>): number {
      return Number(
        db.prepare(
          `INSERT INTO template_versions (template_id, version, based_on_version, manifest_json, body, note, created_at, created_by)
           VALUES (@template_id, @version, @based_on_version, @manifest_json, @body, @note, @created_at, @created_by)`,
        ).run(values).lastInsertRowid,
      );
    },
  };
}

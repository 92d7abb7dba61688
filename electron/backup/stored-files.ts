import type Database from 'better-sqlite3';
import { relative } from 'node:path';
import type { BackedUpFile } from '../../core/backup/backup-model';
import { createEvidenceStore } from '../services/evidence-store';
import { attachmentPath } from '../services/tracking-attachments';

/**
 * Every file in the data folder a database refers to, with the hash it must have: evidence, event
 * attachments, imported PDF forms and generated documents. Paths come from the stores' own rules, so
 * a backup finds each file where the app keeps it.
 */
export function storedFilesOf(db: Database.Database, dataDir: string): BackedUpFile[] {
  const evidence = createEvidenceStore(dataDir);
  const inFolder = (path: string) => relative(dataDir, path).split('\\').join('/');
  const files = new Map<string, BackedUpFile>();
  const add = (relativePath: string, sha256: string) => {
    if (!files.has(relativePath)) files.set(relativePath, { relativePath, sha256 });
  };
  const hashes = (sql: string) => (db.prepare(sql).pluck().all() as string[]);
  for (const sha256 of hashes('SELECT DISTINCT sha256 FROM evidence_items')) add(inFolder(evidence.pathOf(sha256)), sha256);
  for (const sha256 of hashes('SELECT DISTINCT attachment_sha256 FROM case_events WHERE attachment_sha256 IS NOT NULL')) add(inFolder(attachmentPath(dataDir, sha256)), sha256);
  for (const table of ['pdf_forms', 'documents'] as const) {
    const rows = db.prepare(`SELECT relative_path, sha256 FROM ${table}`).all() as { relative_path: string; sha256: string }[];
    for (const row of rows) add(row.relative_path.split('\\').join('/'), row.sha256);
  }
  return [...files.values()];
}

/**
 * Writing generated files into a case's folder of the data folder and recording them: every format is
 * rendered before anything is written, files are written atomically, and the rows and audit records go
 * in one transaction — if that fails, the files just written are removed again (nothing half-written).
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DocumentFormat, GeneratedDocument } from '../../core/contract';
import { writeAudit } from '../db/audit-log';
import { createDocumentRepository } from '../db/document-repository';
import { insideDataFolder } from './data-folder';
import { clockOf, type ServiceContext } from './service-context';
import { writeStoredFile } from './stored-file';

/** SHA-256 of bytes or text, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Canonical JSON (sorted keys) so the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Characters Windows, macOS or Linux refuse in a file name. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);
}

/** A base name no earlier document of this case uses in any of the formats (two runs in one second). */
function freeBaseName(folder: string, base: string, formats: readonly DocumentFormat[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (formats.every((format) => !existsSync(join(folder, `${candidate}.${format}`)))) return candidate;
  }
}

/** One rendered file waiting to be written. */
export type RenderedFile = { format: DocumentFormat; bytes: Uint8Array };

/** What the files are: the case, the template (or form) and version, a title for the file name, the data hash. */
export type FileRecord = { caseId: number; templateId: string; templateVersion: string; title: string; defendantName: string; dataHash: string };

/**
 * Writes the rendered files into documents/case-N/ and records them with an audit entry each; `alsoInTransaction`
 * runs inside the same transaction (e.g. saving the inputs used).
 */
export function storeCaseDocuments(context: ServiceContext, record: FileRecord, files: RenderedFile[], alsoInTransaction: () => void = () => undefined): GeneratedDocument[] {
  const { db, dataDir, actor } = context;
  const clock = clockOf(context);
  const documents = createDocumentRepository(db, (rel) => insideDataFolder(dataDir, rel));
  const stamp = clock.timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const folder = insideDataFolder(dataDir, 'documents', `case-${record.caseId}`);
  const baseName = freeBaseName(folder, safeFileName(`${record.title}-${record.defendantName}-${stamp}`), files.map((f) => f.format));
  const written: string[] = [];
  try {
    const rows = files.map(({ format, bytes }) => {
      const fileName = `${baseName}.${format}`;
      const path = insideDataFolder(dataDir, 'documents', `case-${record.caseId}`, fileName);
      writeStoredFile(path, bytes, context.filesKey);
      written.push(path);
      return {
        case_id: record.caseId, template_id: record.templateId, template_version: record.templateVersion,
        format, file_name: fileName, relative_path: relative(dataDir, path), size_bytes: bytes.length,
        sha256: sha256(bytes), data_hash: record.dataHash, created_at: clock.timestamp(),
      };
    });
    return db.transaction(() => {
      const stored = rows.map((row) => {
        const id = documents.insert(row);
        const after = documents.find(id)!;
        writeAudit(db, { at: row.created_at, actor, entity: 'case', entityId: record.caseId, action: 'generate', before: null, after });
        return after;
      });
      alsoInTransaction();
      return stored;
    }).immediate();
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}

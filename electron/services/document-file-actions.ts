import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { GeneratedDocument, Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import { createDocumentRepository } from '../db/document-repository';
import { insideDataFolder } from './data-folder';
import { plainPathForViewer } from './plain-copy';
import { clockOf, type ServiceContext } from './service-context';
import { readStoredFile } from './stored-file';

/** The file of a generated document, refused unless it really lies inside the data folder (also through links). */
function fileInsideDataFolder(dataDir: string, document: GeneratedDocument): string {
  const outside = new DossierError('forbidden', {
    zh: `文书文件不在数据文件夹中：${document.fileName}`,
    en: `The document's file is not inside the data folder: ${document.fileName}`,
  }, { file: document.fileName });
  if (!existsSync(document.path)) return document.path;
  const rel = relative(realpathSync(dataDir), realpathSync(document.path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw outside;
  return document.path;
}

/** Handlers acting on one generated file: open it with the system's application, read it for the preview, delete it. */
export function createDocumentFileHandlers(context: ServiceContext) {
  const { db, dataDir, actor } = context;
  const clock = clockOf(context);
  const documents = createDocumentRepository(db, (rel) => insideDataFolder(dataDir, rel));

  function mustFind(documentId: number): GeneratedDocument {
    const document = documents.find(documentId);
    if (!document) throw new DossierError('not-found', { zh: `找不到文书（编号 ${documentId}）`, en: `No document with id ${documentId}` });
    return document;
  }

  function existingFile(document: GeneratedDocument): string {
    const path = fileInsideDataFolder(dataDir, document);
    if (!existsSync(path)) {
      throw new DossierError('not-found', { zh: `文书文件已不存在：${document.fileName}`, en: `The document's file no longer exists: ${document.fileName}` }, { file: document.fileName });
    }
    return path;
  }

  return {
    'document:open': ({ documentId }) => {
      const document = mustFind(documentId);
      const path = existingFile(document);
      // Without a viewer (CLI, bridge) nothing is opened, so no plain copy is written either.
      if (!context.openPath) return { path };
      const viewed = plainPathForViewer(dataDir, path, document.fileName, context.filesKey);
      context.openPath(viewed);
      return { path: viewed };
    },

    'document:content': ({ documentId }) => {
      const document = mustFind(documentId);
      return { fileName: document.fileName, format: document.format, base64: readStoredFile(existingFile(document), document.fileName, context.filesKey).toString('base64') };
    },

    /**
     * The file is first moved aside, then the record and its audit entry go in one transaction: if that fails the
     * file is put back, and once it commits the moved file is removed — never a record without its file or the reverse.
     */
    'document:delete': ({ documentId }) => {
      const document = mustFind(documentId);
      const path = fileInsideDataFolder(dataDir, document);
      const aside = existsSync(path) ? `${path}.${randomBytes(6).toString('hex')}.deleting` : null;
      if (aside) renameSync(path, aside);
      try {
        db.transaction(() => {
          documents.remove(documentId);
          writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: document.caseId, action: 'delete', before: document, after: null });
        }).immediate();
      } catch (error) {
        if (aside) renameSync(aside, path);
        throw error;
      }
      if (aside) rmSync(aside, { force: true });
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;
}

import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DocumentFormat, Handlers } from '../../core/contract';
import { complaintData } from '../../core/documents/complaint-data';
import { renderDocx } from '../../core/documents/render-docx';
import { renderPdf } from '../../core/documents/render-pdf';
import { renderTemplate } from '../../core/documents/template-engine';
import type { DocumentModel } from '../../core/documents/document-model';
import { DossierError } from '../../core/errors';
import { createAgentRepository } from '../db/agent-repository';
import { writeAudit } from '../db/audit-log';
import { createCaseRepository } from '../db/case-repository';
import { createDocumentRepository } from '../db/document-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { writeFileAtomic } from './atomic-write';
import { insideDataFolder } from './data-folder';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';
import { createTemplateStore } from './template-store';

/** Characters Windows, macOS or Linux refuse in a file name. */
function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);
}

/** A base name no earlier document of this case uses in any of the formats (two runs in one second). */
function freeBaseName(folder: string, base: string, formats: readonly DocumentFormat[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (formats.every((format) => !existsSync(join(folder, `${candidate}.${format}`)))) return candidate;
  }
}

/** Canonical JSON (sorted keys) so the same data always hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Handlers that fill templates for a case and write DOCX and PDF files into the data folder. */
export function createDocumentHandlers(context: ServiceContext) {
  const { db, dataDir, actor } = context;
  const clock = clockOf(context);
  const templates = createTemplateStore(context.templatesDir);
  const documents = createDocumentRepository(db, (rel) => insideDataFolder(dataDir, rel));
  const cases = createCaseRepository(db);
  const organisations = createOrganisationRepository(db);
  const agents = createAgentRepository(db);

  async function renderFormat(model: DocumentModel, format: DocumentFormat): Promise<Uint8Array> {
    if (format === 'docx') return renderDocx(model);
    return renderPdf(model, await context.loadFonts());
  }

  return {
    'template:list': () =>
      templates.list().map(({ manifest }) => ({
        id: manifest.id, title: manifest.title, version: manifest.version, caseTypes: manifest.caseTypes,
      })),

    'document:generate': async ({ caseId, templateId, formats }) => {
      const found = cases.find(caseId);
      if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
      const plaintiff = organisations.find(found.plaintiffId)!;
      const agent = found.agentId === null ? null : (agents.find(found.agentId) ?? null);
      const template = templates.load(templateId);
      const today = clock.today();
      const data = complaintData(found, plaintiff, agent, today);
      const dataHash = sha256(canonicalJson(data));
      const model = await renderTemplate(template, data, dataHash);

      // Render every format before writing any, so a failure leaves nothing behind.
      const unique = [...new Set(formats)];
      const rendered = await Promise.all(unique.map(async (format) => ({ format, bytes: await renderFormat(model, format) })));
      const stamp = clock.timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const baseName = freeBaseName(
        insideDataFolder(dataDir, 'documents', `case-${caseId}`),
        safeFileName(`${template.manifest.title}-${found.defendant.name}-${stamp}`),
        unique,
      );
      const written: string[] = [];
      try {
        const rows = rendered.map(({ format, bytes }) => {
          const fileName = `${baseName}.${format}`;
          const path = insideDataFolder(dataDir, 'documents', `case-${caseId}`, fileName);
          writeFileAtomic(path, bytes);
          written.push(path);
          return {
            case_id: caseId, template_id: template.manifest.id, template_version: template.manifest.version,
            format, file_name: fileName, relative_path: relative(dataDir, path), size_bytes: bytes.length,
            sha256: sha256(bytes), data_hash: dataHash, created_at: clock.timestamp(),
          };
        });
        return db.transaction(() =>
          rows.map((row) => {
            const id = documents.insert(row);
            const after = documents.find(id)!;
            writeAudit(db, { at: row.created_at, actor, entity: 'case', entityId: caseId, action: 'generate', before: null, after });
            return after;
          }),
        )();
      } catch (error) {
        for (const path of written) rmSync(path, { force: true });
        throw error;
      }
    },

    'document:list': ({ caseId }) => documents.listForCase(caseId),

    'document:reveal': ({ documentId }) => {
      const document = documents.find(documentId);
      if (!document) throw new DossierError('not-found', { zh: `找不到文书（编号 ${documentId}）`, en: `No document with id ${documentId}` });
      const folder = dirname(document.path);
      context.revealFolder(document.path);
      return { folder };
    },
  } satisfies Partial<Handlers>;
}

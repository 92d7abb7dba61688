import { dirname } from 'node:path';
import type { DocumentFormat, Handlers } from '../../core/contract';
import type { DocumentModel } from '../../core/documents/document-model';
import { renderDocx } from '../../core/documents/render-docx';
import { renderPdf } from '../../core/documents/render-pdf';
import { suggestedInputs } from '../../core/documents/suggested-inputs';
import { renderTemplate } from '../../core/documents/template-engine';
import { DossierError } from '../../core/errors';
import { createDocumentInputRepository } from '../db/document-input-repository';
import { createDocumentRepository } from '../db/document-repository';
import { insideDataFolder } from './data-folder';
import { canonicalJson, sha256, storeCaseDocuments } from './document-files';
import { findCase, loadFilingData } from './document-filing-data';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';
import { createTemplateCatalog } from './template-catalog';

/** Renders one document model to the bytes of a format. */
export async function renderFormat(context: ServiceContext, model: DocumentModel, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'docx') return renderDocx(model);
  return renderPdf(model, await context.loadFonts());
}

/** Handlers that fill templates for a case and write DOCX and PDF files into the data folder. */
export function createDocumentHandlers(context: ServiceContext) {
  const { db, dataDir } = context;
  const clock = clockOf(context);
  const catalog = createTemplateCatalog(context);
  const documents = createDocumentRepository(db, (rel) => insideDataFolder(dataDir, rel));
  const savedInputs = createDocumentInputRepository(db);

  return {
    'document:generate': async ({ caseId, templateId, formats, templateVersion, inputs }) => {
      const template = catalog.resolve(templateId, templateVersion);
      const { data, case: found } = loadFilingData(context, caseId, inputs);
      const dataHash = sha256(canonicalJson(data));
      const model = await renderTemplate(template, data, dataHash);
      // Render every format before writing any, so a failure (a missing glyph …) leaves nothing behind.
      const unique = [...new Set(formats)];
      const files = await Promise.all(unique.map(async (format) => ({ format, bytes: await renderFormat(context, model, format) })));
      return storeCaseDocuments(
        context,
        { caseId, templateId: template.manifest.id, templateVersion: template.manifest.version, title: template.manifest.title, defendantName: found.defendant.name, dataHash },
        files,
        () => {
          if (inputs) savedInputs.save(caseId, template.manifest.id, inputs, clock.timestamp());
        },
      );
    },

    'document:inputs': ({ caseId, templateId }) => {
      const found = findCase(context, caseId);
      catalog.resolve(templateId);
      return { saved: savedInputs.find(caseId, templateId), suggested: suggestedInputs(found, clock.today()) };
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

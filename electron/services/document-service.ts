import { dirname } from 'node:path';
import type { DocumentFormat, Handlers } from '../../core/contract';
import type { DocumentModel } from '../../core/documents/document-model';
import { renderDocx } from '../../core/documents/render-docx';
import { renderPdf } from '../../core/documents/render-pdf';
import { documentInputs, type DocumentInputs, type DocumentInputsParsed } from '../../core/documents/document-inputs';
import { addressedCourtProblem } from '../../core/court/addressed-court';
import { evidenceForFiling } from '../../core/documents/filing-evidence';
import type { FilingSources } from '../../core/documents/filing-data';
import { filingSetOf } from '../../core/documents/filing-set';
import { scheduleIntervalMonths } from '../../core/documents/settlement-interval';
import { storedPlanSettlementInput, suggestedInputs } from '../../core/documents/suggested-inputs';
import { renderTemplate } from '../../core/documents/template-engine';
import { DossierError } from '../../core/errors';
import { createDocumentInputRepository } from '../db/document-input-repository';
import { createDocumentRepository } from '../db/document-repository';
import { addressedCourtOf } from './addressed-court-source';
import { insideDataFolder } from './data-folder';
import { canonicalJson, sha256, storeCaseDocuments } from './document-files';
import { findCase, loadFilingData, loadFilingSources } from './document-filing-data';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';
import { createTemplateCatalog, type TemplateCatalog } from './template-catalog';

/**
 * Renders one document model to the bytes of a format, dated `createdAt` (by default the service clock's now):
 * equal models and dates give equal bytes, so a resumed batch can compare files by SHA-256.
 */
export async function renderFormat(context: ServiceContext, model: DocumentModel, format: DocumentFormat, createdAt: Date = context.now()): Promise<Uint8Array> {
  if (format === 'docx') return renderDocx(model, { createdAt });
  return renderPdf(model, await context.loadFonts(), { createdAt });
}

/**
 * Inputs saved before the case's records existed, brought in line with them: a saved evidence list that names none
 * of the recorded items is the old standard-set prefill and gives way to the records (filing-evidence.ts), and a
 * stored settlement plan's schedule replaces the saved schedule fields, since the agreement prints the plan anyway.
 */
function alignedWithRecords(saved: DocumentInputs | null, suggested: DocumentInputs, sources: FilingSources): DocumentInputs | null {
  if (!saved) return null;
  const aligned: DocumentInputs = { ...saved };
  if (saved.evidence && sources.evidence && evidenceForFiling(documentInputsEvidence(saved), sources.evidence) === sources.evidence) {
    aligned.evidence = suggested.evidence;
  }
  if (saved.settlement && sources.settlement) {
    aligned.settlement = {
      ...saved.settlement,
      ...storedPlanSettlementInput(sources.settlement),
      enforcementCaseNumber: saved.settlement.enforcementCaseNumber || suggested.settlement?.enforcementCaseNumber || '',
    };
  }
  return aligned;
}

/** The saved evidence rows with their defaults, as the filing reads them. */
function documentInputsEvidence(inputs: DocumentInputs) {
  return (inputs.evidence ?? []).map((row) => ({ ...row, pages: row.pages ?? null, sha256: row.sha256 ?? '' }));
}

/** What one document of a case is rendered from: the template (at a version, or its newest), the formats, the entered inputs. */
export type CaseDocumentRequest = { caseId: number; templateId: string; templateVersion?: string | undefined; formats: readonly DocumentFormat[]; inputs?: DocumentInputsParsed | undefined };

/**
 * Fills a template with a case's filing data and renders every format, before anything is written (a missing
 * glyph … leaves nothing behind): the one path document generation and the batch's workers share.
 */
export async function renderCaseDocument(context: ServiceContext, catalog: TemplateCatalog, request: CaseDocumentRequest) {
  const template = catalog.resolve(request.templateId, request.templateVersion);
  const { data, case: found } = loadFilingData(context, request.caseId, request.inputs);
  const dataHash = sha256(canonicalJson(data));
  const model = await renderTemplate(template, data, dataHash);
  const unique = [...new Set(request.formats)];
  // One date for every format of the request: the DOCX and the PDF say the same creation time.
  const createdAt = context.now();
  const files = await Promise.all(unique.map(async (format) => ({ format, bytes: await renderFormat(context, model, format, createdAt) })));
  return { template, found, dataHash, files };
}

/** The inputs last saved for a case's document, brought in line with its records; undefined when none were saved. */
export function savedDocumentInputs(context: ServiceContext, caseId: number, templateId: string): DocumentInputsParsed | undefined {
  const saved = createDocumentInputRepository(context.db).find(caseId, templateId);
  if (!saved) return undefined;
  const found = findCase(context, caseId);
  const sources = loadFilingSources(context, found);
  const aligned = alignedWithRecords(saved, suggestedInputs(found, clockOf(context).today(), sources), sources);
  return aligned ? documentInputs.parse(aligned) : undefined;
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
      const { template, found, dataHash, files } = await renderCaseDocument(context, catalog, { caseId, templateId, templateVersion, formats, inputs });
      // A document addressed to a court the advisor rules out is still written (the user may be mid-way), but says so.
      const courtProblem = addressedCourtProblem(addressedCourtOf(context, caseId));
      const warnings = courtProblem ? [courtProblem] : [];
      const stored = storeCaseDocuments(
        context,
        { caseId, templateId: template.manifest.id, templateVersion: template.manifest.version, title: template.manifest.title, defendantName: found.defendant.name, dataHash },
        files,
        () => {
          if (inputs) savedInputs.save(caseId, template.manifest.id, inputs, clock.timestamp());
        },
      );
      return stored.map((document) => ({ ...document, warnings }));
    },

    'document:inputs': ({ caseId, templateId }) => {
      const found = findCase(context, caseId);
      catalog.resolve(templateId);
      const sources = loadFilingSources(context, found);
      const suggested = suggestedInputs(found, clock.today(), sources);
      const plan = sources.settlement ?? null;
      const dueDates = plan ? plan.installments.map((i) => i.dueDate) : [];
      return {
        saved: alignedWithRecords(savedInputs.find(caseId, templateId), suggested, sources),
        suggested,
        recorded: {
          evidenceCount: sources.evidence?.length ?? 0,
          settlementPlan: plan
            ? {
              agreedDate: plan.agreedDate, stage: plan.context, instalments: plan.installments.length, intervalMonths: scheduleIntervalMonths(dueDates),
              firstDueDate: dueDates[0] ?? '', lastDueDate: dueDates.at(-1) ?? '', totalFen: plan.totalFen,
            }
            : null,
        },
      };
    },

    'document:set': ({ caseId, inputs }) => {
      const set = filingSetOf(loadFilingSources(context, findCase(context, caseId)), inputs, catalog.bundledIds());
      return { templates: set.templateIds.map((id) => ({ id, title: catalog.resolve(id).manifest.title })), notices: set.notices };
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

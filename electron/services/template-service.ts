import { PDFDocument } from '@cantoo/pdf-lib';
import type { Handlers, TemplateIssue } from '../../core/contract';
import { buildFilingData } from '../../core/documents/filing-data';
import { missingGlyphs } from '../../core/documents/pdf-fonts';
import { renderPdf } from '../../core/documents/render-pdf';
import { sampleFilingSource } from '../../core/documents/sample-filing-data';
import { renderTemplate } from '../../core/documents/template-engine';
import type { DocumentTemplate } from '../../core/documents/template-manifest';
import { validateTemplate, type TemplateDraft } from '../../core/documents/template-validation';
import { DossierError } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import { canonicalJson, sha256 } from './document-files';
import { loadFilingData } from './document-filing-data';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';
import { createTemplateCatalog, type ResolvedTemplate } from './template-catalog';

/** Template management: list, read, validate an edit, save it as a new version, preview any version as PDF. */
export function createTemplateHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const catalog = createTemplateCatalog(context);

  async function issuesOf(template: ResolvedTemplate, draft: TemplateDraft): Promise<TemplateIssue[]> {
    const fonts = await context.loadFonts();
    const sample = buildFilingData(sampleFilingSource(clock.today()));
    return validateTemplate(template.bundled.manifest, draft, sample, (chars) => missingGlyphs(fonts.regular, chars));
  }

  /** The template to render for a preview: a stored version, or an unsaved draft on top of it. */
  function previewTemplate(template: ResolvedTemplate, draft: TemplateDraft | undefined): DocumentTemplate {
    if (!draft) return template;
    return { manifest: { ...template.manifest, title: draft.title, required: draft.required, version: `${template.manifest.version}+draft` }, body: draft.body };
  }

  return {
    'template:list': () => catalog.list(),

    'template:get': ({ templateId, version }) => {
      const template = catalog.resolve(templateId, version);
      return {
        summary: catalog.summary(templateId),
        version: catalog.versionSummary(template),
        body: template.body,
        required: template.manifest.required,
        versions: catalog.versions(templateId),
      };
    },

    'template:validate': async ({ templateId, draft }) => issuesOf(catalog.resolve(templateId), draft),

    'template:save-version': async ({ templateId, draft, note }) => {
      const current = catalog.resolve(templateId);
      const issues = await issuesOf(current, draft);
      const errors = issues.filter((i) => i.severity === 'error');
      if (errors.length > 0) {
        throw new DossierError(
          'template-error',
          { zh: `模板有 ${errors.length} 处错误，未保存`, en: `The template has ${errors.length} error(s); it was not saved` },
          { field: 'body' },
          errors.map((i) => ({ field: i.line === null ? i.field : `${i.field}:${i.line}`, message: i.message })),
        );
      }
      const version = catalog.nextVersion(templateId);
      const manifest = { ...current.bundled.manifest, title: draft.title, required: draft.required, version };
      const at = clock.timestamp();
      return db.transaction(() => {
        const id = catalog.repository.insert({
          template_id: templateId, version, based_on_version: current.manifest.version, manifest_json: JSON.stringify(manifest),
          body: draft.body, note, created_at: at, created_by: actor,
        });
        const row = catalog.repository.find(templateId, version)!;
        writeAudit(db, { at, actor, entity: 'template', entityId: id, action: 'create', before: null, after: { templateId, version, basedOn: row.based_on_version, note } });
        return catalog.versionSummary({ ...current, manifest, body: draft.body, source: 'user', row });
      }).immediate();
    },

    'template:preview': async ({ templateId, version, draft, caseId, inputs }) => {
      const stored = catalog.resolve(templateId, version);
      const template = previewTemplate(stored, draft);
      const issues = draft ? await issuesOf(stored, draft) : [];
      const data = caseId === undefined ? buildFilingData(sampleFilingSource(clock.today())) : loadFilingData(context, caseId, inputs).data;
      const model = await renderTemplate(template, data, sha256(canonicalJson(data)));
      const bytes = await renderPdf(model, await context.loadFonts());
      const pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
      return { pdfBase64: Buffer.from(bytes).toString('base64'), pageCount, templateVersion: template.manifest.version, issues };
    },
  } satisfies Partial<Handlers>;
}

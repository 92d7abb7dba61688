import type { Handlers } from '../../core/contract';
import { documentInputs, type DocumentInputs } from '../../core/documents/document-inputs';
import { buildFilingData } from '../../core/documents/filing-data';
import { sampleFilingSource } from '../../core/documents/sample-filing-data';
import { DossierError } from '../../core/errors';
import { fillForm } from '../../core/forms/acroform-fill';
import { listFormFields } from '../../core/forms/acroform-read';
import type { FormMapping } from '../../core/forms/form-model';
import { resolveMapping } from '../../core/forms/form-values';
import { mappableValues } from '../../core/forms/mappable-values';
import { writeAudit } from '../db/audit-log';
import { createDocumentInputRepository } from '../db/document-input-repository';
import { canonicalJson, sha256, storeCaseDocuments } from './document-files';
import { loadFilingData } from './document-filing-data';
import { createFormStore } from './form-store';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/**
 * The facts entered for a case's documents, merged (later entries win per section), so a form can use
 * what was entered for, e.g., the service-address confirmation.
 */
function mergedInputs(saved: DocumentInputs[]): DocumentInputs {
  return saved.reduce<DocumentInputs>((merged, inputs) => ({ ...merged, ...inputs }), {});
}

/** Fillable PDF forms: list, import, fields and mapping, fill (and flatten) for a case. */
export function createFormHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const forms = createFormStore(context);
  const savedInputs = createDocumentInputRepository(db);

  function caseData(caseId: number) {
    const parsed = documentInputs.safeParse(mergedInputs(savedInputs.allForCase(caseId)));
    return loadFilingData(context, caseId, parsed.success ? parsed.data : undefined);
  }

  return {
    'form:list': () => forms.list(),

    'form:import': async ({ fileName, base64 }) => forms.import(fileName, new Uint8Array(Buffer.from(base64, 'base64'))),

    'form:fields': async ({ formKey, caseId }) => {
      const form = await forms.load(formKey);
      const data = caseId === undefined ? buildFilingData(sampleFilingSource(clock.today())) : caseData(caseId).data;
      return {
        form: form.summary,
        fields: await listFormFields(form.bytes, form.summary.name),
        mapping: forms.repository.mapping(formKey) ?? form.defaultMapping,
        values: mappableValues(data),
      };
    },

    'form:save-mapping': async ({ formKey, mapping }) => {
      const form = await forms.load(formKey);
      const names = new Set((await listFormFields(form.bytes, form.summary.name)).map((f) => f.name));
      const unknownFields = Object.keys(mapping.fields).filter((name) => !names.has(name));
      const at = clock.timestamp();
      const before = forms.repository.mapping(formKey);
      db.transaction(() => {
        forms.repository.saveMapping(formKey, mapping, at);
        writeAudit(db, { at, actor, entity: 'form', entityId: formKey.startsWith('user:') ? Number(formKey.slice(5)) : 0, action: before ? 'update' : 'create', before: before && { formKey, mapping: before }, after: { formKey, mapping } });
      }).immediate();
      return { saved: true as const, unknownFields };
    },

    'form:fill': async ({ caseId, formKey, formBase64, formName, mapping, flatten, store }) => {
      let bytes: Uint8Array;
      let name = formName;
      let chosen: FormMapping | null = mapping ?? null;
      let key = 'file';
      if (formKey !== undefined) {
        const form = await forms.load(formKey);
        bytes = form.bytes;
        name = form.summary.name;
        key = formKey;
        chosen ??= forms.repository.mapping(formKey) ?? form.defaultMapping;
      } else if (formBase64 !== undefined) {
        bytes = new Uint8Array(Buffer.from(formBase64, 'base64'));
      } else {
        throw new DossierError('invalid-input', { zh: '请选择要填写的表单', en: 'Choose a form to fill' }, { field: 'formKey' });
      }
      if (!chosen) {
        throw new DossierError('missing-fields', { zh: `表单“${name}”尚未设置字段映射`, en: `The form "${name}" has no field mapping yet` }, { field: 'mapping' });
      }
      const { data, case: found } = caseData(caseId);
      const fonts = await context.loadFonts();
      const { bytes: filled, report } = await fillForm(bytes, await resolveMapping(chosen, data), { fontBytes: fonts.regular, flatten, createdAt: context.now(), fileName: name ?? 'form.pdf' });
      if (store === false) return { report, document: null, pdfBase64: Buffer.from(filled).toString('base64') };
      const [document] = storeCaseDocuments(
        context,
        { caseId, templateId: `form:${key}`, templateVersion: sha256(bytes).slice(0, 12), title: name.replace(/\.pdf$/i, ''), defendantName: found.defendant.name, dataHash: sha256(canonicalJson({ data, mapping: chosen, flatten })) },
        [{ format: 'pdf', bytes: filled }],
      );
      return { report, document: document ?? null, pdfBase64: null };
    },
  } satisfies Partial<Handlers>;
}

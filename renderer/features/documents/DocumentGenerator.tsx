import { useEffect, useMemo, useState } from 'react';
import type { Bilingual } from '../../../core/bilingual';
import type { DocumentFormat, TemplateSummary, TemplateVersionSummary } from '../../../core/contract';
import type { RecordedInputs } from '../../../core/documents/document-operations';
import type { DocumentInputs } from '../../../core/documents/document-inputs';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { PdfPreview } from '../templates/PdfPreview';
import { DocumentInputsForm } from './DocumentInputsForm';
import { storedPlanPaths } from './input-fields';

type Props = { caseId: number; onGenerated: () => void };

/** The input section that fills each FilingData section. */
const sectionOfPath: Record<string, TextKey> = {
  settlement: 'section.settlement', enforcement: 'section.enforcement', preservation: 'section.preservation',
  serviceAddress: 'section.serviceAddress', evidenceList: 'section.evidence', proceedings: 'section.proceedings',
};

/** Only the sections a template takes, so one template's facts are not sent (and saved) with another's. */
function pick(inputs: DocumentInputs, sections: readonly string[]): DocumentInputs {
  return Object.fromEntries(Object.entries(inputs).filter(([k]) => sections.includes(k))) as DocumentInputs;
}

/** Generates any template of the filing set for a case, with the facts it needs entered on the spot. */
export function DocumentGenerator({ caseId, onGenerated }: Props) {
  const { t, pick: inLang } = useText();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('complaint-element-2025');
  const [versions, setVersions] = useState<TemplateVersionSummary[]>([]);
  const [version, setVersion] = useState('');
  const [formats, setFormats] = useState<DocumentFormat[]>(['docx', 'pdf']);
  const [inputs, setInputs] = useState<DocumentInputs>({});
  const [recorded, setRecorded] = useState<RecordedInputs | null>(null);
  const [busy, setBusy] = useState<'' | 'generate' | 'preview'>('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const [preview, setPreview] = useState<{ pdfBase64: string; pageCount: number } | null>(null);

  useEffect(() => {
    void call('template:list', {}).then((result) => {
      if (result.ok) setTemplates(result.value);
      else setError(result.error);
    });
  }, []);

  const template = templates.find((item) => item.id === templateId);
  const sections = useMemo(() => template?.inputs ?? [], [template]);

  useEffect(() => {
    let live = true;
    setError(null);
    setNotice('');
    setPreview(null);
    setVersion('');
    void Promise.all([call('template:get', { templateId }), call('document:inputs', { caseId, templateId })]).then(([detail, saved]) => {
      if (!live) return;
      if (detail.ok) setVersions(detail.value.versions);
      if (saved.ok) {
        setInputs(saved.value.saved ?? saved.value.suggested);
        setRecorded(saved.value.recorded);
      }
    });
    return () => {
      live = false;
    };
  }, [caseId, templateId]);

  const fieldErrors = useMemo(() => {
    const map = new Map<string, Bilingual>();
    if (error?.code === 'invalid-input') {
      for (const detail of error.details) map.set(detail.field.replace(/^inputs\./, ''), detail.message);
      if (error.field && error.details.length === 0) map.set(error.field.replace(/^inputs\./, ''), error.message);
    }
    return map;
  }, [error]);

  const request = () => ({
    caseId, templateId, ...(version ? { templateVersion: version } : {}), ...(sections.length > 0 ? { inputs: pick(inputs, sections) } : {}),
  });

  async function generate() {
    setBusy('generate');
    setError(null);
    setNotice('');
    const result = await call('document:generate', { ...request(), formats });
    setBusy('');
    if (!result.ok) return setError(result.error);
    // Every file of one generation carries the same warnings (e.g. a court the advisor rules out): show them once.
    const warnings = (result.value[0]?.warnings ?? []).map((w) => inLang(w));
    setNotice([t('gen.generated', { title: template?.title ?? templateId, count: result.value.length }), ...warnings].join(' '));
    onGenerated();
  }

  async function showPreview() {
    setBusy('preview');
    setError(null);
    const { caseId: id, templateId: tid, templateVersion, inputs: entered } = request() as { caseId: number; templateId: string; templateVersion?: string; inputs?: DocumentInputs };
    const result = await call('template:preview', { caseId: id, templateId: tid, ...(templateVersion ? { version: templateVersion } : {}), ...(entered ? { inputs: entered } : {}) });
    setBusy('');
    if (!result.ok) return setError(result.error);
    setPreview({ pdfBase64: result.value.pdfBase64, pageCount: result.value.pageCount });
  }

  /** A missing data path named by the form section that provides it, else the path itself. */
  function missingLabel({ field, label }: { field: string; label?: Bilingual }): string {
    if (label) return inLang(label);
    const section = sectionOfPath[field.split('.')[0] ?? ''];
    return section ? t(section) : field;
  }

  /** What the form says about values taken from the case's records (issue 3's evidence, issue 7's plan). */
  const notes = useMemo(() => {
    const plan = recorded?.settlementPlan;
    return {
      ...(recorded && recorded.evidenceCount > 0 ? { evidence: t('gen.evidenceFromRecords', { count: recorded.evidenceCount }) } : {}),
      ...(plan
        ? {
          settlement: t('gen.planFromRecords', {
            agreedDate: plan.agreedDate, stage: t(`opt.${plan.stage}` as TextKey), instalments: plan.instalments,
            interval: plan.intervalMonths === null ? t('gen.planIrregular') : t('gen.planMonthly', { months: plan.intervalMonths }),
            first: plan.firstDueDate, last: plan.lastDueDate,
          }),
        }
        : {}),
    };
  }, [recorded, t]);

  const toggleFormat = (format: DocumentFormat, on: boolean) =>
    setFormats((current) => (on ? [...new Set([...current, format])] : current.filter((f) => f !== format)));

  return (
    <section className="panel generator-panel" aria-labelledby="generator-title" aria-busy={busy !== ''}>
      <h2 id="generator-title">{t('gen.title')}</h2>
      <p className="muted">{t('gen.hint')}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('gen.template')}</span>
          <select name="templateId" className="input" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((item) => (
              <option key={item.id} value={item.id}>{item.title}{item.edition ? `（${t('gen.edition', { edition: item.edition })}）` : ''}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('gen.version')}</span>
          <select name="templateVersion" className="input" value={version} onChange={(e) => setVersion(e.target.value)}>
            <option value="">{t('gen.versionLatest', { version: template?.version ?? '' })}</option>
            {versions.map((v) => <option key={v.version} value={v.version}>{v.version}{v.note ? ` — ${v.note}` : ''}</option>)}
          </select>
        </label>
        <fieldset className="field check-group">
          <legend className="field-label">{t('gen.formats')}</legend>
          {(['docx', 'pdf'] as const).map((format) => (
            <label key={format} className="check-field">
              <input type="checkbox" name={`format.${format}`} checked={formats.includes(format)} onChange={(e) => toggleFormat(format, e.target.checked)} />
              {format.toUpperCase()}
            </label>
          ))}
        </fieldset>
      </div>
      {template?.basis && <p className="field-hint">{template.basis}</p>}
      {sections.length === 0 ? <p className="muted">{t('gen.noInputs')}</p> : <DocumentInputsForm sections={sections} value={inputs} onChange={setInputs} errors={fieldErrors} notes={notes} locked={recorded?.settlementPlan ? storedPlanPaths : undefined} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void generate()} disabled={busy !== '' || formats.length === 0}>
          {busy === 'generate' && <span className="spinner" aria-hidden="true" />}
          {t('gen.generate')}
        </button>
        <button type="button" className="button" onClick={() => void showPreview()} disabled={busy !== ''}>{t('gen.preview')}</button>
      </div>
      <div aria-live="polite">
        {busy === 'generate' && <p className="progress">{t('gen.generating', { title: template?.title ?? '' })}</p>}
        {busy === 'preview' && <p className="progress">{t('gen.previewing')}</p>}
        {notice && <p className="notice">{notice}</p>}
      </div>
      {error && (
        <div className="alert" role="alert">
          <p>{inLang(error.message)}</p>
          {error.code === 'invalid-input' && error.details.length > 0 && <p>{t('gen.inputsFailed', { count: error.details.length })}</p>}
          {error.code === 'missing-fields' && (
            <ul className="missing-list">{[...new Set(error.details.map((d) => missingLabel(d)))].map((label) => <li key={label}>{label}</li>)}</ul>
          )}
        </div>
      )}
      {preview && (
        <div className="preview-holder">
          <div className="panel-header">
            <span />
            <button type="button" className="button button-small" onClick={() => setPreview(null)}>{t('gen.closePreview')}</button>
          </div>
          <PdfPreview pdfBase64={preview.pdfBase64} pageCount={preview.pageCount} label={template?.title ?? ''} />
        </div>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { FormSummary, MappableValue } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import type { FieldSource, FillReport, FormField, ValueFormat } from '../../../core/forms/form-model';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { FileDropZone } from '../../components/FileDropZone';

type Props = { caseId: number; onFilled: () => void };

const formats: readonly ValueFormat[] = ['text', 'yuan', 'capitals', 'yuan-capitals', 'cndate', 'mask_id', 'mask_card'];
const FIXED = '__fixed';
const TEMPLATE = '__template';

/** Reads a chosen file as base64 (the contract carries file contents as base64). */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fills a fillable PDF form (AcroForm) with the case's data: choose or import a form, map its fields, fill, optionally flatten. */
export function FormFillPanel({ caseId, onFilled }: Props) {
  const { t, pick } = useText();
  const [forms, setForms] = useState<FormSummary[]>([]);
  const [formKey, setFormKey] = useState('');
  const [fields, setFields] = useState<FormField[]>([]);
  const [values, setValues] = useState<MappableValue[]>([]);
  const [mapping, setMapping] = useState<Record<string, FieldSource>>({});
  const [flatten, setFlatten] = useState(true);
  // 高级: data paths and template expressions, for whoever maintains the mapping; a lawyer picks by label.
  const [advanced, setAdvanced] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const [report, setReport] = useState<FillReport | null>(null);

  async function loadForms(select?: string) {
    const result = await call('form:list', {});
    if (!result.ok) return setError(result.error);
    setForms(result.value);
    setFormKey(select ?? result.value[0]?.key ?? '');
  }

  useEffect(() => {
    void loadForms();
  }, []);

  useEffect(() => {
    if (!formKey) return;
    let live = true;
    setReport(null);
    void call('form:fields', { formKey, caseId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setFields(result.value.fields);
      setValues(result.value.values);
      setMapping(result.value.mapping?.fields ?? {});
    });
    return () => {
      live = false;
    };
  }, [formKey, caseId]);

  async function importForm(file: File) {
    setError(null);
    setBusy(true);
    const result = await call('form:import', { fileName: file.name, base64: await fileBase64(file) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setNotice(t('form.imported', { name: result.value.name }));
    await loadForms(result.value.key);
  }

  async function saveMapping() {
    setError(null);
    const result = await call('form:save-mapping', { formKey, mapping: { fields: mapping } });
    if (!result.ok) return setError(result.error);
    setNotice(t('form.mappingSaved'));
  }

  async function fill() {
    setBusy(true);
    setError(null);
    setNotice('');
    const result = await call('form:fill', { caseId, formKey, mapping: { fields: mapping }, flatten, store: true });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setReport(result.value.report);
    setNotice(t('form.filled', { filled: result.value.report.filled.length }));
    onFilled();
  }

  const sourceKind = (source: FieldSource | undefined): string => {
    if (!source) return '';
    if ('value' in source) return FIXED;
    if ('template' in source) return TEMPLATE;
    return source.path;
  };
  const offered = values.filter((v) => v.label !== null);
  const shownValues = advanced ? values : offered;
  const optionText = (v: MappableValue): string => {
    const example = pick(v.example).slice(0, 24);
    const name = v.label ? (advanced ? `${pick(v.label)}（${v.path}）` : pick(v.label)) : v.path;
    return example ? `${name}：${example}` : name;
  };
  const setSource = (name: string, source: FieldSource | null) =>
    setMapping((current) => {
      const next = { ...current };
      if (source) next[name] = source;
      else delete next[name];
      return next;
    });

  return (
    <section className="panel form-fill-panel" aria-labelledby="form-fill-title" aria-busy={busy}>
      <h2 id="form-fill-title">{t('form.title')}</h2>
      <p className="muted">{t('form.hint')}</p>
      <label className="check-field">
        <input type="checkbox" name="form.advanced" checked={advanced} onChange={(e) => setAdvanced(e.target.checked)} />
        {t('form.advanced')}
      </label>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('form.choose')}</span>
          <select name="formKey" className="input" value={formKey} onChange={(e) => setFormKey(e.target.value)}>
            {forms.map((f) => <option key={f.key} value={f.key}>{f.name}（{f.fieldCount}）</option>)}
          </select>
        </label>
        <div className="field">
          <span className="field-label">{t('form.import')}</span>
          <FileDropZone compact name="formFile" accept="application/pdf,.pdf" onFiles={(files) => { if (files[0]) void importForm(files[0]); }} />
        </div>
      </div>
      {fields.length > 0 && (
        <div className="table-wrap">
          <table className="table compact-table form-mapping-table">
            <caption>{t('form.fields', { count: fields.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('form.col.field')}</th>
                <th scope="col">{t('form.col.type')}</th>
                <th scope="col">{t('form.col.source')}</th>
                <th scope="col">{t('form.col.format')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => {
                const source = mapping[field.name];
                const kind = sourceKind(source);
                return (
                  <tr key={field.name} data-field={field.name}>
                    <th scope="row" className="mono">{field.name}</th>
                    <td>{t(`form.type.${field.type}` as TextKey)}{field.maxLength ? ` ≤${field.maxLength}` : ''}</td>
                    <td>
                      <select
                        name={`mapping.${field.name}`}
                        className="input"
                        aria-label={`${t('form.col.source')} ${field.name}`}
                        value={kind}
                        onChange={(e) => {
                          const v = e.target.value;
                          if (v === '') setSource(field.name, null);
                          else if (v === FIXED) setSource(field.name, { value: field.type === 'checkbox' ? true : '' });
                          else if (v === TEMPLATE) setSource(field.name, { template: '' });
                          // An amount is in fen in the data: it goes into a form as yuan unless the user says otherwise.
                          else setSource(field.name, { path: v, format: values.find((value) => value.path === v)?.amount ? 'yuan' : 'text' });
                        }}
                      >
                        <option value="">{t('form.unmapped')}</option>
                        <option value={FIXED}>{t('form.fixed')}</option>
                        {(advanced || kind === TEMPLATE) && <option value={TEMPLATE}>{t(advanced ? 'form.template' : 'form.templateHidden')}</option>}
                        {kind !== '' && kind !== FIXED && kind !== TEMPLATE && !shownValues.some((v) => v.path === kind) && (
                          <option value={kind}>{advanced ? kind : t('form.pathHidden')}</option>
                        )}
                        {shownValues.map((v) => <option key={v.path} value={v.path}>{optionText(v)}</option>)}
                      </select>
                      {source && 'value' in source && field.type !== 'checkbox' && (
                        <input className="input" aria-label={t('form.fixedValue')} value={String(source.value)} onChange={(e) => setSource(field.name, { value: e.target.value })} />
                      )}
                      {source && 'value' in source && field.type === 'checkbox' && (
                        <input type="checkbox" aria-label={t('form.fixedValue')} checked={source.value === true} onChange={(e) => setSource(field.name, { value: e.target.checked })} />
                      )}
                      {advanced && source && 'template' in source && (
                        <input className="input mono" aria-label={t('form.template')} value={source.template} onChange={(e) => setSource(field.name, { template: e.target.value })} />
                      )}
                    </td>
                    <td>
                      {source && 'path' in source && 'format' in source && (
                        <select className="input" aria-label={`${t('form.col.format')} ${field.name}`} value={source.format} onChange={(e) => setSource(field.name, { path: source.path, format: e.target.value as ValueFormat })}>
                          {formats.map((f) => <option key={f} value={f}>{t(`fmt.${f}` as TextKey)}</option>)}
                        </select>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void saveMapping()} disabled={busy || !formKey}>{t('form.saveMapping')}</button>
        <label className="check-field">
          <input type="checkbox" name="flatten" checked={flatten} onChange={(e) => setFlatten(e.target.checked)} />
          {t('form.flatten')}
        </label>
        <button type="button" className="button button-primary" onClick={() => void fill()} disabled={busy || !formKey}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {t('form.fill')}
        </button>
      </div>
      <div aria-live="polite">
        {busy && <p className="progress">{t('form.filling')}</p>}
        {notice && <p className="notice">{notice}</p>}
      </div>
      {error && <div className="alert" role="alert"><p>{pick(error.message)}</p></div>}
      {report && report.skipped.length > 0 && (
        <div className="fill-report">
          <p>{t('form.skipped', { count: report.skipped.length })}</p>
          <ul className="missing-list">
            {report.skipped.map((s) => <li key={s.name} data-skipped={s.name}><span className="mono">{s.name}</span>：{pick(s.message)}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

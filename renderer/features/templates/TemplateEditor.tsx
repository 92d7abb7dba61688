import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../core/case/case-model';
import type { TemplateDetail, TemplateIssue } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { PdfPreview } from './PdfPreview';
import { useConfirm } from '../../components/use-confirm';

type Props = { templateId: string; onBack: () => void };
type Draft = { title: string; required: string; body: string };

const toDraft = (detail: TemplateDetail): Draft => ({ title: detail.version.title, required: detail.required.join('\n'), body: detail.body });
const fromDraft = (draft: Draft) => ({ title: draft.title, required: draft.required.split('\n').map((l) => l.trim()).filter(Boolean), body: draft.body });

/** One template: its versions, the text to edit with validation messages, a PDF preview, saving as a new version. */
export function TemplateEditor({ templateId, onBack }: Props) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  const [version, setVersion] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>({ title: '', required: '', body: '' });
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<TemplateIssue[] | null>(null);
  const [busy, setBusy] = useState<'' | 'validate' | 'save' | 'preview'>('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [previewCase, setPreviewCase] = useState('');
  const [preview, setPreview] = useState<{ pdfBase64: string; pageCount: number } | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void call('case:list', { query: '' }).then((result) => {
      if (result.ok) setCases(result.value);
    });
  }, []);

  useEffect(() => {
    let live = true;
    void call('template:get', { templateId, ...(version ? { version } : {}) }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setDetail(result.value);
      setDraft(toDraft(result.value));
      setIssues(null);
    });
    return () => {
      live = false;
    };
  }, [templateId, version]);

  const edited = detail !== null && JSON.stringify(fromDraft(draft)) !== JSON.stringify(fromDraft(toDraft(detail)));

  async function validate() {
    setBusy('validate');
    setError(null);
    setNotice('');
    const result = await call('template:validate', { templateId, draft: fromDraft(draft) });
    setBusy('');
    if (!result.ok) return setError(result.error);
    setIssues(result.value);
  }

  async function save() {
    const sure = await ask({ title: t('tpl.saveTitle'), message: t('tpl.saveMessage'), confirmLabel: t('tpl.saveConfirm') });
    if (!sure) return;
    setBusy('save');
    setError(null);
    setNotice('');
    const result = await call('template:save-version', { templateId, draft: fromDraft(draft), note });
    setBusy('');
    if (!result.ok) {
      setError(result.error);
      // The refusal lists the same issues validation shows.
      if (result.error.code === 'template-error') void validate();
      return;
    }
    setNotice(t('tpl.saved', { version: result.value.version }));
    setNote('');
    setVersion(result.value.version);
  }

  async function showPreview() {
    setBusy('preview');
    setError(null);
    const result = await call('template:preview', {
      templateId,
      ...(version ? { version } : {}),
      ...(edited ? { draft: fromDraft(draft) } : {}),
      ...(previewCase ? { caseId: Number(previewCase) } : {}),
    });
    setBusy('');
    if (!result.ok) return setError(result.error);
    setPreview({ pdfBase64: result.value.pdfBase64, pageCount: result.value.pageCount });
    if (result.value.issues.length > 0) setIssues(result.value.issues);
  }

  /** Puts the cursor on a line of the body, so an issue's line can be found. */
  function goToLine(line: number) {
    const area = bodyRef.current;
    if (!area) return;
    const lines = draft.body.split('\n');
    const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  }

  const issuesFor = (field: TemplateIssue['field']) => (issues ?? []).filter((i) => i.field === field);
  const fieldError = (field: TemplateIssue['field']) => issuesFor(field).filter((i) => i.severity === 'error').map((i) => pick(i.message)).join('；');

  if (!detail) return <p className="muted">{error ? pick(error.message) : t('tpl.loading')}</p>;
  return (
    <section className="page template-editor" aria-labelledby="template-editor-title" aria-busy={busy !== ''}>
      {dialog}
      <button type="button" className="link-button" onClick={onBack}>{t('tpl.back')}</button>
      <h1 id="template-editor-title">{detail.summary.title}</h1>
      <p className="field-hint">{detail.summary.basis}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('tpl.viewVersion')}</span>
          <select name="version" className="input" value={version ?? detail.version.version} onChange={(e) => setVersion(e.target.value)}>
            {detail.versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}（{v.source === 'user' ? t('tpl.source.user') : t('tpl.source.bundled')}{v.basedOn ? `，${t('tpl.basedOn', { version: v.basedOn })}` : ''}）{v.note ? ` ${v.note}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('tpl.previewCase')}</span>
          <select name="previewCase" className="input" value={previewCase} onChange={(e) => setPreviewCase(e.target.value)}>
            <option value="">{t('tpl.sampleCase')}</option>
            {cases.map((c) => <option key={c.id} value={String(c.id)}>{c.defendantName}（{c.courtName || c.plaintiffName}）</option>)}
          </select>
        </label>
      </div>
      {detail.version.source === 'bundled' && <p className="muted">{t('tpl.readOnly')}</p>}
      <div className="form-grid">
        <div className={`field field-wide${fieldError('title') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="template-title">{t('tpl.field.title')}</label>
          <input id="template-title" name="title" className="input" value={draft.title} aria-invalid={fieldError('title') ? true : undefined} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          {fieldError('title') && <p className="field-error" data-error-for="title">{fieldError('title')}</p>}
        </div>
        <div className={`field field-wide${fieldError('required') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="template-required">{t('tpl.field.required')}</label>
          <textarea id="template-required" name="required" className="input mono" rows={4} value={draft.required} aria-invalid={fieldError('required') ? true : undefined} onChange={(e) => setDraft({ ...draft, required: e.target.value })} />
          {fieldError('required') && <p className="field-error" data-error-for="required">{fieldError('required')}</p>}
        </div>
        <div className={`field field-wide${fieldError('body') ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="template-body">{t('tpl.field.body')}</label>
          <textarea id="template-body" ref={bodyRef} name="body" className="input mono template-body" rows={24} spellCheck={false} value={draft.body} aria-invalid={fieldError('body') ? true : undefined} aria-describedby="template-body-hint" onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <p className="field-hint" id="template-body-hint">{t('tpl.bodyHint')}</p>
          {issues !== null && (
            <div className="template-issues" data-error-for="body" role="status">
              {issues.length === 0 ? (
                <p className="notice">{t('tpl.valid')}</p>
              ) : (
                <>
                  <p>{t('tpl.issues', { count: issues.length })}</p>
                  <ul>
                    {issues.map((issue, i) => (
                      <li key={i} className={`issue-${issue.severity}`}>
                        <strong>{issue.severity === 'error' ? t('tpl.error') : t('tpl.warning')}</strong>
                        {issue.line !== null && (
                          <> <button type="button" className="link-button" onClick={() => goToLine(issue.line!)}>{t('tpl.line', { line: issue.line })}</button></>
                        )}
                        ：{pick(issue.message)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
        <label className="field field-wide">
          <span className="field-label">{t('tpl.field.note')}</span>
          <input name="note" className="input" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void validate()} disabled={busy !== ''}>{t('tpl.validate')}</button>
        <button type="button" className="button" onClick={() => void showPreview()} disabled={busy !== ''}>{t('tpl.preview')}</button>
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy !== '' || !edited}>
          {busy === 'save' && <span className="spinner" aria-hidden="true" />}
          {t('tpl.save')}
        </button>
      </div>
      <div aria-live="polite">
        {busy === 'validate' && <p className="progress">{t('tpl.validating')}</p>}
        {busy === 'save' && <p className="progress">{t('tpl.saving')}</p>}
        {busy === 'preview' && <p className="progress">{t('tpl.previewing')}</p>}
        {notice && <p className="notice">{notice}</p>}
      </div>
      {error && <div className="alert" role="alert"><p>{pick(error.message)}</p></div>}
      {preview && <PdfPreview pdfBase64={preview.pdfBase64} pageCount={preview.pageCount} label={draft.title} />}
    </section>
  );
}

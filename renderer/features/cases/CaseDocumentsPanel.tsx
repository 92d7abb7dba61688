import { useEffect, useState } from 'react';
import type { Bilingual } from '../../../core/bilingual';
import type { GeneratedDocument } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatBytes, formatTimestamp } from '../../components/format-time';
import { useToast } from '../../components/Toast';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { DocumentGenerator } from '../documents/DocumentGenerator';
import { FormFillPanel } from '../documents/FormFillPanel';
import { useTemplateTitles } from '../templates/use-template-titles';
import { fieldLabelKey } from './case-form-values';
import { DocumentPreviewDialog } from './workspace/DocumentPreviewDialog';
import { useFilingSetGeneration } from './workspace/use-filing-set-generation';

type CaseDocumentsPanelProps = { caseId: number };

/** Template data paths that are not form fields of the same name (the complaint's data, see complaint-data.ts). */
const templateFieldLabels: Record<string, TextKey> = {
  'defendant.sexLabel': 'field.defendant.sex',
  'court.name': 'field.courtName',
  filingDate: 'docs.filingDate',
};

const plaintiffFieldLabels: Record<string, TextKey> = {
  name: 'org.name', creditCode: 'org.creditCode', address: 'org.address',
  responsiblePerson: 'org.responsiblePerson', responsibleTitle: 'org.responsibleTitle', phone: 'org.phone',
};

/**
 * The case's 文书 tab: the generated files (open, preview, show in folder, delete), the buttons that generate the
 * complaint (民事起诉状) or the whole filing set, the generator for any other template, and filling a PDF form.
 */
export function CaseDocumentsPanel({ caseId }: CaseDocumentsPanelProps) {
  const { t, pick } = useText();
  const [documents, setDocuments] = useState<GeneratedDocument[] | null>(null);
  const templateTitles = useTemplateTitles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const [revealed, setRevealed] = useState<{ id: number; folder: string } | null>(null);
  const [reloads, setReloads] = useState(0);
  const [previewing, setPreviewing] = useState<GeneratedDocument | null>(null);
  const [deleting, setDeleting] = useState<GeneratedDocument | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const toast = useToast();
  const filingSet = useFilingSetGeneration(caseId, () => setReloads((n) => n + 1));

  useEffect(() => {
    let live = true;
    void call('document:list', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) setDocuments(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [caseId, reloads]);

  async function generate() {
    setBusy(true);
    setError(null);
    setNotice('');
    setRevealed(null);
    const result = await call('document:generate', { caseId, templateId: 'complaint', formats: ['docx', 'pdf'] });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // A court the advisor rules out still gets its complaint, but the user is told (the same warning on every file).
    setNotice([t('docs.generated', { count: result.value.length }), ...(result.value[0]?.warnings ?? []).map((w) => pick(w))].join(' '));
    setReloads((n) => n + 1);
  }

  async function reveal(document: GeneratedDocument) {
    setError(null);
    const result = await call('document:reveal', { documentId: document.id });
    if (result.ok) setRevealed({ id: document.id, folder: result.value.folder });
    else setError(result.error);
  }

  async function open(document: GeneratedDocument) {
    setError(null);
    const result = await call('document:open', { documentId: document.id });
    if (result.ok) toast.show({ kind: 'info', text: t('docs.opened', { name: document.fileName }) });
    else setError(result.error);
  }

  async function confirmDelete() {
    if (!deleting) return;
    setDeleteBusy(true);
    const result = await call('document:delete', { documentId: deleting.id });
    setDeleteBusy(false);
    if (!result.ok) return setDeleteError(pick(result.error.message));
    toast.show({ kind: 'success', text: t('docs.deleted', { name: deleting.fileName }) });
    setDeleting(null);
    setReloads((n) => n + 1);
  }

  /** The label of a missing template field such as 'plaintiff.creditCode' or 'defendant.residentId'. */
  function missingLabel({ field, label }: { field: string; label?: Bilingual }): string {
    if (field.startsWith('plaintiff.')) {
      const key = plaintiffFieldLabels[field.slice('plaintiff.'.length)];
      return `${t('docs.plaintiffPrefix')} · ${key ? t(key) : label ? pick(label) : field}`;
    }
    const key = templateFieldLabels[field] ?? fieldLabelKey(field);
    return key ? t(key) : label ? pick(label) : field;
  }

  return (
    <>
    <section className="panel documents-panel" aria-labelledby="documents-title" aria-busy={busy}>
      <div className="panel-header">
        <h2 id="documents-title">{t('docs.title')}</h2>
        <div className="panel-actions">
          <button type="button" className="button" onClick={() => void generate()} disabled={busy || filingSet.progress !== null}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t('docs.generate')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void filingSet.generateAll()}
            disabled={busy || filingSet.progress !== null} title={t('docs.generateAllHint')}>
            {filingSet.progress && <span className="spinner" aria-hidden="true" />}
            {t('docs.generateAll')}
          </button>
        </div>
      </div>
      <p className="muted">{t('docs.hint')} {t('docs.generateAllHint')}</p>
      <div aria-live="polite">
        {busy && <p className="progress">{t('docs.generating')}</p>}
        {filingSet.progress && (
          <p className="progress" data-progress={`${filingSet.progress.done}/${filingSet.progress.total}`}>
            <progress max={filingSet.progress.total} value={filingSet.progress.done - 1} />{' '}
            {t('docs.generatingOne', { done: filingSet.progress.done, total: filingSet.progress.total, title: filingSet.progress.title })}
          </p>
        )}
        {notice && <p className="notice">{notice}</p>}
      </div>
      {error && (
        <div className="alert" role="alert">
          <p>{pick(error.message)}</p>
          {error.code === 'missing-fields' && error.details.length > 0 && (
            <>
              <p>{t('docs.missing')}</p>
              <ul className="missing-list">
                {error.details.map((detail) => (
                  <li key={detail.field}>{missingLabel(detail)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {documents === null && !error && <p className="muted">{t('common.loading')}</p>}
      {documents && documents.length === 0 && <p className="empty">{t('docs.empty')}</p>}
      {documents && documents.length > 0 && (
        <div className="table-wrap">
          <table className="table documents-table">
            <thead>
              <tr>
                <th scope="col">{t('docs.col.file')}</th>
                <th scope="col">{t('docs.col.templateVersion')}</th>
                <th scope="col">{t('docs.col.format')}</th>
                <th scope="col" className="num">{t('docs.col.size')}</th>
                <th scope="col">{t('docs.col.created')}</th>
                <th scope="col">{t('docs.col.sha256')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id} data-document-format={document.format}>
                  <th scope="row" className="file-name">
                    {document.fileName}
                    {revealed?.id === document.id && (
                      <p className="revealed" role="status">{t('docs.revealed', { folder: revealed.folder })}</p>
                    )}
                  </th>
                  <td className="nowrap small">{templateTitles.get(document.templateId) ?? t('docs.templateRemoved')}<br /><span className="muted">{t('docs.version', { version: document.templateVersion })}</span></td>
                  <td><span className={`format-badge format-${document.format}`}>{document.format.toUpperCase()}</span></td>
                  <td className="num nowrap">{formatBytes(document.sizeBytes)}</td>
                  <td className="nowrap">{formatTimestamp(document.createdAt)}</td>
                  <td className="mono" title={document.sha256}>{document.sha256.slice(0, 12)}…</td>
                  {/* Spaces between the buttons keep their labels apart in what a screen reader or a copy reads. */}
                  <td className="document-actions">
                    <button type="button" className="button button-small" onClick={() => void open(document)}>{t('docs.open')}</button>{' '}
                    {document.format === 'pdf' && (
                      <button type="button" className="button button-small" onClick={() => setPreviewing(document)}>{t('docs.preview')}</button>
                    )}{' '}
                    <button type="button" className="button button-small" onClick={() => void reveal(document)}>{t('docs.showInFolder')}</button>{' '}
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => { setDeleteError(null); setDeleting(document); }}>
                      {t('docs.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {previewing && <DocumentPreviewDialog document={previewing} onClose={() => setPreviewing(null)} />}
      <ConfirmDialog open={deleting !== null} title={t('docs.deleteTitle')} message={t('docs.deleteMessage', { name: deleting?.fileName ?? '' })}
        confirmLabel={t('docs.delete')} busy={deleteBusy} error={deleteError} onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)} />
    </section>
    <DocumentGenerator caseId={caseId} onGenerated={() => setReloads((n) => n + 1)} />
    <FormFillPanel caseId={caseId} onFilled={() => setReloads((n) => n + 1)} />
    </>
  );
}

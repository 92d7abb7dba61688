import { useState } from 'react';
import type { FormEvent } from 'react';
import type { EvidenceItem, EvidenceMetaInput } from '../../../core/evidence/evidence-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { formatBytes } from '../../components/format-time';
import { useText } from '../../i18n/use-text';
import { PageCanvas } from './PageCanvas';
import { evidenceKindList, kindKey } from './evidence-kind-keys';
import { useConfirm } from '../../components/use-confirm';
import { useToast } from '../../components/Toast';

type Props = { item: EvidenceItem; onChanged: () => void; onPreview: (item: EvidenceItem) => void };

/** One evidence item: thumbnail, what it is and proves, its hash, and an editor for its description. */
export function EvidenceItemCard({ item, onChanged, onPreview }: Props) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [meta, setMeta] = useState<Required<EvidenceMetaInput>>(() => ({
    kind: item.kind, title: item.title, proves: item.proves, periodFrom: item.periodFrom, periodTo: item.periodTo, source: item.source,
    excluded: item.excluded, recordedName: item.recordedName, recordedIdNumber: item.recordedIdNumber, hasKeyTermNotice: item.hasKeyTermNotice,
  }));
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('evidence:update', { id: item.id, meta });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(false);
    const changed = (result.value.textChanges ?? []).map((change) => pick(change.message));
    if (changed.length > 0) toast.show({ text: `${t('evidence.textChanged')} ${changed.join('；')}`, kind: 'info' });
    onChanged();
  }
  async function remove() {
    const sure = await ask({ title: t('confirm.deleteTitle'), message: t('evidence.deleteConfirm', { title: item.title }), confirmLabel: t('confirm.delete') });
    if (!sure) return;
    const result = await call('evidence:delete', { id: item.id });
    if (!result.ok) return setError(result.error);
    onChanged();
  }
  const text = (name: keyof EvidenceMetaInput, label: string, type = 'text') => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input className="input" type={type} name={`evidence.${item.id}.${name}`} value={String(meta[name])}
        onChange={(e) => setMeta({ ...meta, [name]: e.target.value })} />
      {error?.field === `meta.${name}` && <span className="field-error">{pick(error.message)}</span>}
    </label>
  );
  const check = (name: 'excluded' | 'hasKeyTermNotice', label: string) => (
    <label className="checkbox">
      <input type="checkbox" name={`evidence.${item.id}.${name}`} checked={meta[name]} onChange={(e) => setMeta({ ...meta, [name]: e.target.checked })} /> {label}
    </label>
  );

  return (
    <li className={`evidence-card${item.excluded ? ' evidence-excluded' : ''}`} id={`evidence-item-${item.id}`} tabIndex={-1} data-evidence-kind={item.kind}>
      {dialog}
      <button type="button" className="evidence-thumb" onClick={() => onPreview(item)} aria-label={`${t('evidence.preview')}：${item.title}`}>
        <PageCanvas itemId={item.id} fileType={item.fileType} page={1} width={120} label={item.title} />
      </button>
      <div className="evidence-body">
        <p className="evidence-title">
          <strong>{item.title}</strong> <span className="kind-badge">{t(kindKey(item.kind))}</span>
          {item.excluded && <span className="kind-badge kind-badge-muted">{t('evidence.excludedBadge')}</span>}
        </p>
        <p className="muted small">
          {item.fileName} · {item.fileType.toUpperCase()} · {formatBytes(item.sizeBytes)}{item.pageCount !== null ? ` · ${t('evidence.pages', { count: item.pageCount })}` : ''}
          {(item.periodFrom || item.periodTo) && ` · ${t('evidence.period')} ${item.periodFrom || '…'} – ${item.periodTo || '…'}`}
        </p>
        <p className="small">{t('evidence.proves')}：{item.proves}</p>
        <p className="mono small sha" title={item.sha256}>{t('evidence.sha256')} {item.sha256}</p>
        <div className="row-actions">
          <button type="button" className="button button-small" onClick={() => onPreview(item)}>{t('evidence.preview')}</button>
          <button type="button" className="button button-small" onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('common.edit')}</button>
          <button type="button" className="button button-small" onClick={() => void remove()}>{t('common.delete')}</button>
        </div>
        {error && !error.field && <p className="alert" role="alert">{pick(error.message)}</p>}
        {editing && (
          <form className="evidence-edit form-grid" onSubmit={(e) => void save(e)}>
            <label className="field">
              <span className="field-label">{t('evidence.kind')}</span>
              <select className="input" name={`evidence.${item.id}.kind`} value={meta.kind} onChange={(e) => setMeta({ ...meta, kind: e.target.value as EvidenceItem['kind'] })}>
                {evidenceKindList.map((kind) => <option key={kind} value={kind}>{t(kindKey(kind))}</option>)}
              </select>
            </label>
            {text('title', t('evidence.titleField'))}
            {text('proves', t('evidence.proves'))}
            {text('source', t('evidence.source'))}
            {text('periodFrom', t('evidence.periodFrom'), 'date')}
            {text('periodTo', t('evidence.periodTo'), 'date')}
            {meta.kind === 'application-form' && text('recordedName', t('evidence.recordedName'))}
            {meta.kind === 'application-form' && text('recordedIdNumber', t('evidence.recordedIdNumber'))}
            {meta.kind === 'card-agreement' && check('hasKeyTermNotice', t('evidence.keyTermNotice'))}
            {check('excluded', t('evidence.excluded'))}
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
              <button type="button" className="button" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}

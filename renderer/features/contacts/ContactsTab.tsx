import { useEffect, useState } from 'react';
import type { ContactView } from '../../../core/evidence/contact-operations';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { fileToBase64 } from '../evidence/file-base64';
import { ContactForm } from './ContactForm';
import { FileDropZone } from '../../components/FileDropZone';
import { useToast } from '../../components/Toast';
import { useConfirm } from '../../components/use-confirm';

/** The case's 催收记录 tab: records with their compliance flags (C1–C12) and delivery, a form, and import. */
export function ContactsTab({ caseId }: { caseId: number }) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [views, setViews] = useState<ContactView[] | null>(null);
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const [editing, setEditing] = useState<ContactView['record'] | 'new' | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const toast = useToast();
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([call('contact:list', { caseId }), call('evidence:list', { caseId })]).then(([contacts, items]) => {
      if (!live) return;
      if (contacts.ok) setViews(contacts.value);
      else setError(contacts.error);
      if (items.ok) setEvidence(items.value);
    });
    return () => {
      live = false;
    };
  }, [caseId, reloads]);

  async function importFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const result = await call('contact:import', { caseId, fileName: file.name, contentBase64: await fileToBase64(file), encoding: 'auto' });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    toast.show({ text: t('contacts.imported', { count: result.value.imported }), kind: 'success' });
    setReloads((n) => n + 1);
  }
  /** Takes a flagged record's proof out of the evidence list (the fix for the no-flagged-contacts rule). */
  async function excludeProof(itemId: number) {
    const item = evidence.find((e) => e.id === itemId);
    if (!item) return;
    const { id: _id, caseId: _caseId, fileName: _f, fileType: _t, mimeType: _m, sizeBytes: _s, sha256: _h, pageCount: _p, addedAt: _a, ...meta } = item;
    const result = await call('evidence:update', { id: itemId, meta: { ...meta, excluded: true } });
    if (!result.ok) return setError(result.error);
    setReloads((n) => n + 1);
  }
  async function remove(id: number) {
    const record = views?.find((v) => v.record.id === id)?.record;
    if (!record) return;
    const sure = await ask({
      title: t('confirm.deleteTitle'),
      message: t('contacts.deleteMessage', { date: record.occurredAt, channel: t(`channel.${record.channel}` as TextKey) }),
      confirmLabel: t('confirm.delete'),
    });
    if (!sure) return;
    const result = await call('contact:delete', { id });
    if (!result.ok) return setError(result.error);
    toast.show({ text: t('contacts.deleted'), kind: 'success' });
    setReloads((n) => n + 1);
  }

  return (
    <div className="contacts-tab">
      {dialog}
      <section className="panel" aria-labelledby="contacts-title" aria-busy={busy}>
        <div className="panel-header">
          <h2 id="contacts-title">{t('contacts.title')}</h2>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>{t('contacts.add')}</button>
        </div>
        <div className="field">
          <span className="field-label">{t('contacts.import')}</span>
          <FileDropZone compact name="contacts.file" accept=".csv,.xlsx" busy={busy} onFiles={(files) => void importFile(files[0])} />
        </div>
        {error && (
          <div className="alert" role="alert">
            <p>{pick(error.message)}</p>
            {error.details.length > 1 && <ul>{error.details.slice(0, 20).map((d) => <li key={d.field}>{pick(d.message)}</li>)}</ul>}
          </div>
        )}
        {editing && (
          <ContactForm caseId={caseId} record={editing === 'new' ? null : editing} evidence={evidence}
            onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); setReloads((n) => n + 1); }} />
        )}
        {views && views.length === 0 && <p className="empty">{t('contacts.empty')}</p>}
        {views && views.length > 0 && (
          <div className="table-wrap">
            <table className="table contacts-table">
              <thead>
                <tr>
                  <th scope="col">{t('contacts.col.time')}</th><th scope="col">{t('contacts.col.channel')}</th><th scope="col">{t('contacts.col.party')}</th>
                  <th scope="col">{t('contacts.col.outcome')}</th><th scope="col">{t('contacts.col.delivery')}</th><th scope="col">{t('contacts.col.flags')}</th><th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {views.map(({ record, flags, reliable, demand }) => (
                  <tr key={record.id} id={`contact-${record.id}`} tabIndex={-1} className={reliable ? undefined : 'row-flagged'} data-reliable={reliable ? 'true' : 'false'}>
                    <td className="nowrap">{record.occurredAt}</td>
                    <td className="nowrap">{t(`channel.${record.channel}` as TextKey)}</td>
                    <td className="nowrap">{t(`party.${record.party}` as TextKey)}{record.partyName && ` ${record.partyName}`}</td>
                    <td>{t(`outcome.${record.outcome}` as TextKey)}{record.notes && <><br /><span className="small muted">{record.notes}</span></>}</td>
                    <td className="small">{demand ? (demand.proven ? (reliable ? `✓ ${t('contacts.delivered')}（${demand.date}）` : `${t('contacts.deliveredNotRelied')}（${demand.date}）`) : t('contacts.notDelivered')) : '—'}</td>
                    <td>
                      {!reliable && <p className="not-relied"><strong>{t('contacts.notRelied')}</strong></p>}
                      {!reliable && record.proofEvidenceId !== null && evidence.some((e) => e.id === record.proofEvidenceId && !e.excluded) && (
                        <button type="button" className="button button-small" onClick={() => void excludeProof(record.proofEvidenceId!)}>{t('contacts.excludeProof')}</button>
                      )}
                      <ul className="flag-list">
                        {flags.map((flag) => (
                          <li key={flag.id} className={`flag flag-${flag.certainty === 'review' ? 'review' : flag.level}`} data-flag={flag.id}>
                            <span className="flag-id">{flag.id}</span> {pick(flag.title)}
                            <span className="flag-level">（{flag.certainty === 'review' ? t('contacts.review') : flag.level === 'statutory' ? t('contacts.statutory') : t('contacts.industry')}）</span>
                            <br /><span className="small">{pick(flag.found)}</span>
                            <br /><span className="small muted">{pick(flag.rule)}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="nowrap">
                      <button type="button" className="button button-small" onClick={() => setEditing(record)}>{t('common.edit')}</button>{' '}
                      <button type="button" className="button button-small" onClick={() => void remove(record.id)}>{t('common.delete')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

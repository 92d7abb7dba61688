import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ContactChannel, ContactInput, ContactOutcome, ContactParty, ContactRecord, DeliveryProof, DeliveryStatus } from '../../../core/evidence/contact-model';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

export const channels: ContactChannel[] = ['phone', 'sms', 'letter', 'visit', 'email', 'app-message', 'lawyer-letter'];
export const parties: ContactParty[] = ['cardholder', 'emergency-contact', 'third-party'];
export const outcomes: ContactOutcome[] = ['reached', 'promise-to-pay', 'refused', 'unreachable', 'partial-payment'];
const proofs: DeliveryProof[] = ['none', 'signed-receipt', 'postal-tracking', 'sms-report', 'email-log', 'call-recording', 'visit-record'];
const statuses: DeliveryStatus[] = ['unknown', 'delivered', 'in-transit', 'returned', 'failed'];

type Values = Required<Omit<ContactInput, 'proofEvidenceId'>> & { proofEvidenceId: number | null };
const empty: Values = {
  occurredAt: '', channel: 'phone', party: 'cardholder', partyName: '', address: '', toReservedContact: true, outcome: 'reached', notes: '',
  proofEvidenceId: null, deliveryProof: 'none', trackingNumber: '', deliveryStatus: 'unknown', deliveredOn: '', agency: '', agencyDisclosed: false,
  timeConsented: false, reviewNote: '',
};

type Props = { caseId: number; record: ContactRecord | null; evidence: EvidenceItem[]; onSaved: () => void; onCancel: () => void };

/** Adds or edits one contact record; errors appear next to their field. */
export function ContactForm({ caseId, record, evidence, onSaved, onCancel }: Props) {
  const { t, pick } = useText();
  const [values, setValues] = useState<Values>(() => {
    if (!record) return empty;
    const { id: _id, caseId: _caseId, ...rest } = record;
    return rest;
  });
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('contact:save', { caseId, ...(record ? { id: record.id } : {}), values });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onSaved();
  }
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });
  const errorFor = (key: string) => (error?.field === `values.${key}` ? <p className="field-error" data-error-for={`values.${key}`}>{pick(error.message)}</p> : null);
  const text = (key: 'occurredAt' | 'partyName' | 'address' | 'trackingNumber' | 'agency' | 'reviewNote' | 'deliveredOn', label: TextKey, type = 'text') => (
    <label className="field">
      <span className="field-label">{t(label)}</span>
      <input className="input" type={type} name={`values.${key}`} value={values[key]} onChange={(e) => set(key, e.target.value)} placeholder={key === 'occurredAt' ? '2026-03-05 14:30' : undefined} />
      {errorFor(key)}
    </label>
  );
  const choice = <K extends 'channel' | 'party' | 'outcome' | 'deliveryProof' | 'deliveryStatus'>(key: K, label: TextKey, options: readonly Values[K][], prefix: string) => (
    <label className="field">
      <span className="field-label">{t(label)}</span>
      <select className="input" name={`values.${key}`} value={values[key]} onChange={(e) => set(key, e.target.value as Values[K])}>
        {options.map((o) => <option key={o} value={o}>{t(`${prefix}.${o}` as TextKey)}</option>)}
      </select>
    </label>
  );
  const box = (key: 'toReservedContact' | 'agencyDisclosed' | 'timeConsented', label: TextKey) => (
    <label className="checkbox"><input type="checkbox" name={`values.${key}`} checked={values[key]} onChange={(e) => set(key, e.target.checked)} /> {t(label)}</label>
  );

  return (
    <form className="panel contact-form" onSubmit={(e) => void save(e)} aria-labelledby="contact-form-title" noValidate>
      <h3 id="contact-form-title">{record ? t('contacts.edit') : t('contacts.add')}</h3>
      {error && !error.field?.startsWith('values.') && <p className="alert" role="alert">{pick(error.message)}</p>}
      <div className="form-grid">
        {text('occurredAt', 'contacts.occurredAt')}
        {choice('channel', 'contacts.channel', channels, 'channel')}
        {choice('party', 'contacts.party', parties, 'party')}
        {text('partyName', 'contacts.partyName')}
        {text('address', 'contacts.address')}
        {box('toReservedContact', 'contacts.reserved')}
        {choice('outcome', 'contacts.outcome', outcomes, 'outcome')}
        <label className="field field-wide">
          <span className="field-label">{t('contacts.notes')}</span>
          <textarea className="input" name="values.notes" rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('contacts.proof')}</span>
          <select className="input" name="values.proofEvidenceId" value={values.proofEvidenceId ?? ''} onChange={(e) => set('proofEvidenceId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('contacts.noProof')}</option>
            {evidence.map((item) => <option key={item.id} value={item.id}>{item.title}</option>)}
          </select>
          {errorFor('proofEvidenceId')}
        </label>
        {choice('deliveryProof', 'contacts.deliveryProof', proofs, 'proof')}
        {text('trackingNumber', 'contacts.trackingNumber')}
        {choice('deliveryStatus', 'contacts.deliveryStatus', statuses, 'delivery')}
        {text('deliveredOn', 'contacts.deliveredOn', 'date')}
        {text('agency', 'contacts.agency')}
        {box('agencyDisclosed', 'contacts.agencyDisclosed')}
        {box('timeConsented', 'contacts.timeConsented')}
        {text('reviewNote', 'contacts.reviewNote')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

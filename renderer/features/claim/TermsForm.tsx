import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CardTerms } from '../../../core/claim/card-terms';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { DateField } from '../../components/DateField';

type Props = { caseId: number; terms: CardTerms; onSaved: (terms: CardTerms) => void };

const dateFields: { name: 'dueDate' | 'lastInstallmentDate' | 'accelerationDate' | 'interestBookedThrough' | 'plannedFilingDate'; label: TextKey }[] = [
  { name: 'dueDate', label: 'claim.dueDate' },
  { name: 'lastInstallmentDate', label: 'claim.lastInstallment' },
  { name: 'accelerationDate', label: 'claim.acceleration' },
  { name: 'interestBookedThrough', label: 'claim.bookedThrough' },
  { name: 'plannedFilingDate', label: 'claim.filingDate' },
];

/** The card-agreement terms the claim and limitation rest on (领用合约约定). */
export function TermsForm({ caseId, terms, onSaved }: Props) {
  const { t, pick } = useText();
  const [values, setValues] = useState<CardTerms>(terms);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice('');
    const result = await call('claim:save-terms', { caseId, terms: values });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('claim.termsSaved'));
    onSaved(result.value);
  }
  const fieldError = (name: string) => (error && error.field === `terms.${name}` ? <p className="field-error" data-error-for={`terms.${name}`}>{pick(error.message)}</p> : null);
  const box = (name: 'capAt24' | 'removeBarredCharges' | 'useBreakdownInComplaint', label: TextKey) => (
    <label className="checkbox field-wide">
      <input type="checkbox" name={`terms.${name}`} checked={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.checked })} /> {t(label)}
    </label>
  );

  return (
    <form className="panel terms-form" onSubmit={(e) => void save(e)} aria-labelledby="terms-title" noValidate>
      <h2 id="terms-title">{t('claim.terms')}</h2>
      {error && !error.field?.startsWith('terms.') && <p className="alert" role="alert">{pick(error.message)}</p>}
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('claim.rate')}</span>
          <input className="input num" name="terms.interestRatePercent" inputMode="decimal" value={values.interestRatePercent} onChange={(e) => setValues({ ...values, interestRatePercent: e.target.value })} />
          {fieldError('interestRatePercent')}
        </label>
        <label className="field">
          <span className="field-label">{t('claim.rateBasis')}</span>
          <select className="input" name="terms.rateBasis" value={values.rateBasis} onChange={(e) => setValues({ ...values, rateBasis: e.target.value as CardTerms['rateBasis'] })}>
            <option value="daily">{t('claim.rateDaily')}</option>
            <option value="annual">{t('claim.rateAnnual')}</option>
          </select>
        </label>
        <label className="field field-wide">
          <span className="field-label">{t('claim.allocation')}</span>
          <select className="input" name="terms.allocationOrder" value={values.allocationOrder} onChange={(e) => setValues({ ...values, allocationOrder: e.target.value as CardTerms['allocationOrder'] })}>
            <option value="charges-first">{t('claim.chargesFirst')}</option>
            <option value="principal-first">{t('claim.principalFirst')}</option>
          </select>
        </label>
        {dateFields.map((f) => (
          <label key={f.name} className="field">
            <span className="field-label">{t(f.label)}</span>
            <DateField name={`terms.${f.name}`} value={values[f.name]} onChange={(v) => setValues({ ...values, [f.name]: v })} />
            {fieldError(f.name)}
          </label>
        ))}
        {box('capAt24', 'claim.cap')}
        {box('removeBarredCharges', 'claim.removeBarred')}
        {box('useBreakdownInComplaint', 'claim.useBreakdown')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('claim.saveTerms')}</button>
        {notice && <span className="notice-inline" role="status">{notice}</span>}
      </div>
    </form>
  );
}

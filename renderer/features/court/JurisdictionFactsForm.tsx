import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { CourtEntry } from '../../../core/court/court-model';
import type { ClauseNames, JurisdictionFacts, PlaintiffLocation } from '../../../core/court/jurisdiction-facts';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { DivisionField } from './DivisionField';
import { DateField } from '../../components/DateField';

type FactsFormProps = { view: CaseJurisdiction; onSaved: (view: CaseJurisdiction) => void };

// The renderer imports only types from core, so the options are listed here and checked against the core type.
const clauseOptions = ['none', 'plaintiff', 'head-office', 'defendant', 'signing-place', 'court'] as const satisfies readonly ClauseNames[];

function Check({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="check-field">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} /> {label}
    </label>
  );
}

/** The facts the advisor needs that the case does not hold, edited on the jurisdiction tab. */
export function JurisdictionFactsForm({ view, onSaved }: FactsFormProps) {
  const { t, pick } = useText();
  const [facts, setFacts] = useState<JurisdictionFacts>(view.facts);
  const [location, setLocation] = useState<PlaintiffLocation>(view.plaintiffLocation);
  const [internetCourts, setInternetCourts] = useState<CourtEntry[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');
  const { divisions } = view.advice;

  useEffect(() => {
    void call('court:search', { query: '互联网法院' }).then((result) => {
      if (result.ok) setInternetCourts(result.value.filter((c) => c.kind === 'internet'));
    });
  }, []);

  const set = <K extends keyof JurisdictionFacts>(key: K, value: JurisdictionFacts[K]) => setFacts((f) => ({ ...f, [key]: value }));
  const setClause = <K extends keyof JurisdictionFacts['forumClause']>(key: K, value: JurisdictionFacts['forumClause'][K]) =>
    setFacts((f) => ({ ...f, forumClause: { ...f.forumClause, [key]: value } }));
  const errorFor = (field: string) => (error && error.field === field ? pick(error.message) : null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setNotice('');
    const result = await call('jurisdiction:save', { caseId: view.caseId, facts, plaintiffLocation: location });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('jur.saved'));
    onSaved(result.value);
  }

  return (
    <form className="case-form jurisdiction-facts" onSubmit={(event) => void save(event)} noValidate>
      <h2>{t('jur.facts')}</h2>
      <p className="section-note">{t('jur.factsHint')}</p>
      {error && !error.field && <p className="alert" role="alert">{pick(error.message)}</p>}
      <fieldset className="form-section">
        <legend>{t('jur.section.defendant')}</legend>
        <div className="form-grid">
          <DivisionField name="registeredDivision" label={t('jur.registeredDivision')} value={facts.registeredDivision} derived={divisions.registered.source === 'derived' ? divisions.registered.path : ''} error={errorFor('registeredDivision')} onChange={(v) => set('registeredDivision', v)} />
          <DivisionField name="habitualDivision" label={t('jur.habitualDivision')} value={facts.habitualDivision} derived={divisions.habitual.source === 'derived' ? divisions.habitual.path : ''} error={errorFor('habitualDivision')} onChange={(v) => set('habitualDivision', v)} />
          <Field name="habitualSince" label={t('jur.habitualSince')} optional error={errorFor('habitualSince')}>
            {(props) => <DateField {...props} value={facts.habitualSince} onChange={(v) => set('habitualSince', v)} />}
          </Field>
          <Field name="habitualProof" label={t('jur.habitualProof')} optional>
            {(props) => <input {...props} className="input" value={facts.habitualProof} maxLength={200} onChange={(e) => set('habitualProof', e.target.value)} />}
          </Field>
        </div>
        <Check name="whereaboutsUnknown" label={t('jur.whereaboutsUnknown')} checked={facts.whereaboutsUnknown} onChange={(v) => set('whereaboutsUnknown', v)} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('jur.section.clause')}</legend>
        <div className="form-grid">
          <Field name="forumClause.names" label={t('jur.clauseNames')}>
            {(props) => (
              <select {...props} className="input" value={facts.forumClause.names} onChange={(e) => setClause('names', clauseOptions.find((o) => o === e.target.value) ?? 'none')}>
                {clauseOptions.map((o) => <option key={o} value={o}>{t(`jur.clause.${o}` as TextKey)}</option>)}
              </select>
            )}
          </Field>
          {(facts.forumClause.names === 'head-office' || facts.forumClause.names === 'signing-place') && (
            <DivisionField name="forumClause.division" label={t('jur.clauseDivision')} value={facts.forumClause.division} error={errorFor('forumClause.division')} onChange={(v) => setClause('division', v)} />
          )}
          {facts.forumClause.names === 'court' && (
            <Field name="forumClause.courtId" label={t('jur.clauseCourt')} optional>
              {(props) => <input {...props} className="input mono" value={facts.forumClause.courtId} placeholder="basic-530102" onChange={(e) => setClause('courtId', e.target.value.trim())} />}
            </Field>
          )}
          <Field name="forumClause.text" label={t('jur.clauseText')} optional wide>
            {(props) => <textarea {...props} className="input" rows={3} value={facts.forumClause.text} maxLength={2000} onChange={(e) => setClause('text', e.target.value)} />}
          </Field>
        </div>
        <Check name="forumClause.keyTermNotice" label={t('jur.keyTermNotice')} checked={facts.forumClause.keyTermNotice} onChange={(v) => setClause('keyTermNotice', v)} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('jur.section.online')}</legend>
        <Check name="contractedOnline" label={t('jur.contractedOnline')} checked={facts.contractedOnline} onChange={(v) => set('contractedOnline', v)} />
        <div className="form-grid">
          <Field name="agreementInternetCourtId" label={t('jur.internetCourt')} optional>
            {(props) => (
              <select {...props} className="input" value={facts.agreementInternetCourtId} onChange={(e) => set('agreementInternetCourtId', e.target.value)}>
                <option value="">{t('jur.noInternetCourt')}</option>
                {internetCourts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('jur.section.plaintiff')}</legend>
        <div className="form-grid">
          <DivisionField name="plaintiffLocation.divisionCode" label={t('jur.plaintiffDivision')} value={location.divisionCode} derived={divisions.plaintiff.source === 'derived' ? divisions.plaintiff.path : ''} error={errorFor('plaintiffLocation.divisionCode')} onChange={(v) => setLocation((l) => ({ ...l, divisionCode: v }))} />
          <DivisionField name="plaintiffLocation.headOfficeDivision" label={t('jur.headOfficeDivision')} value={location.headOfficeDivision} error={errorFor('plaintiffLocation.headOfficeDivision')} onChange={(v) => setLocation((l) => ({ ...l, headOfficeDivision: v }))} />
        </div>
        <Check name="plaintiffLocation.isBranch" label={t('jur.isBranch')} checked={location.isBranch} onChange={(v) => setLocation((l) => ({ ...l, isBranch: v }))} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('jur.section.procedure')}</legend>
        <Check name="smallClaimsConsent" label={t('jur.smallClaimsConsent')} checked={facts.smallClaimsConsent} onChange={(v) => set('smallClaimsConsent', v)} />
        <div className="form-grid">
          <Field name="preservationAmount" label={t('jur.preservationAmount')} optional error={errorFor('preservationAmount')}>
            {(props) => <input {...props} className="input num" inputMode="decimal" value={facts.preservationAmount} onChange={(e) => set('preservationAmount', e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>{saving ? t('common.saving') : t('jur.saveFacts')}</button>
        {notice && <span className="notice-inline" role="status">{notice}</span>}
      </div>
    </form>
  );
}

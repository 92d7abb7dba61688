import { useState } from 'react';
import type { FormEvent } from 'react';
import type { OperationInput } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseEvent, EventType } from '../../../core/tracking/event-types';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import { eventKey, propertyKindList, readAsBase64 } from './labels';
import { FileDropZone } from '../../components/FileDropZone';
import { DateField } from '../../components/DateField';

type Details = OperationInput<'event:add'>['event']['details'];

type EventFormProps = { tracking: CaseTracking; onRecorded: (next: CaseTracking, message: string, warnings: string[]) => void };

const withCourtNumber: EventType[] = ['accepted'];
const withEnforcementNumber: EventType[] = ['enforcement-accepted', 'enforcement-resumed'];
const withParty: EventType[] = ['served', 'appealed'];
/** The period may be entered with the decision or, once it is known, with the effective event. */
const withPerformanceDays: EventType[] = ['judgment', 'mediation', 'effective'];
/** The award's items (event-types.ts awardDetails), entered with the decision; the enforcement application enforces them. */
const awardItems = ['principal', 'interest', 'penalty', 'fees', 'litigationCosts'] as const;

/** The form that records the next event; it offers only the events the case's stage allows. */
export function EventForm({ tracking, onRecorded }: EventFormProps) {
  const { t, pick } = useText();
  const [type, setType] = useState<EventType>(tracking.allowedEvents[0] ?? 'note');
  const [date, setDate] = useState(tracking.today);
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [fields, setFields] = useState<Record<string, string>>({ documentKind: 'judgment', performanceDays: '', party: 'defendant', propertyKind: 'deposit', renewalOf: '' });
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const allowed = tracking.allowedEvents.includes(type) ? type : (tracking.allowedEvents[0] ?? 'note');
  const freezes = tracking.events.filter((e: CaseEvent) => e.type === 'property-frozen');
  const set = (name: string, value: string) => setFields((f) => ({ ...f, [name]: value }));
  const errorField = error?.field?.replace(/^event\./, '');
  const errorFor = (field: string) => (error && errorField === field ? pick(error.message) : null);

  function details(): Details {
    const d: NonNullable<Details> = {};
    const text = (name: string) => (fields[name] ?? '').trim();
    if (withCourtNumber.includes(allowed)) d.courtCaseNumber = text('courtCaseNumber');
    if (withEnforcementNumber.includes(allowed) && text('enforcementCaseNumber')) d.enforcementCaseNumber = text('enforcementCaseNumber');
    if (allowed === 'judgment') {
      d.documentKind = text('documentKind') === 'ruling' ? 'ruling' : 'judgment';
      d.final = final;
    }
    if (withPerformanceDays.includes(allowed) && text('performanceDays') !== '') d.performanceDays = Number(text('performanceDays'));
    if ((allowed === 'judgment' || allowed === 'mediation') && text('awardedAmount')) d.awardedAmount = text('awardedAmount');
    if ((allowed === 'judgment' || allowed === 'mediation') && awardItems.some((item) => text(`award.${item}`) !== '')) {
      const items = Object.fromEntries(awardItems.filter((item) => text(`award.${item}`) !== '').map((item) => [item, text(`award.${item}`)]));
      d.award = { ...items, principal: text('award.principal') };
    }
    if ((allowed === 'mediation' || allowed === 'effective') && text('lastPerformanceDay')) d.lastPerformanceDay = text('lastPerformanceDay');
    if (withParty.includes(allowed)) d.party = text('party') === 'plaintiff' ? 'plaintiff' : 'defendant';
    if (allowed === 'property-frozen') {
      d.propertyKind = propertyKindList.find((k) => k === text('propertyKind')) ?? 'deposit';
      if (text('propertyDescription')) d.propertyDescription = text('propertyDescription');
      if (text('renewalOf')) d.renewalOf = Number(text('renewalOf'));
    }
    return d;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const attachment = file ? { fileName: file.name, base64: await readAsBase64(file) } : undefined;
    const result = await call('event:add', { caseId: tracking.caseId, event: { type: allowed, date, note, details: details(), ...(attachment ? { attachment } : {}) } });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setNote('');
    setFile(null);
    setFileKey((k) => k + 1);
    onRecorded(result.value.tracking, t('tracking.recorded', { event: t(eventKey(allowed)) }), result.value.warnings.map(pick));
  }

  const input = (name: string, props: Record<string, unknown> = {}) => (control: object) => (
    <input {...control} {...props} className="input" value={fields[name] ?? ''} onChange={(e) => set(name, e.target.value)} />
  );

  return (
    <form className="panel tracking-event-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="tracking-record-title">
      <h2 id="tracking-record-title">{t('tracking.record')}</h2>
      {error && !errorField?.startsWith('details.') && !['date', 'note', 'attachment'].includes(errorField ?? '') && (
        <p className="alert" role="alert">{t('tracking.recordFailed')} {pick(error.message)}</p>
      )}
      <div className="form-grid">
        <Field name="type" label={t('tracking.type')} error={errorFor('type')}>
          {(control) => (
            <select {...control} className="input" value={allowed} onChange={(e) => setType(e.target.value as EventType)}>
              {tracking.allowedEvents.map((option) => <option key={option} value={option}>{t(eventKey(option))}</option>)}
            </select>
          )}
        </Field>
        <Field name="date" label={t('tracking.date')} error={errorFor('date')} hint={allowed === 'hearing' ? t('tracking.hearingDateHint') : undefined}>
          {(control) => <DateField {...control} value={date} onChange={(v) => setDate(v)} />}
        </Field>
        {withCourtNumber.includes(allowed) && (
          <Field name="details.courtCaseNumber" label={t('tracking.courtCaseNumber')} error={errorFor('details.courtCaseNumber')}>
            {input('courtCaseNumber', { placeholder: '（2026）京0105民初12345号', autoComplete: 'off' })}
          </Field>
        )}
        {withEnforcementNumber.includes(allowed) && (
          <Field name="details.enforcementCaseNumber" label={t('tracking.enforcementCaseNumber')} error={errorFor('details.enforcementCaseNumber')} optional={allowed === 'enforcement-resumed'}>
            {input('enforcementCaseNumber', { placeholder: '（2026）京0105执678号', autoComplete: 'off' })}
          </Field>
        )}
        {allowed === 'judgment' && (
          <Field name="details.documentKind" label={t('tracking.documentKind')} error={errorFor('details.documentKind')}>
            {(control) => (
              <select {...control} className="input" value={fields.documentKind} onChange={(e) => set('documentKind', e.target.value)}>
                <option value="judgment">{t('tracking.documentKind.judgment')}</option>
                <option value="ruling">{t('tracking.documentKind.ruling')}</option>
              </select>
            )}
          </Field>
        )}
        {withPerformanceDays.includes(allowed) && (
          <Field name="details.performanceDays" label={t('tracking.performanceDays')} error={errorFor('details.performanceDays')} optional>
            {input('performanceDays', { type: 'number', min: 0, max: 3650, inputMode: 'numeric' })}
          </Field>
        )}
        {(allowed === 'judgment' || allowed === 'mediation') && (
          <>
            <Field name="details.awardedAmount" label={t('tracking.awardedAmount')} error={errorFor('details.awardedAmount')} hint={t('tracking.awardedAmountHint')} optional>
              {input('awardedAmount', { inputMode: 'decimal', placeholder: '0.00', autoComplete: 'off' })}
            </Field>
            {awardItems.map((item) => (
              <Field key={item} name={`details.award.${item}`} label={t(`tracking.award.${item}`)} error={errorFor(`details.award.${item}`)} optional>
                {input(`award.${item}`, { inputMode: 'decimal', placeholder: '0.00', autoComplete: 'off' })}
              </Field>
            ))}
          </>
        )}
        {(allowed === 'mediation' || allowed === 'effective') && (
          <Field name="details.lastPerformanceDay" label={t('tracking.lastPerformanceDay')} error={errorFor('details.lastPerformanceDay')} optional>
            {input('lastPerformanceDay', { type: 'date' })}
          </Field>
        )}
        {withParty.includes(allowed) && (
          <Field name="details.party" label={t('tracking.party')} error={errorFor('details.party')}>
            {(control) => (
              <select {...control} className="input" value={fields.party} onChange={(e) => set('party', e.target.value)}>
                <option value="defendant">{t('tracking.party.defendant')}</option>
                <option value="plaintiff">{t('tracking.party.plaintiff')}</option>
              </select>
            )}
          </Field>
        )}
        {allowed === 'property-frozen' && (
          <>
            <Field name="details.propertyKind" label={t('tracking.propertyKind')} error={errorFor('details.propertyKind')}>
              {(control) => (
                <select {...control} className="input" value={fields.propertyKind} onChange={(e) => set('propertyKind', e.target.value)}>
                  {propertyKindList.map((k) => <option key={k} value={k}>{t(`tracking.property.${k}`)}</option>)}
                </select>
              )}
            </Field>
            <Field name="details.propertyDescription" label={t('tracking.propertyDescription')} error={errorFor('details.propertyDescription')} optional>
              {input('propertyDescription', { maxLength: 200 })}
            </Field>
            {freezes.length > 0 && (
              <Field name="details.renewalOf" label={t('tracking.renewalOf')} error={errorFor('details.renewalOf')} optional>
                {(control) => (
                  <select {...control} className="input" value={fields.renewalOf} onChange={(e) => set('renewalOf', e.target.value)}>
                    <option value="">{t('tracking.notRenewal')}</option>
                    {freezes.map((f) => <option key={f.id} value={String(f.id)}>{`${f.date} ${f.details.propertyDescription ?? ''}`}</option>)}
                  </select>
                )}
              </Field>
            )}
          </>
        )}
        <Field name="note" label={t('tracking.note')} error={errorFor('note')} optional={allowed !== 'note'} wide>
          {(control) => <textarea {...control} className="input" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <Field name="attachment" label={t('tracking.attachment')} error={errorFor('attachment')} hint={t('tracking.attachmentHint')} optional wide>
          {(control) => <FileDropZone key={fileKey} compact name={control.name} fileName={file?.name ?? null} onFiles={(files) => setFile(files[0] ?? null)} />}
        </Field>
      </div>
      {allowed === 'judgment' && (
        <label className="checkbox-line">
          <input type="checkbox" name="details.final" checked={final} onChange={(e) => setFinal(e.target.checked)} /> {t('tracking.final')}
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('tracking.recording') : t('tracking.record')}</button>
      </div>
    </form>
  );
}

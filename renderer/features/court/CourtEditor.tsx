import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CourtEntry, CourtInput } from '../../../core/court/court-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { useConfirm } from '../../components/use-confirm';

type CourtEditorProps = { court: CourtEntry | null; onDone: (notice: string) => void; onCancel: () => void };

type Values = { name: string; level: CourtEntry['level']; kind: CourtEntry['kind']; divisionCode: string; address: string; phone: string; notes: string; towns: string; appealCourtId: string };

const levels = ['basic', 'intermediate', 'high'] as const satisfies readonly CourtEntry['level'][];
const kinds = ['general', 'internet', 'financial'] as const satisfies readonly CourtEntry['kind'][];

function valuesOf(court: CourtEntry | null): Values {
  return {
    name: court?.name ?? '', level: court?.level ?? 'basic', kind: court?.kind ?? 'general', divisionCode: court?.divisionCode ?? '',
    address: court?.address ?? '', phone: court?.phone ?? '', notes: court?.notes ?? '', towns: court?.towns.join('、') ?? '', appealCourtId: court?.appealCourtId ?? '',
  };
}

/** Edits one court of the directory (or adds one); edits are stored over the bundled data and survive its updates. */
export function CourtEditor({ court, onDone, onCancel }: CourtEditorProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [values, setValues] = useState<Values>(valuesOf(court));
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (field: string) => (error && error.field?.endsWith(field) ? pick(error.message) : null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const input: CourtInput = { ...values, towns: values.towns.split(/[、,，]/).map((s) => s.trim()).filter(Boolean) };
    const result = await call('court:save', court ? { id: court.id, values: input } : { values: input });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(t('courts.savedNotice', { name: result.value.name }));
  }

  async function act(kind: 'reset' | 'delete') {
    if (!court) return;
    const sure = await ask(kind === 'reset'
      ? { title: t('courts.resetTitle'), message: t('courts.resetMessage', { name: court.name }), confirmLabel: t('courts.reset') }
      : { title: t('confirm.deleteTitle'), message: t('courts.deleteMessage', { name: court.name }), confirmLabel: t('confirm.delete') });
    if (!sure) return;
    if (!court) return;
    setBusy(true);
    const result = kind === 'reset' ? await call('court:reset', { id: court.id }) : await call('court:delete', { id: court.id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(t(kind === 'reset' ? 'courts.resetNotice' : 'courts.deletedNotice', { name: court.name }));
  }

  const text = (key: keyof Values, label: TextKey, optional = true, wide = false) => (
    <Field name={key} label={t(label)} optional={optional} wide={wide} error={errorFor(key)}>
      {(props) => <input {...props} className="input" value={values[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form className="case-form court-editor" onSubmit={(event) => void save(event)} noValidate aria-busy={busy}>
      {dialog}
      <h2>{court ? `${t('courts.edit')}：${court.name}` : t('courts.add')}</h2>
      {error && !error.field && <p className="alert" role="alert">{pick(error.message)}</p>}
      <div className="form-grid">
        {text('name', 'courts.name', false, true)}
        <Field name="level" label={t('courts.level')}>
          {(props) => (
            <select {...props} className="input" value={values.level} onChange={(e) => set('level', levels.find((l) => l === e.target.value) ?? 'basic')}>
              {levels.map((l) => <option key={l} value={l}>{t(`courts.level.${l}` as TextKey)}</option>)}
            </select>
          )}
        </Field>
        <Field name="kind" label={t('courts.kind')}>
          {(props) => (
            <select {...props} className="input" value={values.kind} onChange={(e) => set('kind', kinds.find((k) => k === e.target.value) ?? 'general')}>
              {kinds.map((k) => <option key={k} value={k}>{t(`courts.kind.${k}` as TextKey)}</option>)}
            </select>
          )}
        </Field>
        {text('divisionCode', 'courts.divisionCode')}
        {text('appealCourtId', 'courts.appealCourtId')}
        {text('address', 'courts.address', true, true)}
        {text('phone', 'courts.phone')}
        {text('towns', 'courts.towns', true, true)}
        {text('notes', 'courts.notes', true, true)}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{t('common.save')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
        {court && court.origin === 'edited' && <button type="button" className="button" disabled={busy} onClick={() => void act('reset')}>{t('courts.reset')}</button>}
        {court && <button type="button" className="button button-danger" disabled={busy} onClick={() => void act('delete')}>{t('courts.delete')}</button>}
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { SmallClaimsThreshold, ThresholdInput } from '../../../core/court/small-claims-threshold';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { fenToYuanText, formatFen } from '../../components/format-fen';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { useConfirm } from '../../components/use-confirm';
import { useToast } from '../../components/Toast';

type Form = { id?: string; provinceCode: string; mandatoryLimit: string; agreementLimit: string; wageYear: string; wageBasis: string; averageWage: string; inForceFrom: string; source: string };
const empty: Form = { provinceCode: '', mandatoryLimit: '', agreementLimit: '', wageYear: '', wageBasis: '', averageWage: '', inForceFrom: '', source: '' };

function formOf(t: SmallClaimsThreshold): Form {
  return {
    id: t.id, provinceCode: t.provinceCode, mandatoryLimit: fenToYuanText(t.mandatoryLimitFen), agreementLimit: fenToYuanText(t.agreementLimitFen),
    wageYear: String(t.wageYear), wageBasis: t.wageBasis, averageWage: t.averageWageFen === null ? '' : fenToYuanText(t.averageWageFen), inForceFrom: t.inForceFrom, source: t.source,
  };
}

/** The provinces × years table of small-claims limits (CPL 165), editable; bundled rows come from domain.md §2.1. */
export function ThresholdsPanel() {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const toast = useToast();
  const [rows, setRows] = useState<SmallClaimsThreshold[]>([]);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void call('threshold:list', {}).then((result) => { if (result.ok) setRows(result.value); });
  }, [reloads]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const values: ThresholdInput = { ...form, wageYear: Number(form.wageYear) || 0 };
    const result = await call('threshold:save', form.id ? { id: form.id, values } : { values });
    if (!result.ok) return setError(result.error);
    setError(null);
    setForm(null);
    toast.show({ text: t('thresholds.saved'), kind: 'success' });
    setReloads((n) => n + 1);
  }

  async function remove(id: string) {
    const row = rows.find((r) => r.id === id);
    const sure = await ask({ title: t('confirm.deleteTitle'), message: t('thresholds.deleteMessage', { province: row?.province ?? '', from: row?.inForceFrom ?? '' }), confirmLabel: t('confirm.delete') });
    if (!sure) return;
    const result = await call('threshold:delete', { id });
    if (!result.ok) setError(result.error);
    else toast.show({ text: t('deleted.toast'), kind: 'success' });
    setReloads((n) => n + 1);
  }

  const input = (key: Exclude<keyof Form, 'id'>, label: TextKey) => (
    <Field name={`threshold.${key}`} label={t(label)} error={error?.field === key ? pick(error.message) : null}>
      {(props) => <input {...props} className="input" value={form?.[key] ?? ''} onChange={(e) => setForm((f) => (f ? { ...f, [key]: e.target.value } : f))} />}
    </Field>
  );

  return (
    <section className="panel thresholds-panel" aria-labelledby="thresholds-title">
      {dialog}
      <div className="panel-header">
        <h2 id="thresholds-title">{t('thresholds.title')}</h2>
        <button type="button" className="button" onClick={() => setForm({ ...empty })}>{t('thresholds.add')}</button>
      </div>
      {error && !error.field && <p className="alert" role="alert">{pick(error.message)}</p>}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('thresholds.province')}</th><th scope="col" className="num">{t('thresholds.mandatory')}</th>
              <th scope="col" className="num">{t('thresholds.agreement')}</th><th scope="col">{t('thresholds.wageYear')}</th>
              <th scope="col">{t('thresholds.inForceFrom')}</th><th scope="col">{t('thresholds.source')}</th><th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-threshold={r.id}>
                <th scope="row">{r.province}</th><td className="num">{formatFen(r.mandatoryLimitFen)}</td><td className="num">{formatFen(r.agreementLimitFen)}</td>
                <td>{r.wageYear} {r.wageBasis}</td><td className="nowrap">{r.inForceFrom}</td><td>{r.source}</td>
                <td className="nowrap">
                  <button type="button" className="button button-small" onClick={() => setForm(formOf(r))}>{t('common.edit')}</button>{' '}
                  <button type="button" className="button button-small" onClick={() => void remove(r.id)}>{t('common.delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {form && (
        <form className="case-form" onSubmit={(event) => void save(event)} noValidate>
          <div className="form-grid">
            {input('provinceCode', 'thresholds.provinceCode')}
            {input('mandatoryLimit', 'thresholds.mandatory')}
            {input('agreementLimit', 'thresholds.agreement')}
            {input('wageYear', 'thresholds.wageYear')}
            {input('wageBasis', 'thresholds.wageBasis')}
            {input('averageWage', 'thresholds.averageWage')}
            {input('inForceFrom', 'thresholds.inForceFrom')}
            {input('source', 'thresholds.source')}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">{t('common.save')}</button>
            <button type="button" className="button" onClick={() => setForm(null)}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

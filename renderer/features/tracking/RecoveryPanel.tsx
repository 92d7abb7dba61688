import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import { costKindList, recoveryKindList } from './labels';
import { DateField } from '../../components/DateField';
import { useConfirm } from '../../components/use-confirm';

type RecoveryPanelProps = { tracking: CaseTracking; onChanged: (next: CaseTracking, message: string) => void };

/** Payments, enforcement distributions and costs of a case, against what was claimed or awarded. */
export function RecoveryPanel({ tracking, onChanged }: RecoveryPanelProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [kind, setKind] = useState<(typeof recoveryKindList)[number]>('payment');
  const [costKind, setCostKind] = useState<(typeof costKindList)[number]>('acceptance-fee');
  const [date, setDate] = useState(tracking.today);
  const [amount, setAmount] = useState('');
  const [planId, setPlanId] = useState(tracking.plans.at(-1) ? String(tracking.plans.at(-1)!.id) : '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const s = tracking.summary;
  const errorFor = (field: string) => (error?.field === field || error?.field === `entry.${field}` ? pick(error.message) : null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const entry = { kind, date, amount, note, planId: kind !== 'cost' && planId ? Number(planId) : null, ...(kind === 'cost' ? { costKind } : {}) };
    const result = await call('recovery:add', { caseId: tracking.caseId, entry });
    if (!result.ok) return setError(result.error);
    setError(null);
    setAmount('');
    setNote('');
    onChanged(result.value, t('recovery.added'));
  }

  async function remove(entryId: number) {
    const entry = tracking.recovery.find((r) => r.id === entryId);
    if (!entry) return;
    const sure = await ask({
      title: t('confirm.deleteTitle'),
      message: t('recovery.deleteMessage', { date: entry.date, kind: t(`recovery.kind.${entry.kind}`), amount: formatFen(entry.amountFen) }),
      confirmLabel: t('confirm.delete'),
    });
    if (!sure) return;
    const result = await call('recovery:delete', { entryId });
    if (!result.ok) return setError(result.error);
    setError(null);
    onChanged(result.value, t('recovery.deleted'));
  }

  const figures: [string, string][] = [
    [t('recovery.claimed'), formatFen(s.claimedFen)],
    ...(s.awardedFen !== null ? [[t('recovery.awarded'), formatFen(s.awardedFen)] as [string, string]] : []),
    [t('recovery.recovered'), formatFen(s.recoveredFen)],
    [t('recovery.costs'), formatFen(s.costsFen)],
    [t('recovery.outstanding'), formatFen(s.outstandingFen)],
    [t('recovery.rate'), `${Math.floor(s.recoveryRateBp / 100)}.${String(s.recoveryRateBp % 100).padStart(2, '0')}%`],
  ];

  return (
    <section className="panel" aria-labelledby="recovery-title">
      {dialog}
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure"><dt>{label}</dt><dd className="num">{value}</dd></div>
        ))}
      </dl>
      {tracking.recovery.length === 0 ? <p className="muted">{t('recovery.none')}</p> : (
        <div className="table-wrap">
          <table className="table">
            <tbody>
              {tracking.recovery.map((r) => (
                <tr key={r.id}>
                  <td className="mono">{r.date}</td>
                  <td>{t(`recovery.kind.${r.kind}`)}{r.costKind ? `（${t(`recovery.cost.${r.costKind}`)}）` : ''}</td>
                  <td className="num">{formatFen(r.amountFen)}</td>
                  <td>{r.note}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove(r.id)}>{t('recovery.delete')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="recovery-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="form-grid">
          <Field name="kind" label={t('recovery.kind')}>
            {(c) => (
              <select {...c} className="input" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
                {recoveryKindList.map((k) => <option key={k} value={k}>{t(`recovery.kind.${k}`)}</option>)}
              </select>
            )}
          </Field>
          {kind === 'cost' ? (
            <Field name="costKind" label={t('recovery.costKind')} error={errorFor('costKind')}>
              {(c) => (
                <select {...c} className="input" value={costKind} onChange={(e) => setCostKind(e.target.value as typeof costKind)}>
                  {costKindList.map((k) => <option key={k} value={k}>{t(`recovery.cost.${k}`)}</option>)}
                </select>
              )}
            </Field>
          ) : tracking.plans.length > 0 && (
            <Field name="planId" label={t('recovery.plan')} error={errorFor('planId')} optional>
              {(c) => (
                <select {...c} className="input" value={planId} onChange={(e) => setPlanId(e.target.value)}>
                  <option value="">{t('recovery.noPlan')}</option>
                  {tracking.plans.map((p) => <option key={p.id} value={String(p.id)}>{`${p.agreedDate} ${formatFen(p.totalFen)}`}</option>)}
                </select>
              )}
            </Field>
          )}
          <Field name="date" label={t('tracking.date')} error={errorFor('date')}>
            {(c) => <DateField {...c} value={date} onChange={(v) => setDate(v)} />}
          </Field>
          <Field name="amount" label={t('recovery.amount')} error={errorFor('amount')}>
            {(c) => <input {...c} className="input num" inputMode="decimal" placeholder="0.00" value={amount} onChange={(e) => setAmount(e.target.value)} />}
          </Field>
          <Field name="note" label={t('tracking.note')} optional>
            {(c) => <input {...c} className="input" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </div>
        {error && !['amount', 'date', 'costKind', 'planId'].includes(error.field ?? '') && <p className="alert" role="alert">{pick(error.message)}</p>}
        <div className="form-actions">
          <button type="submit" className="button">{t('recovery.add')}</button>
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import { DateField } from '../../components/DateField';
import { useConfirm } from '../../components/use-confirm';

type SettlementPanelProps = { tracking: CaseTracking; onChanged: (next: CaseTracking, message: string) => void };

const contexts = ['pre-suit', 'in-suit', 'enforcement'] as const;
const bases = ['remaining-installments', 'original-debt'] as const;

/** Settlement plans: each schedule with what is paid, default and the accelerated amount; a form for a new plan. */
export function SettlementPanel({ tracking, onChanged }: SettlementPanelProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({
    agreedDate: tracking.today, context: 'in-suit' as (typeof contexts)[number], totalAmount: '', installmentCount: '12',
    firstDueDate: '', intervalMonths: '1', graceDays: '0', onDefault: 'remaining-installments' as (typeof bases)[number], originalDebtAmount: '',
  });
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errorFor = (field: string) => {
    const detail = error?.details.find((d) => d.field === field);
    if (detail) return pick(detail.message);
    return error?.field === field || error?.field === `plan.${field}` ? pick(error.message) : null;
  };

  async function refresh(message: string) {
    const next = await call('tracking:get', { caseId: tracking.caseId });
    if (next.ok) onChanged(next.value, message);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('settlement:save', {
      caseId: tracking.caseId,
      plan: {
        ...values, installmentCount: Number(values.installmentCount), intervalMonths: Number(values.intervalMonths), graceDays: Number(values.graceDays),
      },
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setOpen(false);
    await refresh(t('settlement.saved'));
  }

  async function remove(planId: number) {
    const plan = tracking.plans.find((p) => p.id === planId);
    if (!plan) return;
    const sure = await ask({
      title: t('confirm.deleteTitle'),
      message: t('settlement.deleteMessage', { date: plan.agreedDate, amount: formatFen(plan.totalFen) }),
      confirmLabel: t('confirm.delete'),
    });
    if (!sure) return;
    const result = await call('settlement:delete', { planId });
    if (!result.ok) return setError(result.error);
    setError(null);
    await refresh(t('settlement.deleted'));
  }

  return (
    <section className="panel" aria-labelledby="settlement-title">
      {dialog}
      <div className="panel-header">
        <h2 id="settlement-title">{t('settlement.title')}</h2>
        <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>{t('settlement.new')}</button>
      </div>
      {tracking.plans.length === 0 && !open && <p className="muted">{t('settlement.none')}</p>}
      {tracking.plans.map((plan) => (
        <article key={plan.id} className="settlement-plan" data-plan-state={plan.status.state}>
          <p>
            <strong>{plan.agreedDate}</strong> · {t(`settlement.context.${plan.context}`)} · {formatFen(plan.totalFen)} ·{' '}
            <span className={`plan-state plan-${plan.status.state}`}>{t(`settlement.state.${plan.status.state}`)}</span> ·{' '}
            {t('settlement.paid', { paid: formatFen(plan.status.paidFen), outstanding: formatFen(plan.status.outstandingFen) })}
          </p>
          {plan.status.state === 'default' && plan.status.acceleratedRule && (
            <p className="alert">{t('settlement.accelerated', { amount: formatFen(plan.status.acceleratedFen) })} — {pick(plan.status.acceleratedRule)}</p>
          )}
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('settlement.col.seq')}</th>
                  <th scope="col">{t('settlement.col.due')}</th>
                  <th scope="col" className="num">{t('settlement.col.amount')}</th>
                  <th scope="col" className="num">{t('settlement.col.paid')}</th>
                  <th scope="col">{t('settlement.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.status.installments.map((i) => (
                  <tr key={i.seq} className={i.status === 'overdue' ? 'deadline-overdue' : undefined}>
                    <td>{i.seq}</td>
                    <td className="mono">{i.dueDate}</td>
                    <td className="num">{formatFen(i.amountFen)}</td>
                    <td className="num">{formatFen(i.paidFen)}</td>
                    <td>{t(`settlement.inst.${i.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove(plan.id)}>{t('settlement.delete')}</button>
        </article>
      ))}
      {open && (
        <form className="settlement-form" onSubmit={(e) => void save(e)} noValidate>
          {error && !error.details.length && !error.field && <p className="alert" role="alert">{pick(error.message)}</p>}
          <div className="form-grid">
            <Field name="agreedDate" label={t('settlement.agreedDate')} error={errorFor('agreedDate')}>
              {(c) => <DateField {...c} value={values.agreedDate} onChange={(v) => set('agreedDate', v)} />}
            </Field>
            <Field name="context" label={t('settlement.context')}>
              {(c) => (
                <select {...c} className="input" value={values.context} onChange={(e) => set('context', e.target.value)}>
                  {contexts.map((k) => <option key={k} value={k}>{t(`settlement.context.${k}`)}</option>)}
                </select>
              )}
            </Field>
            <Field name="totalAmount" label={t('settlement.totalAmount')} error={errorFor('totalAmount')}>
              {(c) => <input {...c} className="input num" inputMode="decimal" placeholder="0.00" value={values.totalAmount} onChange={(e) => set('totalAmount', e.target.value)} />}
            </Field>
            <Field name="installmentCount" label={t('settlement.installmentCount')} error={errorFor('installmentCount')}>
              {(c) => <input {...c} className="input" type="number" min={1} max={60} value={values.installmentCount} onChange={(e) => set('installmentCount', e.target.value)} />}
            </Field>
            <Field name="firstDueDate" label={t('settlement.firstDueDate')} error={errorFor('firstDueDate')}>
              {(c) => <DateField {...c} value={values.firstDueDate} onChange={(v) => set('firstDueDate', v)} />}
            </Field>
            <Field name="intervalMonths" label={t('settlement.intervalMonths')} error={errorFor('intervalMonths')}>
              {(c) => <input {...c} className="input" type="number" min={1} max={12} value={values.intervalMonths} onChange={(e) => set('intervalMonths', e.target.value)} />}
            </Field>
            <Field name="graceDays" label={t('settlement.graceDays')} error={errorFor('graceDays')}>
              {(c) => <input {...c} className="input" type="number" min={0} max={90} value={values.graceDays} onChange={(e) => set('graceDays', e.target.value)} />}
            </Field>
            <Field name="onDefault" label={t('settlement.onDefault')}>
              {(c) => (
                <select {...c} className="input" value={values.onDefault} onChange={(e) => set('onDefault', e.target.value)}>
                  {bases.map((k) => <option key={k} value={k}>{t(`settlement.onDefault.${k}`)}</option>)}
                </select>
              )}
            </Field>
            {values.onDefault === 'original-debt' && (
              <Field name="originalDebtAmount" label={t('settlement.originalDebtAmount')} error={errorFor('originalDebtAmount')}>
                {(c) => <input {...c} className="input num" inputMode="decimal" value={values.originalDebtAmount} onChange={(e) => set('originalDebtAmount', e.target.value)} />}
              </Field>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('common.saving') : t('settlement.save')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

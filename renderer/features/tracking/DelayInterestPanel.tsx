import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DelayInterest } from '../../../core/tracking/delay-interest';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { fenToYuanText, formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import { DateField } from '../../components/DateField';

/** The delayed-performance interest calculator, prefilled from the case (awarded amount, last day of performance, payments). */
export function DelayInterestPanel({ tracking }: { tracking: CaseTracking }) {
  const { t, pick } = useText();
  const [base, setBase] = useState(fenToYuanText(tracking.summary.awardedFen ?? tracking.summary.claimedFen));
  const [lastDay, setLastDay] = useState(tracking.dates.lastPerformanceDay?.date ?? '');
  const [toDate, setToDate] = useState(tracking.today);
  const [usePayments, setUsePayments] = useState(true);
  const [result, setResult] = useState<DelayInterest | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  async function calculate(event: FormEvent) {
    event.preventDefault();
    const payments = usePayments
      ? tracking.recovery.filter((r) => r.kind !== 'cost').map((r) => ({ date: r.date, amount: fenToYuanText(r.amountFen) }))
      : [];
    const answer = await call('calc:delay-interest', { base, lastPerformanceDay: lastDay, payments, toDate });
    if (!answer.ok) {
      setResult(null);
      return setError(answer.error);
    }
    setError(null);
    setResult(answer.value);
  }
  const errorFor = (field: string) => (error?.field === field ? pick(error.message) : null);

  return (
    <section className="panel" aria-labelledby="interest-title">
      <h2 id="interest-title">{t('interest.title')}</h2>
      <p className="section-note">{t('interest.hint')}</p>
      <form onSubmit={(e) => void calculate(e)} noValidate>
        {error && !['base', 'lastPerformanceDay', 'toDate'].includes(error.field ?? '') && <p className="alert" role="alert">{pick(error.message)}</p>}
        <div className="form-grid">
          <Field name="base" label={t('interest.base')} error={errorFor('base')}>
            {(c) => <input {...c} className="input num" inputMode="decimal" value={base} onChange={(e) => setBase(e.target.value)} />}
          </Field>
          <Field name="lastPerformanceDay" label={t('interest.lastPerformanceDay')} error={errorFor('lastPerformanceDay')}>
            {(c) => <DateField {...c} value={lastDay} onChange={(v) => setLastDay(v)} />}
          </Field>
          <Field name="toDate" label={t('interest.toDate')} error={errorFor('toDate')}>
            {(c) => <DateField {...c} value={toDate} onChange={(v) => setToDate(v)} />}
          </Field>
        </div>
        <label className="checkbox-line">
          <input type="checkbox" name="usePayments" checked={usePayments} onChange={(e) => setUsePayments(e.target.checked)} /> {t('interest.usePayments')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button">{t('interest.calculate')}</button>
        </div>
      </form>
      {result && (
        <div className="table-wrap">
          <table className="table" data-testid="delay-interest">
            <thead>
              <tr>
                <th scope="col">{t('interest.col.from')}</th>
                <th scope="col">{t('interest.col.to')}</th>
                <th scope="col" className="num">{t('interest.col.days')}</th>
                <th scope="col" className="num">{t('interest.col.base')}</th>
                <th scope="col" className="num">{t('interest.col.interest')}</th>
              </tr>
            </thead>
            <tbody>
              {result.segments.map((s) => (
                <tr key={`${s.from}-${s.to}`}>
                  <td className="mono">{s.from}</td>
                  <td className="mono">{s.to}</td>
                  <td className="num">{s.days}</td>
                  <td className="num">{formatFen(s.baseFen)}</td>
                  <td className="num">{formatFen(s.interestFen)}</td>
                </tr>
              ))}
              <tr className="total-row">
                <th scope="row" colSpan={4}>{t('interest.total')}</th>
                <td className="num">{formatFen(result.totalInterestFen)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

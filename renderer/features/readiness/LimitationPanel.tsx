import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { LimitationEventKind, LimitationResult, LimitationStep } from '../../../core/claim/limitation';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { DateField } from '../../components/DateField';
import { useConfirm } from '../../components/use-confirm';
import { useToast } from '../../components/Toast';

const kinds: LimitationEventKind[] = ['demand', 'account-debit', 'police-report', 'payment', 'promise-to-pay', 'repayment-plan', 'acknowledgement'];
const effectText = { restarted: '✓', 'before-start': '—', 'not-proven': '✗', 'after-expiry': '✗', waiver: '✓' } as const satisfies Record<LimitationStep['effect'], string>;

/** 诉讼时效: the last day, the event it rests on, whether it expires before filing (a defence the defendant may plead), the events with a review mark on flagged ones, and a form for events entered by hand. */
export function LimitationPanel({ caseId, version, onChanged }: { caseId: number; version: number; onChanged: () => void }) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const toast = useToast();
  const [result, setResult] = useState<LimitationResult | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [event, setEvent] = useState({ date: '', kind: 'acknowledgement' as LimitationEventKind, note: '' });

  useEffect(() => {
    let live = true;
    void call('limitation:compute', { caseId }).then((r) => {
      if (!live) return;
      if (r.ok) setResult(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [caseId, version]);

  async function addEvent(e: FormEvent) {
    e.preventDefault();
    const saved = await call('limitation:save-event', { caseId, values: { ...event, evidenceId: null } });
    if (!saved.ok) return setError(saved.error);
    setError(null);
    setEvent({ ...event, note: '' });
    toast.show({ text: t('saved.toast'), kind: 'success' });
    onChanged();
  }
  async function removeEvent(id: number) {
    const step = result?.timeline.find((s) => s.source.type === 'manual' && s.source.id === id);
    const sure = await ask({
      title: t('confirm.deleteTitle'),
      message: t('limitation.deleteMessage', { date: step?.date ?? '', event: step ? t(`event.${step.kind}` as TextKey) : '' }),
      confirmLabel: t('confirm.delete'),
    });
    if (!sure) return;
    const removed = await call('limitation:delete-event', { id });
    if (!removed.ok) return setError(removed.error);
    toast.show({ text: t('deleted.toast'), kind: 'success' });
    onChanged();
  }

  return (
    <section className="panel limitation" aria-labelledby="limitation-title">
      {dialog}
      <h2 id="limitation-title" tabIndex={-1}>{t('limitation.title')}</h2>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {result && (
        <>
          {result.period ? (
            <dl className="figures">
              <div className="figure">
                <dt>{t('limitation.lastDay')}</dt>
                <dd data-last-day={result.period.lastDay}><strong>{result.period.lastDay}</strong>{result.period.skipped.length > 0 && <span className="muted small"> {t('limitation.nominal', { date: result.period.nominal })}</span>}</dd>
              </div>
              {result.restsOn && (
                <div className="figure"><dt>{t('limitation.restsOn')}</dt><dd>{result.restsOn.date} {pick(result.restsOn.description)}<br /><span className="small muted">{pick(result.restsOn.basis)}</span></dd></div>
              )}
              <div className="figure">
                <dt>{t('limitation.filingDate')}</dt>
                <dd>{result.filingDate} · <span className={result.expiresBeforeFiling ? 'status-bad' : 'status-good'}>{result.expiresBeforeFiling ? t('limitation.expired') : t('limitation.running')}</span></dd>
              </div>
            </dl>
          ) : <p className="alert">{t('limitation.unknown')}</p>}
          {result.waivedAfterExpiry && <p className="notice">{t('limitation.waived')}</p>}
          {result.period?.calendarWarning && <p className="alert">{pick(result.period.calendarWarning)}</p>}
          {result.timeline.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption>{t('limitation.timeline')}</caption>
                <thead><tr><th scope="col">{t('limitation.col.date')}</th><th scope="col">{t('limitation.col.event')}</th><th scope="col">{t('limitation.col.effect')}</th><th scope="col">{t('limitation.col.lastDay')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
                <tbody>
                  {result.timeline.map((step) => (
                    <tr key={`${step.source.type}-${step.source.id}`} data-effect={step.effect}>
                      <td className="nowrap">{step.date}</td>
                      <td>{t(`event.${step.kind}` as TextKey)}：{pick(step.description)}</td>
                      <td>{effectText[step.effect]}{(step.reviewFlags?.length ?? 0) > 0 && ' ⚠'} {pick(step.note)}</td>
                      <td className="nowrap">{step.lastDayAfter ?? '—'}</td>
                      <td>{step.source.type === 'manual' && <button type="button" className="button button-small" onClick={() => void removeEvent(step.source.id)}>{t('common.delete')}</button>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <form className="form-section" onSubmit={(e) => void addEvent(e)}>
        <h3>{t('limitation.addEvent')}</h3>
        <div className="form-grid">
          <label className="field"><span className="field-label">{t('limitation.col.date')}</span><DateField name="event.date" value={event.date} onChange={(v) => setEvent({ ...event, date: v })} /></label>
          <label className="field">
            <span className="field-label">{t('limitation.eventKind')}</span>
            <select className="input" name="event.kind" value={event.kind} onChange={(e) => setEvent({ ...event, kind: e.target.value as LimitationEventKind })}>
              {kinds.map((k) => <option key={k} value={k}>{t(`event.${k}` as TextKey)}</option>)}
            </select>
          </label>
          <label className="field field-wide"><span className="field-label">{t('limitation.eventNote')}</span><input className="input" name="event.note" value={event.note} onChange={(e) => setEvent({ ...event, note: e.target.value })} /></label>
        </div>
        <button type="submit" className="button">{t('limitation.saveEvent')}</button>
      </form>
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { useToast } from '../../components/Toast';
import { CaseDeadlines } from './CaseDeadlines';
import { DelayInterestPanel } from './DelayInterestPanel';
import { EventForm } from './EventForm';
import { EventTimeline } from './EventTimeline';
import { RecoveryPanel } from './RecoveryPanel';
import { SettlementPanel } from './SettlementPanel';
import { stageKey } from './labels';

/** The case's 诉讼与执行 tab: stage and numbers, the next event, deadlines, events, settlement, recovery and interest. */
export function TrackingTab({ caseId, onChanged }: { caseId: number; onChanged?: () => void }) {
  const { t, pick } = useText();
  const toast = useToast();
  const [tracking, setTracking] = useState<CaseTracking | null>(null);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [message, setMessage] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);
  const [owner, setOwner] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('tracking:get', { caseId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoadError(result.error);
      setTracking(result.value);
      setOwner(result.value.owner);
    });
    return () => {
      live = false;
    };
  }, [caseId]);

  function changed(next: CaseTracking, text: string, notes: string[] = []) {
    setTracking(next);
    // The result shows where the user is looking, whichever panel of the long tab they acted in.
    if (text) toast.show({ text, kind: 'success' });
    setMessage('');
    setWarnings(notes);
    setVersion((v) => v + 1);
    onChanged?.();
  }

  async function saveOwner() {
    const result = await call('tracking:set-owner', { caseIds: [caseId], owner });
    if (result.ok) toast.show({ text: t('tracking.ownerSaved'), kind: 'success' });
    setMessage(result.ok ? '' : pick(result.error.message));
  }

  if (loadError) return <p className="alert" role="alert">{pick(loadError.message)}</p>;
  if (!tracking) return <p className="muted">{t('common.loading')}</p>;
  const { state } = tracking;
  return (
    <div className="tracking">
      <section className="panel tracking-summary" aria-label={t('tracking.stage')}>
        <dl className="figures">
          <div className="figure">
            <dt>{t('tracking.stage')}</dt>
            <dd><span className={`stage-badge stage-${state.stage}`} data-stage={state.stage}>{t(stageKey(state.stage))}</span> <span className="muted">{t('tracking.since', { date: state.stageSince })}</span></dd>
          </div>
          {state.courtCaseNumber && <div className="figure"><dt>{t('tracking.courtCaseNumber')}</dt><dd className="mono" data-field="courtCaseNumber">{state.courtCaseNumber}</dd></div>}
          {state.enforcementCaseNumber && <div className="figure"><dt>{t('tracking.enforcementCaseNumber')}</dt><dd className="mono">{state.enforcementCaseNumber}</dd></div>}
        </dl>
        <div className="owner-line">
          <label htmlFor="tracking-owner">{t('tracking.owner')}</label>
          <input id="tracking-owner" name="owner" className="input" maxLength={60} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <button type="button" className="button button-small" onClick={() => void saveOwner()}>{t('tracking.saveOwner')}</button>
        </div>
      </section>
      {message && <p className="alert" role="alert">{message}</p>}
      {warnings.length > 0 && (
        <div className="alert" role="alert">
          <p>{t('tracking.warnings')}</p>
          <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      <EventForm key={`form-${version}`} tracking={tracking} onRecorded={changed} />
      <CaseDeadlines deadlines={tracking.deadlines} today={tracking.today} />
      <EventTimeline tracking={tracking} onChanged={changed} />
      <SettlementPanel key={`plans-${version}`} tracking={tracking} onChanged={changed} />
      <RecoveryPanel key={`recovery-${version}`} tracking={tracking} onChanged={changed} />
      <DelayInterestPanel key={`interest-${version}`} tracking={tracking} />
    </div>
  );
}

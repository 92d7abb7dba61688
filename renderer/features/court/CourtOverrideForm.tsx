import { useState } from 'react';
import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { useConfirm } from '../../components/use-confirm';

/**
 * Addressing a court the advisor rules out: allowed, but only with a reason, which is stored with the choice
 * and in the audit record; readiness then stops blocking on the court. Shows the recorded reason once given.
 */
export function CourtOverrideForm({ view, onSaved }: { view: CaseJurisdiction; onSaved: (view: CaseJurisdiction) => void }) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const { advice, caseCourtName, chosen } = view;
  const addressedRuledOut = advice.ruledOut.find((c) => c.courtName === caseCourtName);
  const [courtId, setCourtId] = useState(addressedRuledOut?.courtId ?? advice.ruledOut[0]?.courtId ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);

  const overridden = chosen !== null && chosen.overrideReason !== '' && chosen.courtName === caseCourtName;
  const outsideCandidates = caseCourtName !== '' && !advice.candidates.some((c) => c.courtName === caseCourtName);
  if (!overridden && !outsideCandidates && advice.ruledOut.length === 0) return null;

  async function save() {
    const replacing = chosen !== null && chosen.courtId !== courtId ? chosen.courtName : '';
    if (replacing) {
      const court = advice.ruledOut.find((c) => c.courtId === courtId)?.courtName ?? '';
      const sure = await ask({ title: t('confirm.replaceTitle'), message: t('jur.override.replaceMessage', { court, current: replacing }), confirmLabel: t('confirm.replace') });
      if (!sure) return;
    }
    setBusy(true);
    const result = await call('jurisdiction:override', { caseId: view.caseId, courtId, reason });
    setBusy(false);
    if (result.ok) { setError(null); setReason(''); onSaved(result.value); } else setError(result.error);
  }

  return (
    <div className="court-override" data-testid="court-override">
      {dialog}
      {overridden && <p className="notice" data-override="recorded">{t('jur.override.recorded', { court: chosen.courtName, reason: chosen.overrideReason })}</p>}
      {!overridden && outsideCandidates && <p className="alert" role="alert" data-override="needed">{t('jur.override.mismatch', { court: caseCourtName })}</p>}
      {advice.ruledOut.length > 0 && (
        <details open={!overridden && outsideCandidates}>
          <summary>{t('jur.override.title')}</summary>
          <p className="small muted">{t('jur.override.hint')}</p>
          <label className="field"><span className="field-label">{t('jur.override.court')}</span>
            <select className="input" name="override.courtId" value={courtId} onChange={(e) => setCourtId(e.target.value)}>
              {advice.ruledOut.map((c) => <option key={c.courtId} value={c.courtId}>{c.courtName}</option>)}
            </select></label>
          <label className="field"><span className="field-label">{t('jur.override.reason')}</span>
            <textarea className="input" name="override.reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          {error && <p className="alert" role="alert">{pick(error.message)}</p>}
          <button type="button" className="button" disabled={busy || courtId === '' || reason.trim() === ''} onClick={() => void save()}>{t('jur.override.save')}</button>
        </details>
      )}
    </div>
  );
}

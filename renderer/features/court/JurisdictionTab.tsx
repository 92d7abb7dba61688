import { useEffect, useState } from 'react';
import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { CandidateList } from './CandidateList';
import { CourtOverrideForm } from './CourtOverrideForm';
import { FeePanel } from './FeePanel';
import { JurisdictionFactsForm } from './JurisdictionFactsForm';

/** The case's 管辖与诉讼费 tab: candidate courts with reasons, the choice, the facts behind them and the fees. */
export function JurisdictionTab({ caseId }: { caseId: number }) {
  const { t, pick } = useText();
  const [view, setView] = useState<CaseJurisdiction | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('jurisdiction:get', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) setView(result.value);
      else setError(result.error);
    });
    return () => { live = false; };
  }, [caseId]);

  async function choose(courtId: string) {
    setBusy(true);
    const result = await call('jurisdiction:choose', { caseId, courtId });
    setBusy(false);
    if (result.ok) { setView(result.value); setError(null); } else setError(result.error);
  }

  if (!view) return error ? <p className="alert" role="alert">{pick(error.message)}</p> : <p className="muted">{t('common.loading')}</p>;
  const { advice } = view;
  return (
    <div className="jurisdiction-tab">
      <section className="panel" aria-labelledby="jurisdiction-title" aria-busy={busy}>
        <div className="panel-header">
          <h2 id="jurisdiction-title">{t('jur.title')}</h2>
        </div>
        {view.chosen
          ? <p className="notice chosen-court">{t('jur.chosen', { court: view.chosen.courtName })}</p>
          : <p className="muted">{t('jur.notChosen')}</p>}
        {view.caseCourtName && <p className="muted">{t('jur.caseCourt', { court: view.caseCourtName })}</p>}
        {error && <p className="alert" role="alert">{pick(error.message)}</p>}
        {advice.warnings.length > 0 && (
          <ul className="finding-list global-warnings" aria-label={t('jur.warnings')}>
            {advice.warnings.map((w, i) => (
              <li key={i} className="finding finding-warning" data-code={w.code}>{pick(w.text)} <cite className="citation">{pick(w.citation)}</cite></li>
            ))}
          </ul>
        )}
        <h3>{t('jur.candidates')}</h3>
        <CandidateList candidates={advice.candidates} ruledOut={advice.ruledOut} chosenCourtId={view.chosen?.courtId ?? null} busy={busy} onChoose={(id) => void choose(id)} />
        <CourtOverrideForm key={`${view.caseCourtName}-${view.chosen?.chosenAt ?? ''}`} view={view} onSaved={setView} />
        <div className="procedure-summary">
          <p><strong>{t('jur.procedure', { outcome: t(`jur.outcome.${advice.procedure.outcome}` as TextKey) })}</strong></p>
          <ul className="finding-list">
            {advice.procedure.reasons.map((r, i) => <li key={i} className="finding">{pick(r.text)} <cite className="citation">{pick(r.citation)}</cite></li>)}
          </ul>
        </div>
      </section>
      <FeePanel amountFen={advice.amountFen} likelyProcedure={advice.procedure.likelyProcedure} preservationAmount={view.facts.preservationAmount} />
      <section className="panel">
        <JurisdictionFactsForm key={`${view.caseId}-${view.facts.registeredDivision}`} view={view} onSaved={setView} />
      </section>
    </div>
  );
}

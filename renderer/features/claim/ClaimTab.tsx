import { useEffect, useState } from 'react';
import type { CardTerms } from '../../../core/claim/card-terms';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { BreakdownPanel } from './BreakdownPanel';
import { LedgerPanel } from './LedgerPanel';
import { TermsForm } from './TermsForm';

/** The case's 账务与诉请 tab: the agreement's terms, the ledger, and the claim breakdown they give. */
export function ClaimTab({ caseId }: { caseId: number }) {
  const { t, pick } = useText();
  const [terms, setTerms] = useState<CardTerms | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('claim:get-terms', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) setTerms(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [caseId]);

  if (error) return <p className="alert" role="alert">{pick(error.message)}</p>;
  if (!terms) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="claim-tab">
      <BreakdownPanel caseId={caseId} version={version} />
      <TermsForm caseId={caseId} terms={terms} onSaved={(next) => { setTerms(next); setVersion((v) => v + 1); }} />
      <LedgerPanel caseId={caseId} onChanged={() => setVersion((v) => v + 1)} />
    </div>
  );
}

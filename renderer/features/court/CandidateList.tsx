import type { Candidate } from '../../../core/court/jurisdiction-advisor';
import type { Finding } from '../../../core/court/jurisdiction-findings';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

type CandidateListProps = {
  candidates: Candidate[];
  ruledOut: Candidate[];
  chosenCourtId: string | null;
  busy: boolean;
  onChoose: (courtId: string) => void;
};

function FindingLine({ finding, kind }: { finding: Finding; kind: 'reason' | 'warning' }) {
  const { pick, t } = useText();
  return (
    <li className={`finding finding-${kind}`} data-code={finding.code}>
      <span className="finding-label">{t(kind === 'reason' ? 'jur.reason' : 'jur.warning')}</span>
      {pick(finding.text)} <cite className="citation">{pick(finding.citation)}</cite>
    </li>
  );
}

/** The ranked candidate courts with their reasons, warnings and appeal route, and the ruled-out ones. */
export function CandidateList({ candidates, ruledOut, chosenCourtId, busy, onChoose }: CandidateListProps) {
  const { t } = useText();
  return (
    <>
      {candidates.length === 0 && <p className="empty">{t('jur.noCandidates')}</p>}
      <ol className="candidate-list">
        {candidates.map((c) => (
          <li key={c.courtId} className={`candidate candidate-${c.standing}`} data-court-id={c.courtId}>
            <div className="candidate-head">
              <span className="candidate-rank">{c.rank}</span>
              <strong className="candidate-name">{c.courtName}</strong>
              <span className={`badge standing-${c.standing}`}>{t(`jur.standing.${c.standing}` as TextKey)}</span>
              {c.bases.map((b) => <span key={b} className="badge badge-basis">{t(`jur.basis.${b}` as TextKey)}</span>)}
              {chosenCourtId === c.courtId
                ? <span className="badge badge-chosen">{t('jur.chosenBadge')}</span>
                : <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => onChoose(c.courtId)}>{t('jur.choose')}</button>}
            </div>
            <p className="muted candidate-division">{c.divisionPath}</p>
            <ul className="finding-list">
              {c.reasons.map((r, i) => <FindingLine key={`r${i}`} finding={r} kind="reason" />)}
              {c.warnings.map((w, i) => <FindingLine key={`w${i}`} finding={w} kind="warning" />)}
            </ul>
            {c.appeal && <p className="candidate-appeal">{t('jur.appeal', { court: c.appeal.courtName })}</p>}
          </li>
        ))}
      </ol>
      {ruledOut.length > 0 && (
        <>
          <h3>{t('jur.ruledOut')}</h3>
          <ul className="ruled-out-list">
            {ruledOut.map((c, i) => (
              <li key={`${c.courtId}-${i}`} className="candidate candidate-ruled-out" data-court-id={c.courtId}>
                <strong>{c.courtName}</strong> <span className="badge badge-basis">{t(`jur.basis.${c.bases[0]}` as TextKey)}</span>
                <ul className="finding-list">{c.reasons.map((r, j) => <FindingLine key={j} finding={r} kind="warning" />)}</ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

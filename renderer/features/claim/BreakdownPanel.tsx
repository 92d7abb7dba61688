import { useEffect, useState } from 'react';
import type { ClaimBreakdown } from '../../../core/claim/claim-breakdown';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import { DateField } from '../../components/DateField';

/** The itemised claim (欠款计算明细) as of a date, with the combined rate, flagged charges and the running-interest wording. */
export function BreakdownPanel({ caseId, version }: { caseId: number; version: number }) {
  const { t, pick } = useText();
  const [asOf, setAsOf] = useState('');
  const [claim, setClaim] = useState<ClaimBreakdown | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    void call('claim:compute', asOf ? { caseId, asOf } : { caseId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setClaim(result.value);
      if (!asOf) setAsOf(result.value.asOf);
    });
    return () => {
      live = false;
    };
  }, [caseId, asOf, version]);

  const rate = claim?.combinedRate;
  return (
    <section className="panel breakdown" aria-labelledby="breakdown-title" id="breakdown">
      <div className="panel-header">
        <h2 id="breakdown-title">{t('claim.breakdown')}</h2>
        <label className="field inline-field">
          <span className="field-label">{t('claim.asOf')}</span>
          <DateField name="claim.asOf" value={asOf} onChange={(v) => v && setAsOf(v)} />
        </label>
      </div>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {claim && (
        <>
          <div className="table-wrap">
            <table className="table breakdown-table">
              <thead>
                <tr>
                  <th scope="col">{t('claim.col.item')}</th><th scope="col" className="num">{t('claim.col.ledger')}</th><th scope="col" className="num">{t('claim.col.accrued')}</th>
                  <th scope="col" className="num">{t('claim.col.beforeCap')}</th><th scope="col" className="num">{t('claim.col.claimed')}</th><th scope="col">{t('claim.col.formula')}</th>
                </tr>
              </thead>
              <tbody>
                {claim.lines.map((line) => (
                  <tr key={line.component} data-component={line.component}>
                    <th scope="row">{pick(line.label)}</th>
                    <td className="num nowrap">{formatFen(line.ledgerFen)}</td>
                    <td className="num nowrap">{line.accruedFen ? formatFen(line.accruedFen) : '—'}</td>
                    <td className="num nowrap">{formatFen(line.beforeCapFen)}</td>
                    <td className="num nowrap" data-claimed={line.claimedFen}><strong>{formatFen(line.claimedFen)}</strong></td>
                    <td className="small">{pick(line.formula)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr><th scope="row">{t('claim.total')}</th><td colSpan={3} /><td className="num nowrap" data-total={claim.totalFen}><strong>{formatFen(claim.totalFen)}</strong></td><td /></tr>
              </tfoot>
            </table>
          </div>
          {rate && (
            <p className={rate.above24 && !rate.capApplied ? 'alert' : 'muted'}>
              {rate.annualPercent === null ? t('claim.noRate') : t('claim.combinedRate', { rate: rate.annualPercent, from: rate.from, to: rate.to, average: formatFen(rate.averagePrincipalFen) })}
              {rate.above24 && <> · <strong>{t('claim.above24')}</strong></>}
              {rate.capApplied && rate.capFen !== null && <> · {t('claim.capApplied', { cap: formatFen(rate.capFen) })}</>}
            </p>
          )}
          {claim.flags.length > 0 && (
            <div className="flag-box">
              <h3>{t('claim.flags')}</h3>
              <ul>
                {claim.flags.map((flag) => (
                  <li key={flag.kind} data-flag={flag.kind}>
                    <strong>{pick(flag.title)}</strong>：{t('claim.flagAmounts', { original: formatFen(flag.originalFen), reduced: formatFen(flag.reducedFen) })}
                    {!flag.applied && ` ${t('claim.flagNotApplied')}`}
                    <br /><span className="small muted">{pick(flag.basis)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {claim.warnings.map((w) => <p key={w.en} className="alert">{pick(w)}</p>)}
          <h3>{t('claim.running')}</h3>
          <p className="running-interest">{pick(claim.runningInterest)}</p>
        </>
      )}
    </section>
  );
}

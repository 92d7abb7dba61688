import { useEffect, useState } from 'react';
import type { AcceptanceFee, Closing, FeeReport, Procedure, ScheduleFee } from '../../../core/court/fee-calculator';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { fenToYuanText, formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

type FeePanelProps = {
  amountFen: number;
  /** The procedure the advisor expects; the user may price another. */
  likelyProcedure: Procedure;
  preservationAmount: string;
};

const procedureOptions = ['small-claims', 'simplified', 'ordinary'] as const satisfies readonly Procedure[];
const closingOptions = ['judgment', 'mediation', 'withdrawal'] as const satisfies readonly Closing[];

function Breakdown({ fee }: { fee: ScheduleFee }) {
  const { t } = useText();
  return (
    <table className="table fee-breakdown">
      <thead>
        <tr>
          <th scope="col">{t('fee.col.bracket')}</th>
          <th scope="col" className="num">{t('fee.col.part')}</th>
          <th scope="col" className="num">{t('fee.col.rate')}</th>
          <th scope="col" className="num">{t('fee.col.charge')}</th>
        </tr>
      </thead>
      <tbody>
        {fee.lines.map((line) => (
          <tr key={line.fromYuan}>
            <td className="nowrap">{line.fromYuan.toLocaleString('en-US')} – {line.toYuan === null ? '∞' : line.toYuan.toLocaleString('en-US')}</td>
            <td className="num">{formatFen(line.partFen)}</td>
            <td className="num">{line.flatYuan !== null ? t('fee.flat', { amount: formatFen(line.flatYuan * 100) }) : `${line.ratePercent}%`}</td>
            <td className="num" title={line.exactYuan}>{formatFen(line.chargeFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FeeBlock({ title, fee, total, notes, testId }: { title: string; fee: ScheduleFee; total: number; notes: string[]; testId: string }) {
  const { pick } = useText();
  return (
    <section className="fee-block" data-fee={testId}>
      <h3>{title}: <span className="fee-total num">{formatFen(total)}</span></h3>
      <p className="muted">{pick(fee.citation)}</p>
      {notes.map((n) => <p key={n} className="fee-note">{n}</p>)}
      <Breakdown fee={fee} />
    </section>
  );
}

/** The fee panel of a case: acceptance, preservation and enforcement fees, each with its brackets (domain.md §3). */
export function FeePanel({ amountFen, likelyProcedure, preservationAmount }: FeePanelProps) {
  const { t, pick } = useText();
  const [procedure, setProcedure] = useState<Procedure>(likelyProcedure);
  const [closedBy, setClosedBy] = useState<Closing>('judgment');
  const [report, setReport] = useState<FeeReport | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => setProcedure(likelyProcedure), [likelyProcedure]);
  useEffect(() => {
    let live = true;
    const amount = fenToYuanText(amountFen);
    void call('fee:calculate', { amount, procedure, closedBy, preservationAmount: preservationAmount || amount }).then((result) => {
      if (!live) return;
      if (result.ok) { setReport(result.value); setError(null); } else setError(result.error);
    });
    return () => { live = false; };
  }, [amountFen, procedure, closedBy, preservationAmount]);

  const acceptance: AcceptanceFee | undefined = report?.acceptance;
  return (
    <section className="panel fee-panel" aria-labelledby="fee-title">
      <div className="panel-header">
        <h2 id="fee-title">{t('fee.title')}</h2>
      </div>
      <p>{t('fee.amount', { amount: formatFen(amountFen) })}</p>
      <div className="form-grid fee-options">
        <label className="field-label">{t('fee.procedure')}
          <select name="fee.procedure" className="input" value={procedure} onChange={(e) => setProcedure(procedureOptions.find((p) => p === e.target.value) ?? 'ordinary')}>
            {procedureOptions.map((p) => <option key={p} value={p}>{t(`fee.procedure.${p}` as TextKey)}</option>)}
          </select>
        </label>
        <label className="field-label">{t('fee.closedBy')}
          <select name="fee.closedBy" className="input" value={closedBy} onChange={(e) => setClosedBy(closingOptions.find((c) => c === e.target.value) ?? 'judgment')}>
            {closingOptions.map((c) => <option key={c} value={c}>{t(`fee.closed.${c}` as TextKey)}</option>)}
          </select>
        </label>
      </div>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {!report && !error && <p className="progress">{t('fee.calculating')}</p>}
      {report && acceptance && (
        <div className="fee-blocks">
          <FeeBlock title={t('fee.acceptance')} fee={acceptance} total={acceptance.payableFen} testId="acceptance"
            notes={acceptance.halved ? [t('fee.full', { amount: formatFen(acceptance.fullFen) }), t('fee.halved', { grounds: acceptance.halvingGrounds.map((g) => pick(g.citation)).join('、') })] : []} />
          <FeeBlock title={t('fee.preservation')} fee={report.preservation} total={report.preservation.feeFen} testId="preservation"
            notes={report.preservation.capFen !== null ? [t('fee.capped')] : []} />
          <FeeBlock title={t('fee.enforcement')} fee={report.enforcement} total={report.enforcement.feeFen} testId="enforcement" notes={[t('fee.enforcementNote')]} />
        </div>
      )}
    </section>
  );
}

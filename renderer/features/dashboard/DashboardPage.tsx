import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { Dashboard, DashboardGroup } from '../../../core/tracking/tracking-views';
import type { CaseListPreset, Navigate } from '../../App';
import { call } from '../../api';
import { formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import type { TextApi } from '../../i18n/use-text';
import { stageKey } from '../tracking/labels';
import { amountUnit } from './chart-amounts';
import { shortNames } from './chart-labels';
import { DerivedProgress } from './DerivedProgress';
import './dashboard.css';

// ECharts is large: it loads with the dashboard, not with the app's first page.
const BarChart = lazy(() => import('./BarChart').then((m) => ({ default: m.BarChart })));

/**
 * A chart of claimed and recovered amounts per group: short names on the axis (the shared bank or city
 * head dropped), full names in the tooltip, bars in integer fen labelled in 万元 or 元.
 */
function amountChart(groups: DashboardGroup[], t: TextApi['t']) {
  const named = shortNames(groups.filter((g) => g.key).map((g) => g.key));
  let next = 0;
  const unit = amountUnit(groups.flatMap((g) => [g.claimedFen, g.recoveredFen]));
  const unitLabel = t(unit === 'wan' ? 'dashboard.unitWan' : 'dashboard.unitYuan');
  return {
    fullNames: groups.map((g) => g.key || t('dashboard.unset')),
    categories: groups.map((g) => (g.key ? named[next++]! : t('dashboard.unset'))),
    series: [
      { name: t('dashboard.inUnit', { name: t('dashboard.col.claimed'), unit: unitLabel }), values: groups.map((g) => g.claimedFen) },
      { name: t('dashboard.inUnit', { name: t('dashboard.col.recovered'), unit: unitLabel }), values: groups.map((g) => g.recoveredFen) },
    ],
    values: { kind: 'amount' as const, unit, unitLabel },
  };
}

function rate(g: DashboardGroup): string {
  if (g.claimedFen <= 0) return '—';
  const bp = Number((BigInt(g.recoveredFen) * 10_000n) / BigInt(g.claimedFen));
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}

/** 看板: cases by stage, claimed and recovered by branch and court, stage aging, deadlines this week; XLSX export. */
export function DashboardPage({ navigate }: { navigate: Navigate }) {
  const { t, pick } = useText();
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void call('dashboard:get', {}).then((result) => {
      if (!live) return;
      if (result.ok) setData(result.value);
      else setError(pick(result.error.message));
    });
    return () => {
      live = false;
    };
  }, [pick, reloads]);

  /** The case list filtered to one bar's cases (a chart bar or a table row); nothing for the unset group. */
  const openCases = (preset: CaseListPreset) => {
    if (Object.values(preset).some((value) => value)) navigate({ name: 'cases', preset });
  };

  async function exportXlsx() {
    setExporting(true);
    const result = await call('dashboard:export', {});
    setExporting(false);
    if (result.ok && result.value.cancelled) return;
    if (result.ok) setExported(t('dashboard.exported', { path: result.value.path }));
    else setError(pick(result.error.message));
  }

  const stageChart = useMemo(() => data && {
    categories: data.byStage.map((g) => t(stageKey(g.key as Parameters<typeof stageKey>[0]))),
    series: [{ name: t('dashboard.col.cases'), values: data.byStage.map((g) => g.cases) }],
  }, [data, t]);
  const branchChart = useMemo(() => data && amountChart(data.byBranch, t), [data, t]);
  const courtChart = useMemo(() => data && amountChart(data.byCourt, t), [data, t]);

  const groupTable = (id: string, title: string, groups: DashboardGroup[], label: (key: string) => string, presetOf: (key: string) => CaseListPreset) => (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap">
        <table className="table" data-table={id}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.key')}</th>
              <th scope="col" className="num">{t('dashboard.col.cases')}</th>
              <th scope="col" className="num">{t('dashboard.col.claimed')}</th>
              <th scope="col" className="num">{t('dashboard.col.recovered')}</th>
              <th scope="col" className="num">{t('dashboard.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">
                  {g.key ? <button type="button" className="link-button" title={t('dashboard.openCases')} onClick={() => openCases(presetOf(g.key))}>{label(g.key)}</button> : label(g.key)}
                </th>
                <td className="num">{g.cases}</td>
                <td className="num">{formatFen(g.claimedFen)}</td>
                <td className="num">{formatFen(g.recoveredFen)}</td>
                <td className="num">{rate(g)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );

  if (error) return <p className="alert" role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const totals = data.totals;
  const bucketLabels = data.agingBuckets.map((to, i) => t('dashboard.bucket', { from: i === 0 ? 0 : data.agingBuckets[i - 1]! + 1, to }))
    .concat(t('dashboard.bucketOver', { from: data.agingBuckets.at(-1)! }));
  return (
    <section className="page dashboard" aria-labelledby="dashboard-title">
      <div className="page-header">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <span className="muted">{t('dashboard.asOf', { date: data.today })}</span>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportXlsx()}>
          {exporting ? t('dashboard.exporting') : t('dashboard.export')}
        </button>
      </div>
      {exported && <p className="notice" role="status">{exported}</p>}
      <DerivedProgress onFinished={() => setReloads((n) => n + 1)} />
      <dl className="figures dashboard-figures">
        {([
          ['cases', String(totals.cases)], ['claimed', formatFen(totals.claimedFen)], ['recovered', formatFen(totals.recoveredFen)],
          ['costs', formatFen(totals.costsFen)], ['net', formatFen(totals.netFen)],
          ['dueThisWeek', String(data.deadlines.dueThisWeek)], ['overdue', String(data.deadlines.overdue)],
        ] as const).map(([key, value]) => (
          <div key={key} className={`figure figure-${key}`} data-figure={key}><dt>{t(`dashboard.${key}`)}</dt><dd className="num">{value}</dd></div>
        ))}
      </dl>
      {totals.cases === 0 ? <p className="empty">{t('dashboard.empty')}</p> : (
        <>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <div className="dashboard-charts">
            <section className="panel" aria-labelledby="chart-stage-title">
              <h2 id="chart-stage-title">{t('dashboard.byStage')}</h2>
              {stageChart && (
                <BarChart label={t('dashboard.chartStage')} categories={stageChart.categories} series={stageChart.series} values={{ kind: 'count' }}
                  onSelect={(i) => openCases({ stage: data.byStage[i]!.key })} />
              )}
            </section>
            <section className="panel" aria-labelledby="chart-branch-title">
              <h2 id="chart-branch-title">{t('dashboard.byBranch')}</h2>
              {branchChart && <BarChart label={t('dashboard.chartBranch')} {...branchChart} horizontal onSelect={(i) => openCases({ branch: data.byBranch[i]!.key })} />}
            </section>
            <section className="panel" aria-labelledby="chart-court-title">
              <h2 id="chart-court-title">{t('dashboard.byCourt')}</h2>
              {courtChart && <BarChart label={t('dashboard.chartCourt')} {...courtChart} horizontal onSelect={(i) => openCases({ court: data.byCourt[i]!.key })} />}
            </section>
          </div>
          </Suspense>
          {groupTable('dashboard-stage', t('dashboard.byStage'), data.byStage, (key) => t(stageKey(key as Parameters<typeof stageKey>[0])), (stage) => ({ stage }))}
          {groupTable('dashboard-branch', t('dashboard.byBranch'), data.byBranch, (key) => key || t('dashboard.unset'), (branch) => ({ branch }))}
          {groupTable('dashboard-court', t('dashboard.byCourt'), data.byCourt, (key) => key || t('dashboard.unset'), (court) => ({ court }))}
          <section className="panel" aria-labelledby="dashboard-aging">
            <h2 id="dashboard-aging">{t('dashboard.aging')}</h2>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.col.stage')}</th>
                    <th scope="col" className="num">{t('dashboard.col.cases')}</th>
                    <th scope="col" className="num">{t('dashboard.col.average')}</th>
                    <th scope="col" className="num">{t('dashboard.col.max')}</th>
                    {bucketLabels.map((b) => <th key={b} scope="col" className="num">{b}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {data.aging.map((a) => (
                    <tr key={a.stage}>
                      <th scope="row">{t(stageKey(a.stage))}</th>
                      <td className="num">{a.cases}</td>
                      <td className="num">{a.averageDays}</td>
                      <td className="num">{a.maxDays}</td>
                      {a.buckets.map((n, i) => <td key={i} className="num">{n}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="dashboard-soonest">
            <h2 id="dashboard-soonest">{t('dashboard.soonest')}</h2>
            <ul className="soonest">
              {data.deadlines.soonest.map((d) => (
                <li key={`${d.caseId}-${d.key}`} className={d.daysLeft < 0 ? 'deadline-overdue' : undefined}>
                  <span className="mono">{d.date}</span>{' '}
                  <button type="button" className="link-button" onClick={() => navigate({ name: 'case-edit', id: d.caseId, tab: 'tracking' })}>{d.defendantName}</button>{' '}
                  {pick(d.title)}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

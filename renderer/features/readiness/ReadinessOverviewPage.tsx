import { useEffect, useState } from 'react';
import type { ReadinessSummary } from '../../../core/evidence/readiness-model';
import type { RuleSummary } from '../../../core/evidence/readiness-operations';
import type { ErrorPayload } from '../../../core/errors';
import type { Navigate } from '../../App';
import { call } from '../../api';
import type { FindingKind } from '../../../core/evidence/rule-set';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

/** The kinds in the order the filter groups them (renderer/ takes only types from core/). */
const findingKinds = ['filing-condition', 'filing-material', 'merits-risk'] as const satisfies readonly FindingKind[];

/** 立案准备: every case's readiness to file, filtered by text, by "not ready" and by the rule that fails; rules are shown by their titles. */
export function ReadinessOverviewPage({ navigate }: { navigate: Navigate }) {
  const { t, pick } = useText();
  const [query, setQuery] = useState('');
  const [onlyNotReady, setOnlyNotReady] = useState(false);
  const [ruleId, setRuleId] = useState('');
  const [rows, setRows] = useState<ReadinessSummary[] | null>(null);
  // The filter lists the rule file's own rules, so a rule added to templates/rules appears here too.
  const [rules, setRules] = useState<RuleSummary[]>([]);

  useEffect(() => {
    void call('readiness:rules', {}).then((result) => {
      if (result.ok) setRules(result.value);
    });
  }, []);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    void call('readiness:list', { query, onlyNotReady, ruleId }).then((result) => {
      if (!live) return;
      if (result.ok) setRows(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [query, onlyNotReady, ruleId]);

  return (
    <section className="page readiness-overview" aria-labelledby="overview-title" aria-busy={rows === null}>
      <div className="page-header"><h1 id="overview-title">{t('overview.title')}</h1></div>
      <div className="filters">
        <label className="field inline-field"><span className="field-label">{t('cases.search')}</span>
          <input className="input" type="search" name="overview.query" value={query} placeholder={t('cases.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} /></label>
        <label className="field inline-field"><span className="field-label">{t('overview.rule')}</span>
          <select className="input" name="overview.rule" value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
            <option value="">{t('overview.anyRule')}</option>
            {findingKinds.map((kind) => (
              <optgroup key={kind} label={t(`readiness.kind.${kind}` as TextKey)}>
                {rules.filter((rule) => rule.kind === kind).map((rule) => <option key={rule.id} value={rule.id}>{pick(rule.title)}</option>)}
              </optgroup>
            ))}
          </select></label>
        <label className="checkbox"><input type="checkbox" name="overview.onlyNotReady" checked={onlyNotReady} onChange={(e) => setOnlyNotReady(e.target.checked)} /> {t('overview.onlyNotReady')}</label>
      </div>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {rows === null && !error && <p className="progress"><span className="spinner" aria-hidden="true" />{t('common.loading')}</p>}
      {rows && (
        <>
          <p className="muted">{t('overview.count', { count: rows.length, ready: rows.filter((r) => r.ready).length })}</p>
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">{t('overview.col.defendant')}</th><th scope="col">{t('overview.col.status')}</th><th scope="col">{t('overview.col.findings')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.caseId} data-ready={row.ready ? 'true' : 'false'}>
                    <th scope="row">{row.defendantName}</th>
                    <td className={row.ready ? 'status-good' : 'status-bad'}>{row.ready ? t('readiness.ready') : t('readiness.notReady', { blockers: row.blockers, warnings: row.warnings })}</td>
                    <td className="small">{row.findingTitles.map((title) => pick(title)).join('；')}</td>
                    <td><button type="button" className="button button-small" onClick={() => navigate({ name: 'case-edit', id: row.caseId, tab: 'readiness' })}>{t('overview.open')}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

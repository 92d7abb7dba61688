import { useEffect, useState } from 'react';
import type { Finding, ReadinessReport } from '../../../core/evidence/readiness-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { OpenCaseTab } from '../cases/case-tabs';
import { FindingGroupList } from './FindingGroupList';
import { HolidayCalendarPanel } from './HolidayCalendarPanel';
import { LimitationPanel } from './LimitationPanel';
import { SettingsPanel } from './SettingsPanel';
import { focusWhenPresent, targetSelector } from './focus-target';

/** Which case tab each place of the rule file opens. */
const tabOf = { details: 'details', evidence: 'evidence', claim: 'claim', contacts: 'contacts', readiness: 'readiness', jurisdiction: 'jurisdiction' } as const;

/** The case's 立案检查 tab: ready or not and why — the findings by kind, each with its basis, fix and a link to where it is fixed — then limitation and the calendar. */
export function ReadinessTab({ caseId, openTab }: { caseId: number; openTab: OpenCaseTab }) {
  const { t, pick } = useText();
  const [report, setReport] = useState<ReadinessReport | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('readiness:check', { caseId }).then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [caseId, version]);

  function goFix(finding: Finding) {
    const tab = tabOf[finding.target.place];
    if (tab !== 'readiness') openTab(tab);
    focusWhenPresent(targetSelector(finding.target));
  }
  const changed = () => setVersion((v) => v + 1);

  return (
    <div className="readiness-tab">
      <section className="panel" aria-labelledby="readiness-title" aria-busy={report === null}>
        <div className="panel-header">
          <h2 id="readiness-title">{t('readiness.title')}</h2>
          <button type="button" className="button" onClick={changed}>{t('readiness.recheck')}</button>
        </div>
        {error && <p className="alert" role="alert">{pick(error.message)}</p>}
        {report && (
          <>
            <p className={`readiness-status ${report.ready ? 'status-good' : 'status-bad'}`} role="status" data-ready={report.ready ? 'true' : 'false'}>
              {report.ready ? (report.warnings > 0 ? t('readiness.readyWarnings', { warnings: report.warnings }) : t('readiness.ready')) : t('readiness.notReady', { blockers: report.blockers, warnings: report.warnings })}
            </p>
            {report.groups.map((group) => <FindingGroupList key={group.kind} group={group} onFix={goFix} />)}
            <details>
              <summary>{t('readiness.passed', { count: report.passed.length })}</summary>
              <ul>{report.passed.map((p) => <li key={p.ruleId} data-passed={p.ruleId}>✓ {pick(p.title)}</li>)}</ul>
              <p className="small muted">{t('readiness.ruleSet', { version: report.ruleSetVersion })}</p>
            </details>
          </>
        )}
      </section>
      <LimitationPanel caseId={caseId} version={version} onChanged={changed} />
      <HolidayCalendarPanel onChanged={changed} />
      <SettingsPanel onChanged={changed} />
    </div>
  );
}

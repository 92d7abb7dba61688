import { useEffect, useState } from 'react';
import type { CaseOverview } from '../../../../core/case/case-overview';
import { call } from '../../../api';
import { useText } from '../../../i18n/use-text';
import { stageKey } from '../../tracking/labels';
import './workspace.css';

type CaseHeaderProps = {
  caseId: number;
  /** Changes after every save or recorded event, so the header reloads. */
  version: number;
  onOpenReadiness: () => void;
};

/** The strip over every case, under the defendant's name: which court and stage, the 案号, what falls due next and whether it can be filed. */
export function CaseHeader({ caseId, version, onOpenReadiness }: CaseHeaderProps) {
  const { t, pick } = useText();
  const [overview, setOverview] = useState<CaseOverview | null>(null);

  useEffect(() => {
    let live = true;
    void call('case:overview', { id: caseId }).then((result) => {
      if (live && result.ok) setOverview(result.value);
    });
    return () => {
      live = false;
    };
  }, [caseId, version]);

  if (!overview) return <div className="case-header case-header-loading" aria-hidden="true" />;
  const { nextDeadline: next, readiness } = overview;
  const due = next === null ? '' : next.daysLeft > 0 ? t('ws.header.daysLeft', { days: next.daysLeft })
    : next.daysLeft === 0 ? t('ws.header.dueToday') : t('ws.header.overdue', { days: -next.daysLeft });

  return (
    <section className="case-header" aria-label={t('ws.header.label')} data-case-stage={overview.stage}>
      <dl className="case-header-facts">
        <div>
          <dt>{t('ws.header.caseNumber')}</dt>
          <dd data-fact="case-number">{overview.courtCaseNumber || <span className="muted">{t('ws.header.noCaseNumber')}</span>}</dd>
        </div>
        {overview.enforcementCaseNumber && (
          <div>
            <dt>{t('ws.header.enforcementNumber')}</dt>
            <dd data-fact="enforcement-number">{overview.enforcementCaseNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t('ws.header.stage')}</dt>
          <dd data-fact="stage"><span className="stage-badge">{t(stageKey(overview.stage))}</span></dd>
        </div>
        <div className="case-header-court">
          <dt>{t('ws.header.court')}</dt>
          <dd data-fact="court">{overview.courtName || <span className="muted">{t('ws.header.noCourt')}</span>}</dd>
        </div>
        <div>
          <dt>{t('ws.header.deadline')}</dt>
          <dd data-fact="deadline" className={next && next.daysLeft < 0 ? 'case-header-overdue' : undefined}>
            {next ? <><span className="nowrap">{next.date}</span> {pick(next.title)}<span className="muted">（{due}）</span></>
              : <span className="muted">{t('ws.header.noDeadline')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('ws.header.readiness')}</dt>
          <dd data-fact="readiness">
            <button type="button" className={`link-button ${readiness.ready ? 'readiness-ok' : 'readiness-todo'}`} onClick={onOpenReadiness}>
              {!readiness.ready ? t('ws.header.toHandle', { count: readiness.blockers })
                : readiness.warnings > 0 ? t('ws.header.readyWithWarnings', { count: readiness.warnings }) : t('ws.header.ready')}
            </button>
          </dd>
        </div>
      </dl>
    </section>
  );
}

import type { Finding, FindingGroup } from '../../../core/evidence/readiness-model';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

/**
 * The findings of one kind under the heading lawyers use — 起诉条件, 立案材料, 诉讼风险 — each with its title,
 * what is wrong, its basis, the fix and a link to where it is fixed. Litigation risks never stop a filing.
 */
export function FindingGroupList({ group, onFix }: { group: FindingGroup; onFix: (finding: Finding) => void }) {
  const { t, pick } = useText();
  const headingId = `findings-${group.kind}`;
  return (
    <section className={`finding-group finding-group-${group.kind}`} aria-labelledby={headingId} data-kind={group.kind}>
      <h3 id={headingId}>{t(`readiness.kind.${group.kind}` as TextKey)}</h3>
      <p className="small muted">{t(`readiness.kindNote.${group.kind}` as TextKey)}</p>
      {group.findings.length === 0
        ? <p className="small status-good">{t('readiness.kindNone')}</p>
        : (
          <ul className="findings">
            {group.findings.map((finding, index) => (
              <li key={`${finding.ruleId}-${index}`} className={`finding finding-${finding.severity}`} data-rule={finding.ruleId}>
                <p className="finding-head">
                  <span className={`severity severity-${finding.severity}`}>{finding.severity === 'blocker' ? t('readiness.blocker') : t('readiness.warning')}</span>{' '}
                  <strong>{pick(finding.title)}</strong>
                </p>
                <p>{pick(finding.message)}</p>
                <p className="small"><span className="muted">{t('readiness.basis')}：</span>{pick(finding.basis)}</p>
                <p className="small"><span className="muted">{t('readiness.fix')}：</span>{pick(finding.fix)}</p>
                <button type="button" className="button button-small" onClick={() => onFix(finding)}>{t('readiness.goFix')}</button>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

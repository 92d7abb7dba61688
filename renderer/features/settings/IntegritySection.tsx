import { useState } from 'react';
import type { AuditVerifyReport, EvidenceVerifyReport } from '../../../core/audit/audit-operations';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { SettingsSectionProps } from './settings-section';

type Outcome<T> = { report: T } | { error: string } | null;

/** 数据完整性: checks the audit log's chain and re-hashes the stored evidence, and says the outcome in words. */
export function IntegritySection(_props: SettingsSectionProps) {
  const { t, pick } = useText();
  const [running, setRunning] = useState<'audit' | 'evidence' | null>(null);
  const [audit, setAudit] = useState<Outcome<AuditVerifyReport>>(null);
  const [evidence, setEvidence] = useState<Outcome<EvidenceVerifyReport>>(null);

  async function checkAudit() {
    setRunning('audit');
    const result = await call('audit:verify', {});
    setRunning(null);
    setAudit(result.ok ? { report: result.value } : { error: pick(result.error.message) });
  }

  async function checkEvidence() {
    setRunning('evidence');
    const result = await call('evidence:verify', {});
    setRunning(null);
    setEvidence(result.ok ? { report: result.value } : { error: pick(result.error.message) });
  }

  return (
    <section className="panel" aria-labelledby="prefs-integrity-title">
      <h2 id="prefs-integrity-title">{t('prefs.integrity.title')}</h2>
      <p className="section-note">{t('prefs.integrity.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={running !== null} onClick={() => void checkAudit()}>
          {running === 'audit' ? t('prefs.integrity.checking') : t('prefs.integrity.audit')}
        </button>
        <button type="button" className="button" disabled={running !== null} onClick={() => void checkEvidence()}>
          {running === 'evidence' ? t('prefs.integrity.checking') : t('prefs.integrity.evidence')}
        </button>
      </div>
      {audit && ('error' in audit ? <p className="alert" role="alert">{audit.error}</p> : audit.report.intact
        ? <p className="notice" role="status">{t('prefs.integrity.auditIntact', { count: audit.report.records })}</p>
        : (
          <div className="alert" role="alert">
            <p>{t('prefs.integrity.auditBroken', { count: audit.report.problems.length })}</p>
            <ul>
              {audit.report.problems.map((problem, index) => (
                <li key={index}>{[problem.at, pick(problem.concerns), pick(problem.message)].filter(Boolean).join(' · ')}</li>
              ))}
            </ul>
          </div>
        ))}
      {evidence && ('error' in evidence ? <p className="alert" role="alert">{evidence.error}</p> : evidence.report.intact
        ? <p className="notice" role="status">{evidence.report.checked === 0 ? t('prefs.integrity.evidenceNone') : t('prefs.integrity.evidenceIntact', { count: evidence.report.checked })}</p>
        : (
          <div className="alert" role="alert">
            <p>{t('prefs.integrity.evidenceBroken', { count: evidence.report.checked, bad: evidence.report.problems.length })}</p>
            <ul>{evidence.report.problems.map((problem) => <li key={`${problem.evidenceId}-${problem.kind}`}>{pick(problem.message)}</li>)}</ul>
          </div>
        ))}
    </section>
  );
}

import { useState } from 'react';
import type { BatchJobView } from '../../../core/batch/batch-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { formatTimestamp } from '../../components/format-time';
import { useText } from '../../i18n/use-text';
import { batchOutputKey, batchStateKey, processedCases } from './batch-labels';
import { formatEta } from './format-eta';

type BatchProgressProps = {
  job: BatchJobView;
  /** The view an action returned, to show at once. */
  onChange: (job: BatchJobView) => void;
};

/** The job's bar (processed / total), failures, not-ready cases, ETA and current case, with 暂停 / 继续 / 取消. */
export function BatchProgress({ job, onChange }: BatchProgressProps) {
  const { t, lang } = useText();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const processed = processedCases(job);
  const running = job.state === 'running' || job.state === 'queued';
  const resumable = job.state === 'paused' || job.state === 'interrupted';
  // An interrupted job may be given up as well as resumed: cancelling it only records that it ends here.
  const cancellable = running || resumable;

  async function act(name: 'batch:pause' | 'batch:resume' | 'batch:cancel') {
    setBusy(true);
    const result = await call(name, { jobId: job.id });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onChange(result.value);
  }

  return (
    <section className="panel batch-progress-panel" aria-labelledby="batch-job-title" data-state={job.state} data-job-id={job.id}>
      <div className="panel-header">
        <h2 id="batch-job-title">{t('batchRun.job')}</h2>
        <span className={`badge batch-state batch-state-${job.state}`}>{t(batchStateKey(job.state))}</span>
      </div>
      <p className="muted">
        {t('batchRun.jobCreated', { time: formatTimestamp(job.createdAt) })}
        {' · '}
        {job.outputs.map((o) => t(batchOutputKey(o))).join(lang === 'en' ? ', ' : '、')}
      </p>
      <div className="batch-bar">
        <progress className="batch-progress" max={Math.max(job.total, 1)} value={processed} aria-label={t('batchRun.progressLabel')}
          data-done={processed} data-total={job.total} />
        <span className="batch-count" aria-live="polite">{t('batchRun.progress', { done: processed, total: job.total })}</span>
      </div>
      <ul className="batch-facts">
        {job.notReady > 0 && <li className="batch-not-ready">{t('batchRun.notReady', { count: job.notReady })}</li>}
        {job.failed > 0 && <li className="batch-failed">{t('batchRun.failed', { count: job.failed })}</li>}
        {job.skipped > 0 && <li>{t('batchRun.skipped', { count: job.skipped })}</li>}
        {running && <li>{job.etaSeconds === null ? t('batchRun.etaUnknown') : t('batchRun.eta', { time: formatEta(job.etaSeconds, t) })}</li>}
        {running && job.current && <li className="batch-current">{t('batchRun.current', { name: job.current.defendantName })}</li>}
      </ul>
      <ErrorPanel title={t('batchRun.actionFailed')} error={error} />
      <div className="form-actions">
        {running && <button type="button" className="button" disabled={busy} onClick={() => void act('batch:pause')}>{t('batchRun.pause')}</button>}
        {resumable && <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('batch:resume')}>{t('batchRun.resume')}</button>}
        {cancellable && <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirming(true)}>{t('batchRun.cancel')}</button>}
      </div>
      <ConfirmDialog open={confirming} title={t('batchRun.cancelTitle')} message={t('batchRun.cancelMessage')}
        confirmLabel={t('batchRun.cancelConfirm')} cancelLabel={t('batchRun.keepRunning')} busyLabel={t('batchRun.cancelling')}
        busy={busy} onConfirm={() => void act('batch:cancel')} onCancel={() => setConfirming(false)} />
    </section>
  );
}

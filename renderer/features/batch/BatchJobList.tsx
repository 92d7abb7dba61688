import { useEffect, useState } from 'react';
import type { BatchJobView } from '../../../core/batch/batch-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { formatTimestamp } from '../../components/format-time';
import { useText } from '../../i18n/use-text';
import { batchOutputKey, batchStateKey, processedCases } from './batch-labels';

type BatchJobListProps = {
  /** Changes when a job was started or changed, so the list is read again. */
  version: string;
  selectedId: string | null;
  onSelect: (job: BatchJobView) => void;
};

/** Earlier jobs, newest first, each with 查看 and, for one that stopped part-way, 继续. */
export function BatchJobList({ version, selectedId, onSelect }: BatchJobListProps) {
  const { t, lang } = useText();
  const [jobs, setJobs] = useState<BatchJobView[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('batch:list', {}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setJobs(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  async function resume(job: BatchJobView) {
    setBusy(true);
    const result = await call('batch:resume', { jobId: job.id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSelect(result.value);
  }

  return (
    <section className="panel batch-history" aria-labelledby="batch-history-title">
      <h2 id="batch-history-title">{t('batchRun.history')}</h2>
      <ErrorPanel title={t('batchRun.loadFailed')} error={error} />
      {jobs === null && !error && <p className="progress">{t('common.loading')}</p>}
      {jobs && jobs.length === 0 && <p className="empty">{t('batchRun.noHistory')}</p>}
      {jobs && jobs.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('batchRun.col.created')}</th>
                <th scope="col">{t('batchRun.col.jobState')}</th>
                <th scope="col">{t('batchRun.col.counts')}</th>
                <th scope="col">{t('batchRun.col.outputs')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-job-id={job.id} data-state={job.state} className={job.id === selectedId ? 'row-selected' : undefined}>
                  <td className="mono">{formatTimestamp(job.createdAt)}</td>
                  <td>{t(batchStateKey(job.state))}</td>
                  <td className="num">{processedCases(job)} / {job.total}</td>
                  <td>{job.outputs.map((o) => t(batchOutputKey(o))).join(lang === 'en' ? ', ' : '、')}</td>
                  <td className="actions">
                    <button type="button" className="button" onClick={() => onSelect(job)}>{t('batchRun.view')}</button>
                    {(job.state === 'interrupted' || job.state === 'paused') && (
                      <button type="button" className="button button-primary" disabled={busy} onClick={() => void resume(job)}>{t('batchRun.resume')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { BatchJobView, BatchOutput } from '../../../core/batch/batch-operations';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useText } from '../../i18n/use-text';
import { BatchCasesTable } from './BatchCasesTable';
import { BatchForm } from './BatchForm';
import { BatchJobList } from './BatchJobList';
import { BatchProgress } from './BatchProgress';
import { ManifestView } from './ManifestView';
import { useBatchJob } from './use-batch-job';
import './batch.css';

type BatchRunPageProps = {
  /** Opened from an import's report: its cases. */
  importId?: number;
  /** Opened with cases chosen elsewhere (the case list). */
  caseIds?: number[];
  /** The papers ticked on arrival (e.g. only the bundle, from the case list's 生成证据册). */
  outputs?: BatchOutput[];
};

/**
 * 批量立案: choose cases and papers and start a job; watch it (bar, counts, ETA, current case), pause, resume or
 * cancel it; see each case's result and, once finished, open the manifest. Earlier jobs are listed below.
 */
export function BatchRunPage({ importId, caseIds, outputs }: BatchRunPageProps) {
  const { t } = useText();
  const [jobId, setJobId] = useState<string | null>(null);
  const [manifestOpen, setManifestOpen] = useState(false);
  const { job, error, setJob } = useBatchJob(jobId);

  function show(next: BatchJobView) {
    setJobId(next.id);
    setJob(next);
    setManifestOpen(false);
  }

  // A started or chosen job shows at the top of the page: bring it into view from wherever the button was.
  useEffect(() => {
    if (jobId) document.getElementById('batch-run-title')?.scrollIntoView({ block: 'start' });
  }, [jobId]);

  const version = job ? `${job.state}-${job.done}-${job.notReady}-${job.failed}` : '';
  return (
    <section className="page batch-run-page" aria-labelledby="batch-run-title">
      <div className="page-header">
        <h1 id="batch-run-title">{t('batchRun.title')}</h1>
        {jobId && <button type="button" className="button" onClick={() => setJobId(null)}>{t('batchRun.newJob')}</button>}
      </div>
      <p className="section-note">{t('batchRun.intro')}</p>
      {!jobId && <BatchForm importId={importId} caseIds={caseIds} outputs={outputs} onStarted={show} />}
      {jobId && <ErrorPanel title={t('batchRun.loadFailed')} error={error} />}
      {job && job.id === jobId && (
        <>
          <BatchProgress job={job} onChange={setJob} />
          {job.manifest && (
            <div className="form-actions">
              <button type="button" className="button button-primary" aria-expanded={manifestOpen} onClick={() => setManifestOpen((open) => !open)}>
                {manifestOpen ? t('batchRun.closeManifest') : t('batchRun.openManifest')}
              </button>
            </div>
          )}
          {job.manifest && manifestOpen
            ? <ManifestView job={{ ...job, manifest: job.manifest }} />
            : (
              <section className="panel" aria-labelledby="batch-cases-title">
                <h2 id="batch-cases-title">{t('batchRun.caseTable')}</h2>
                <BatchCasesTable jobId={job.id} version={version} caption={t('batchRun.caseTable')} />
              </section>
            )}
        </>
      )}
      <BatchJobList version={`${jobId ?? ''}-${job?.state ?? ''}`} selectedId={jobId} onSelect={show} />
    </section>
  );
}

import type { BatchJobView } from '../../../core/batch/batch-operations';
import { useText } from '../../i18n/use-text';
import { BatchCasesTable } from './BatchCasesTable';
import { insideFolder } from './folder-path';

/** The finished job's manifest: where its files are (folder, Excel and CSV manifest) and its rows, with every file's SHA-256. */
export function ManifestView({ job }: { job: BatchJobView & { manifest: NonNullable<BatchJobView['manifest']> } }) {
  const { t } = useText();
  return (
    <section className="panel batch-manifest" aria-labelledby="batch-manifest-title">
      <h2 id="batch-manifest-title">{t('batchRun.manifest')}</h2>
      <p className="section-note">{t('batchRun.manifestIntro')}</p>
      <dl className="batch-paths">
        <dt>{t('batchRun.manifestFolder')}</dt>
        <dd className="mono" data-path="folder">{job.outDir}</dd>
        <dt>{t('batchRun.manifestXlsx')}</dt>
        <dd className="mono" data-path="xlsx">{insideFolder(job.outDir, job.manifest.xlsx)}</dd>
        <dt>{t('batchRun.manifestCsv')}</dt>
        <dd className="mono" data-path="csv">{insideFolder(job.outDir, job.manifest.csv)}</dd>
      </dl>
      <BatchCasesTable jobId={job.id} version={`manifest-${job.finishedAt ?? ''}`} fullHashes caption={t('batchRun.manifest')} />
    </section>
  );
}

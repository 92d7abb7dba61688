import { useEffect, useState } from 'react';
import type { BatchCaseView } from '../../../core/batch/batch-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Pager } from '../../components/Pager';
import { useText } from '../../i18n/use-text';
import { withinCaseFolder } from './folder-path';

const pageSize = 50;

type BatchCasesTableProps = {
  jobId: string;
  /** Changes whenever the job has moved on, so the page shown is read again. */
  version: string;
  /** Shows each file's full SHA-256 (the manifest's view) rather than its first characters. */
  fullHashes?: boolean;
  caption: string;
};

/** One line per case of a job, a page at a time: defendant, court, what became of it, its files, its findings. */
export function BatchCasesTable({ jobId, version, fullHashes = false, caption }: BatchCasesTableProps) {
  const { t, pick } = useText();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; cases: BatchCaseView[] } | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    void call('batch:cases', { jobId, offset, limit: pageSize }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPage(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [jobId, offset, version]);

  if (error) return <ErrorPanel title={t('batchRun.loadFailed')} error={error} />;
  if (!page) return <p className="progress">{t('common.loading')}</p>;
  if (page.total === 0) return <p className="empty">{t('batchRun.noCases')}</p>;
  return (
    <>
      <Pager offset={offset} pageSize={pageSize} total={page.total} onChange={setOffset} label={caption} />
      <div className="table-wrap">
        <table className="table batch-cases">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('batchRun.col.defendant')}</th>
              <th scope="col">{t('batchRun.col.court')}</th>
              <th scope="col">{t('batchRun.col.state')}</th>
              <th scope="col">{t('batchRun.col.files')}</th>
              <th scope="col">{t('batchRun.col.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {page.cases.map((c) => (
              <tr key={c.caseId} data-case-id={c.caseId} data-state={c.state}>
                <th scope="row">{c.defendantName}</th>
                <td>{c.courtName || '—'}</td>
                <td><span className={`badge batch-case-${c.state}`}>{pick(c.stateLabel)}</span></td>
                <td>
                  {c.folder && <p className="batch-folder mono" title={t('batchRun.col.folder')}>{c.folder}</p>}
                  {c.files.length === 0 ? '—' : (
                    <ul className="batch-files">
                      {c.files.map((f) => (
                        <li key={f.name}>
                          <span className="file-name">{withinCaseFolder(c.folder, f.name)}</span>{' '}
                          <span className="mono muted" title={f.sha256}>{fullHashes ? f.sha256 : `${f.sha256.slice(0, 12)}…`}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {c.error && <p className="field-error">{pick(c.error)}</p>}
                  {c.findings.length > 0 && <ul className="batch-findings">{c.findings.map((f, i) => <li key={i}>{pick(f)}</li>)}</ul>}
                  {!c.error && c.findings.length === 0 && '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

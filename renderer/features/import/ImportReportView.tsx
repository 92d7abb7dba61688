import { useState } from 'react';
import type { CaseImportReport } from '../../../core/import/import-operations';
import { Pager } from '../../components/Pager';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

const pageSize = 50;

const counts: { key: keyof CaseImportReport; label: TextKey }[] = [
  { key: 'rows', label: 'caseImport.count.rows' },
  { key: 'created', label: 'caseImport.count.created' },
  { key: 'updated', label: 'caseImport.count.updated' },
  { key: 'skippedDuplicates', label: 'caseImport.count.skipped' },
  { key: 'unchanged', label: 'caseImport.count.unchanged' },
  { key: 'refusedRows', label: 'caseImport.count.refused' },
];

/** What an import did or would do: the counts, whether anything was written, and every problem by row and column. */
export function ImportReportView({ report }: { report: CaseImportReport }) {
  const { t, pick } = useText();
  const [offset, setOffset] = useState(0);
  const shown = report.problems.slice(offset, offset + pageSize);
  return (
    <section className="panel import-report" aria-labelledby="import-report-title" data-written={report.written} data-dry-run={report.dryRun}>
      <h2 id="import-report-title">{report.dryRun ? t('caseImport.reportDry') : t('caseImport.report')}</h2>
      {!report.dryRun && (
        <p className={report.written ? 'notice' : 'alert'} role="status">
          {report.written ? t('caseImport.written') : report.problemCount > 0 ? t('caseImport.notWrittenProblems') : t('caseImport.nothingToWrite')}
        </p>
      )}
      <dl className="import-counts">
        {counts.map((c) => (
          <div key={c.key} data-count={c.key}>
            <dt>{t(c.label)}</dt>
            <dd>{report[c.key] as number}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('caseImport.problems')}</h3>
      {report.problemCount === 0 ? <p className="muted">{t('caseImport.noProblems')}</p> : (
        <>
          {report.problemCount > report.problems.length && (
            <p className="muted">{t('caseImport.problemsTruncated', { count: report.problemCount, shown: report.problems.length })}</p>
          )}
          <Pager offset={offset} pageSize={pageSize} total={report.problems.length} onChange={setOffset} label={t('caseImport.problems')} />
          <div className="table-wrap">
            <table className="table problem-table">
              <thead>
                <tr>
                  <th scope="col">{t('caseImport.col.row')}</th>
                  <th scope="col">{t('caseImport.col.column')}</th>
                  <th scope="col">{t('caseImport.col.value')}</th>
                  <th scope="col">{t('caseImport.col.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p, i) => (
                  <tr key={`${p.row}-${p.column}-${offset + i}`} data-row={p.row}>
                    <td className="num">{p.row <= 1 ? t('caseImport.headerRow') : p.row}</td>
                    <td>{p.column || '—'}</td>
                    <td className="mono">{p.value}</td>
                    <td>{pick(p.message)}</td>
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

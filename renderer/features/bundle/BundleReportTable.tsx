import type { BundleReport } from '../../../core/bundle/bundle-model';
import { useText } from '../../i18n/use-text';

/** The built bundle's exhibits with their page ranges, as the index prints them; a row opens its first page in the preview. */
export function BundleReportTable({ report, onPick }: { report: BundleReport; onPick: (page: number) => void }) {
  const { t } = useText();
  const several = report.volumes.length > 1;
  return (
    <div className="table-wrap">
      <table className="table bundle-report">
        <thead>
          <tr>
            <th scope="col">{t('bundle.col.label')}</th>
            <th scope="col">{t('bundle.col.title')}</th>
            <th scope="col" className="num">{t('bundle.col.range')}</th>
            {several && <th scope="col" className="num">{t('bundle.col.volume')}</th>}
            <th scope="col">{t('bundle.col.sha')}</th>
          </tr>
        </thead>
        <tbody>
          {report.exhibits.map((e) => (
            <tr key={e.label} data-label={e.label}>
              <th scope="row">{e.label}</th>
              <td>
                <button type="button" className="link-button" onClick={() => onPick(e.firstPage)}>{e.title}</button>
                {e.downsampled && <span className="muted"> · {t('bundle.downsampled')}</span>}
              </td>
              <td className="num bundle-range">{e.firstPage === e.lastPage ? e.firstPage : `${e.firstPage}–${e.lastPage}`}</td>
              {several && <td className="num">{e.volume}</td>}
              <td className="mono">{e.sha256.slice(0, 16)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

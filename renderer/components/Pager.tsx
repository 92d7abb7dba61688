import { useText } from '../i18n/use-text';
import './pager.css';

type PagerProps = {
  /** Index of the first row shown (0-based). */
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
  /** Names the pager for assistive technology, e.g. the table's title. */
  label: string;
};

/** Previous / next buttons and "rows 1–50 of 300" for a long table; nothing when everything fits on one page. */
export function Pager({ offset, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useText();
  if (total <= pageSize) return null;
  const to = Math.min(offset + pageSize, total);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
        {t('pager.previous')}
      </button>
      <span className="pager-status" aria-live="polite">{t('pager.status', { from: offset + 1, to, total })}</span>
      <button type="button" className="button" disabled={to >= total} onClick={() => onChange(offset + pageSize)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

import { useText } from '../../../i18n/use-text';

type BulkActionBarProps = {
  count: number;
  /** How many cases match the filters; offered as 选择全部 N 件 when more than the selection. */
  matching: number;
  selectingAll: boolean;
  busy: boolean;
  /** Whether the list shows archived cases too, where 取消归档 is offered beside 归档. */
  archivedView: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onFilingSet: () => void;
  onBundle: () => void;
  onEvent: () => void;
  onOwner: () => void;
  onExport: () => void;
  onArchive: () => void;
  onUnarchive: () => void;
};

/** The bar over the list while cases are selected: the count, select-all-matching, and what can be done with them. */
export function BulkActionBar(props: BulkActionBarProps) {
  const { t } = useText();
  const { count, matching, selectingAll, busy } = props;
  return (
    <div className="case-bulk-bar" role="region" aria-label={t('caseList.bulk.label')}>
      <strong className="case-bulk-count" aria-live="polite">{t('caseList.selected', { count: count.toLocaleString('en-US') })}</strong>
      {matching > count && (
        <button type="button" className="link-button" disabled={selectingAll} onClick={props.onSelectAll}>
          {selectingAll ? t('caseList.selectingAll') : t('caseList.selectAllMatching', { count: matching.toLocaleString('en-US') })}
        </button>
      )}
      <button type="button" className="link-button" onClick={props.onClear}>{t('caseList.clearSelection')}</button>
      <span className="case-bulk-actions">
        <button type="button" className="button button-small button-primary" disabled={busy} onClick={props.onFilingSet}>{t('caseList.bulk.filingSet')}</button>
        <button type="button" className="button button-small" disabled={busy} onClick={props.onBundle}>{t('caseList.bulk.bundle')}</button>
        <button type="button" className="button button-small" disabled={busy} onClick={props.onEvent}>{t('caseList.bulk.event')}</button>
        <button type="button" className="button button-small" disabled={busy} onClick={props.onOwner}>{t('caseList.bulk.owner')}</button>
        <button type="button" className="button button-small" disabled={busy} onClick={props.onExport}>{t('caseList.bulk.export')}</button>
        <button type="button" className="button button-small" disabled={busy} onClick={props.onArchive}>{t('caseList.bulk.archive')}</button>
        {props.archivedView && (
          <button type="button" className="button button-small" disabled={busy} onClick={props.onUnarchive}>{t('caseList.bulk.unarchive')}</button>
        )}
      </span>
    </div>
  );
}

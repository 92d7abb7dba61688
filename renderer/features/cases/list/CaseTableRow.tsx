import type { KeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import { formatFen } from '../../../components/format-fen';
import { formatTimestamp } from '../../../components/format-time';
import { useText } from '../../../i18n/use-text';
import { stageKey } from '../../tracking/labels';
import { deadlineKindKey } from './deadline-labels';
import { shortBranch } from './short-branch';
import type { CaseListRow } from '../../../../core/case/case-list-query';

type CaseTableRowProps = {
  row: CaseListRow;
  index: number;
  selected: boolean;
  onCheck: (shift: boolean) => void;
  onClick: (event: ReactMouseEvent<HTMLTableRowElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onOpen: () => void;
  onDelete: () => void;
};

/** One case in the list; every cell keeps to one or two lines so the row height stays fixed. */
export function CaseTableRow({ row, index, selected, onCheck, onClick, onKeyDown, onOpen, onDelete }: CaseTableRowProps) {
  const { t } = useText();
  const readiness = row.readiness === 'ready' ? t('caseList.readiness.ready')
    : row.readiness === 'blocked' ? t('caseList.readiness.blocked', { count: row.blockingCount })
      : t('caseList.readiness.unchecked');
  const branch = row.branch ? shortBranch(row.branch, row.plaintiffName) : row.plaintiffName;
  const deadline = row.nextDeadline ? t(deadlineKindKey(row.nextDeadline.kind)) : '';
  return (
    <tr data-case-id={row.id} data-index={index} aria-rowindex={index + 2} aria-selected={selected} tabIndex={0}
      className={`case-row${selected ? ' row-selected' : ''}${row.archived ? ' case-archived' : ''}`} onClick={onClick} onKeyDown={onKeyDown}>
      <td className="case-col-select">
        <input type="checkbox" aria-label={row.defendantName} checked={selected}
          // React fires a checkbox's change from its click, so the click's shift key tells a range from a toggle.
          onChange={(event) => onCheck(event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)} />
      </td>
      <th scope="row" className="case-col-defendant" title={row.defendantName}>
        <span className="cell-line">{row.defendantName}</span>
        {row.archived && <span className="cell-sub case-archived-mark">{t('caseList.archived')}</span>}
      </th>
      <td className="case-col-residentId mono">
        <span className="cell-line">{row.residentIdMasked}</span>
        <span className="cell-sub">{row.cardNumberMasked}</span>
      </td>
      <td className="case-col-branch" title={row.branch ? `${row.plaintiffName} ${row.branch}` : row.plaintiffName}>
        <span className="cell-line">{branch}</span>
        <span className="cell-sub">{row.plaintiffName}</span>
      </td>
      <td className="case-col-court" title={row.courtName}><span className="cell-line">{row.courtName || '—'}</span></td>
      <td className="case-col-courtCaseNumber" title={row.courtCaseNumber}><span className="cell-line">{row.courtCaseNumber || '—'}</span></td>
      <td className="case-col-stage" title={t(stageKey(row.stage))}><span className="status" data-stage={row.stage}>{t(stageKey(row.stage))}</span></td>
      <td className="case-col-claim num mono">{formatFen(row.claimTotalFen)}</td>
      <td className="case-col-nextDeadline" title={deadline}>
        {row.nextDeadline ? (
          <>
            <span className="cell-line mono">{row.nextDeadline.date}</span>
            <span className="cell-sub">{deadline}</span>
          </>
        ) : '—'}
      </td>
      <td className="case-col-readiness"><span className={`readiness-mark readiness-${row.readiness}`}>{readiness}</span></td>
      <td className="case-col-owner" title={row.owner}><span className="cell-line">{row.owner || '—'}</span></td>
      <td className="case-col-updated mono" title={formatTimestamp(row.updatedAt)}>
        <span className="cell-line">{row.updatedAt.slice(0, 10)}</span>
        <span className="cell-sub">{formatTimestamp(row.updatedAt).slice(11)}</span>
      </td>
      <td className="case-col-actions">
        <span className="case-actions">
          <button type="button" className="button button-small" onClick={onOpen}>{t('common.edit')}</button>
          <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>{t('common.delete')}</button>
        </span>
      </td>
    </tr>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useText } from '../../../i18n/use-text';
import { columnKey, nextSort, sortColumns } from './case-list-columns';
import type { CaseSort, SortColumn } from './case-list-columns';
import type { CaseListRow } from '../../../../core/case/case-list-query';
import { CaseTableRow } from './CaseTableRow';
import type { CasePages } from './use-case-pages';
import type { Selection } from './use-selection';

/** Every row is this tall (px), so a row's position is its index times the height and only the visible rows exist. */
export const rowHeight = 52;
/** Rows drawn above and below the visible ones, so a fast scroll does not show gaps. */
const overscan = 12;

type CaseTableProps = {
  pages: CasePages;
  /** Names the filters and sort; when it changes the list scrolls back to its top. */
  resetKey: string;
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
  selection: Selection;
  onOpen: (id: number) => void;
  onDelete: (row: CaseListRow) => void;
};

/**
 * The cases as a virtualised table: a scrolling box with the header fixed at its top, spacer rows standing for
 * the rows out of view, and the visible rows drawn from the pages fetched so far.
 */
export function CaseTable({ pages, resetKey, sort, onSort, selection, onOpen, onDelete }: CaseTableProps) {
  const { t } = useText();
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const total = pages.total ?? 0;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    element.scrollTop = 0;
    setView((current) => ({ ...current, top: 0 }));
  }, [resetKey]);

  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(total - 1, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const { ensure } = pages;
  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [first, last, ensure]);

  const loadedRows = pages.loaded;
  const pageChecked = useMemo(() => loadedRows.length > 0 && loadedRows.every((row) => selection.ids.has(row.id)), [loadedRows, selection.ids]);
  const idsBetween = (from: number, to: number) => {
    const ids: number[] = [];
    for (let index = from; index <= to; index += 1) {
      const row = pages.rowAt(index);
      if (row) ids.push(row.id);
    }
    return ids;
  };

  function focusRow(index: number) {
    const element = box.current;
    if (!element || index < 0 || index >= total) return;
    const top = index * rowHeight;
    const headerHeight = element.querySelector('thead')?.clientHeight ?? 0;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight - headerHeight) element.scrollTop = top + rowHeight - element.clientHeight + headerHeight;
    window.requestAnimationFrame(() => element.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus());
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: CaseListRow) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') onOpen(row.id);
    else if (event.key === ' ') {
      event.preventDefault();
      selection.click(index, row.id, event.shiftKey, idsBetween);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, row: CaseListRow) {
    // A click on the checkbox or a button does its own thing; anywhere else on the row opens the case.
    if ((event.target as HTMLElement).closest('input, button, label')) return;
    onOpen(row.id);
  }

  const header = (column: SortColumn) => {
    const active = sort.column === column;
    return (
      <th key={column} scope="col" className={`case-col-${column}`}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" title={t('caseList.sortBy', { column: t(columnKey(column)) })}
          onClick={() => onSort(nextSort(sort, column))}>
          {t(columnKey(column))}
          <span className="sort-mark" aria-hidden="true">{active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
        </button>
      </th>
    );
  };

  const visible: number[] = [];
  for (let index = first; index <= last; index += 1) visible.push(index);
  return (
    <div ref={box} className="case-grid" onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}>
      <table className="table case-table" aria-label={t('caseList.tableLabel')} aria-rowcount={total + 1}>
        <thead>
          <tr>
            <th scope="col" className="case-col-select">
              <input type="checkbox" aria-label={t('caseList.selectPage', { count: loadedRows.length })} checked={pageChecked}
                onChange={(event) => selection.set(event.target.checked ? [...selection.ids, ...loadedRows.map((row) => row.id)] : [])} />
            </th>
            {sortColumns.map(header)}
            <th scope="col" className="case-col-actions">{t('caseList.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr className="case-spacer" aria-hidden="true" style={{ height: first * rowHeight }}><td colSpan={sortColumns.length + 2} /></tr>}
          {visible.map((index) => {
            const row = pages.rowAt(index);
            if (!row) return <tr key={`pending-${index}`} className="case-pending" data-index={index}><td colSpan={sortColumns.length + 2}>{t('caseList.loading')}</td></tr>;
            return (
              <CaseTableRow key={row.id} row={row} index={index} selected={selection.ids.has(row.id)}
                onCheck={(shift) => selection.click(index, row.id, shift, idsBetween)}
                onClick={(event) => onRowClick(event, row)} onKeyDown={(event) => onRowKey(event, index, row)}
                onOpen={() => onOpen(row.id)} onDelete={() => onDelete(row)} />
            );
          })}
          {last < total - 1 && (
            <tr className="case-spacer" aria-hidden="true" style={{ height: (total - 1 - last) * rowHeight }}><td colSpan={sortColumns.length + 2} /></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

import type { CaseListColumn } from '../../../../core/case/case-list-query';
import type { TextKey } from '../../../i18n/zh-CN';

/** The columns a user can sort by, in the order they are shown. */
export const sortColumns = [
  'defendant', 'residentId', 'branch', 'court', 'courtCaseNumber', 'stage', 'claim', 'nextDeadline', 'readiness', 'owner', 'updated',
] as const satisfies readonly CaseListColumn[];
/** One sortable column. */
export type SortColumn = (typeof sortColumns)[number];
/** A sort: a column and its direction. */
export type CaseSort = { column: SortColumn; direction: 'asc' | 'desc' };

/** The order the list opens in: the case changed most recently first. */
export const defaultSort: CaseSort = { column: 'updated', direction: 'desc' };

/** A column's header text key. */
export const columnKey = (column: SortColumn): TextKey => `caseList.col.${column}` satisfies TextKey;

/** Columns whose natural first click is "largest / latest first". */
const descendingFirst: readonly SortColumn[] = ['claim', 'updated'];

/** The sort after a click on a column's header: the same column flips, another column starts in its natural order. */
export function nextSort(current: CaseSort, column: SortColumn): CaseSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: descendingFirst.includes(column) ? 'desc' : 'asc' };
}

import type { CaseListSelection } from '../../../../core/case/case-list-query';
import type { TrackingStage } from '../../../../core/tracking/stages';
import type { CaseListPreset } from '../../../App';
import { stageList } from '../../tracking/labels';

/** The readiness filter's choices: 就绪, 有需处理的项, 未检查 (empty = any). */
export type ReadinessChoice = '' | 'ready' | 'blocked' | 'unchecked';

/** What the user has set in the filter bar, as typed (amounts as yuan text, dates as yyyy-mm-dd text). */
export type CaseListFilters = {
  search: string;
  stages: TrackingStage[];
  court: string;
  branch: string;
  owner: string;
  readiness: ReadinessChoice;
  amountMin: string;
  amountMax: string;
  importId: string;
  updatedFrom: string;
  updatedTo: string;
  createdFrom: string;
  createdTo: string;
  archived: boolean;
};

/** No filter set: every case that is not archived. */
export const noFilters: CaseListFilters = {
  search: '', stages: [], court: '', branch: '', owner: '', readiness: '', amountMin: '', amountMax: '', importId: '',
  updatedFrom: '', updatedTo: '', createdFrom: '', createdTo: '', archived: false,
};

const isStage = (value: string): value is TrackingStage => (stageList as readonly string[]).includes(value);

/** The filters a page starts with when another page sends the user here (e.g. a dashboard bar's stage or court). */
export function filtersFromPreset(preset: CaseListPreset | undefined): CaseListFilters {
  if (!preset) return noFilters;
  return {
    ...noFilters,
    stages: preset.stage && isStage(preset.stage) ? [preset.stage] : [],
    court: preset.court ?? '',
    branch: preset.branch ?? '',
    owner: preset.owner ?? '',
  };
}

/** Whether any filter beyond the default is set (for the 清除筛选 button). */
export function hasFilters(filters: CaseListFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(noFilters);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const amountPattern = /^\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\d+(\.\d{1,2})?$/;

/** A date filter field is usable when empty or a full yyyy-mm-dd. */
export const dateTextOk = (text: string): boolean => text.trim() === '' || datePattern.test(text.trim());
/** An amount filter field is usable when empty or a yuan amount such as 5000 or 5,000.00. */
export const amountTextOk = (text: string): boolean => text.trim() === '' || amountPattern.test(text.trim());

/** Whether every typed field can be sent (a half-typed date or amount waits instead of being sent). */
export function filtersComplete(filters: CaseListFilters): boolean {
  return [filters.updatedFrom, filters.updatedTo, filters.createdFrom, filters.createdTo].every(dateTextOk)
    && [filters.amountMin, filters.amountMax].every(amountTextOk)
    && /^\d*$/.test(filters.importId.trim());
}

/** The filter bar's values as the list query's selection (search and filters), for case:query, case:query-ids and case:export. */
export function toSelection(filters: CaseListFilters): CaseListSelection {
  const importId = Number(filters.importId.trim());
  return {
    search: filters.search.trim(),
    filters: {
      stages: filters.stages,
      court: filters.court,
      branch: filters.branch,
      owner: filters.owner,
      readiness: filters.readiness ? [filters.readiness] : [],
      claimMin: filters.amountMin.trim(),
      claimMax: filters.amountMax.trim(),
      importId: Number.isInteger(importId) && importId > 0 ? importId : null,
      createdFrom: filters.createdFrom.trim(),
      createdTo: filters.createdTo.trim(),
      updatedFrom: filters.updatedFrom.trim(),
      updatedTo: filters.updatedTo.trim(),
      archived: filters.archived ? 'all' : 'no',
    },
  };
}

/**
 * The case list's small rules: the short branch name beside the plaintiff's, the sort a header click
 * gives, and the filter bar's values as the query's selection (amounts and dates as typed, the preset).
 */
import { describe, expect, it } from 'vitest';
import { nextSort } from '../../renderer/features/cases/list/case-list-columns';
import { filtersComplete, filtersFromPreset, noFilters, toSelection } from '../../renderer/features/cases/list/case-list-filters';
import { shortBranch } from '../../renderer/features/cases/list/short-branch';

describe('shortBranch', () => {
  it('drops the bank name the plaintiff already states, after a whole word', () => {
    expect(shortBranch('云岭银行股份有限公司昆明分行', '云岭银行股份有限公司信用卡中心')).toBe('昆明分行');
    expect(shortBranch('云岭银行昆明分行', '云岭银行股份有限公司信用卡中心')).toBe('昆明分行');
  });

  it('keeps a branch of another bank, or one that is the bank itself, whole', () => {
    expect(shortBranch('苍山农商银行大理支行', '云岭银行股份有限公司信用卡中心')).toBe('苍山农商银行大理支行');
    expect(shortBranch('云岭银行股份有限公司', '云岭银行股份有限公司信用卡中心')).toBe('云岭银行股份有限公司');
  });
});

describe('nextSort', () => {
  it('flips the sorted column and starts another in its natural order', () => {
    expect(nextSort({ column: 'claim', direction: 'desc' }, 'claim')).toEqual({ column: 'claim', direction: 'asc' });
    expect(nextSort({ column: 'updated', direction: 'desc' }, 'claim')).toEqual({ column: 'claim', direction: 'desc' });
    expect(nextSort({ column: 'updated', direction: 'desc' }, 'defendant')).toEqual({ column: 'defendant', direction: 'asc' });
  });
});

describe('case list filters', () => {
  it('start from a dashboard preset, ignoring a stage the list does not know', () => {
    expect(filtersFromPreset({ stage: 'accepted', court: '大理市人民法院' })).toMatchObject({ stages: ['accepted'], court: '大理市人民法院' });
    expect(filtersFromPreset({ stage: 'nonsense' }).stages).toEqual([]);
  });

  it('wait while a date or amount is half typed', () => {
    expect(filtersComplete({ ...noFilters, updatedFrom: '2026-11' })).toBe(false);
    expect(filtersComplete({ ...noFilters, amountMin: '5,000.0' })).toBe(true);
    expect(filtersComplete({ ...noFilters, amountMin: '5,00' })).toBe(false);
    expect(filtersComplete({ ...noFilters, updatedFrom: '2026-11-01', amountMax: '80000' })).toBe(true);
  });

  it('become the query selection: one readiness state, the import batch as a number, archived shown with the rest', () => {
    const selection = toSelection({ ...noFilters, search: ' zw ', readiness: 'blocked', importId: '12', archived: true });
    expect(selection).toMatchObject({ search: 'zw', filters: { readiness: ['blocked'], importId: 12, archived: 'all' } });
    expect(toSelection(noFilters).filters).toMatchObject({ readiness: [], importId: null, archived: 'no' });
  });
});

import { useEffect, useState } from 'react';
import type { TrackingStage } from '../../../../core/tracking/stages';
import { call } from '../../../api';
import { useText } from '../../../i18n/use-text';
import { stageKey, stageList } from '../../tracking/labels';
import { amountTextOk, dateTextOk, hasFilters, noFilters } from './case-list-filters';
import type { CaseListFilters, ReadinessChoice } from './case-list-filters';

type CaseFilterBarProps = {
  filters: CaseListFilters;
  onChange: (filters: CaseListFilters) => void;
};

type Options = { courts: string[]; branches: string[]; owners: string[] };

/** The search box and the filters: stage (several), court, branch, owner, readiness, and under 更多筛选 amount, import batch and dates. */
export function CaseFilterBar({ filters, onChange }: CaseFilterBarProps) {
  const { t } = useText();
  const [options, setOptions] = useState<Options>({ courts: [], branches: [], owners: [] });
  const [more, setMore] = useState(() => hasMoreFilters(filters));
  const set = <K extends keyof CaseListFilters>(key: K, value: CaseListFilters[K]) => onChange({ ...filters, [key]: value });

  useEffect(() => {
    let live = true;
    void call('tracking:cases', { limit: 1 }).then((result) => {
      if (live && result.ok) setOptions({ courts: result.value.courts, branches: result.value.branches, owners: result.value.owners });
    });
    return () => {
      live = false;
    };
  }, []);

  function toggleStage(stage: TrackingStage) {
    set('stages', filters.stages.includes(stage) ? filters.stages.filter((s) => s !== stage) : stageList.filter((s) => s === stage || filters.stages.includes(s)));
  }

  const choice = (name: 'court' | 'branch' | 'owner', label: string, values: string[]) => (
    <span className="filter">
      <label htmlFor={`case-filter-${name}`}>{label}</label>
      <select id={`case-filter-${name}`} name={name} className="input" value={filters[name]} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t('caseList.filter.any')}</option>
        {/* A preset value not among the options (e.g. from the dashboard) is still shown as chosen. */}
        {filters[name] && !values.includes(filters[name]) && <option value={filters[name]}>{filters[name]}</option>}
        {values.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </span>
  );

  const textField = (name: 'amountMin' | 'amountMax' | 'importId' | 'updatedFrom' | 'updatedTo' | 'createdFrom' | 'createdTo',
    label: string, ok: boolean, placeholder: string, error: string) => (
    <span className="filter filter-text">
      <label htmlFor={`case-filter-${name}`}>{label}</label>
      <input id={`case-filter-${name}`} name={name} className="input" value={filters[name]} placeholder={placeholder} maxLength={20}
        inputMode={name === 'importId' ? 'numeric' : undefined} aria-invalid={ok ? undefined : true}
        title={ok ? undefined : error} onChange={(e) => set(name, e.target.value)} />
    </span>
  );

  const datePlaceholder = t('caseList.filter.datePlaceholder');
  return (
    <div className="case-filters" role="search">
      <div className="toolbar filters">
        <label className="visually-hidden" htmlFor="case-search">{t('cases.search')}</label>
        <input id="case-search" type="search" name="query" className="input search-input" placeholder={t('caseList.searchPlaceholder')}
          value={filters.search} maxLength={60} onChange={(e) => set('search', e.target.value)} />
        <details className="filter stage-filter">
          <summary className="input">
            {filters.stages.length === 0 ? t('caseList.filter.anyStage')
              : filters.stages.length === 1 ? t(stageKey(filters.stages[0]!)) : t('caseList.filter.stagesChosen', { count: filters.stages.length })}
          </summary>
          <fieldset className="stage-options">
            <legend className="visually-hidden">{t('caseList.filter.stage')}</legend>
            {stageList.map((stage) => (
              <label key={stage} className="checkbox">
                <input type="checkbox" name={`stage-${stage}`} checked={filters.stages.includes(stage)} onChange={() => toggleStage(stage)} />
                {t(stageKey(stage))}
              </label>
            ))}
          </fieldset>
        </details>
        {choice('court', t('caseList.filter.court'), options.courts)}
        {choice('branch', t('caseList.filter.branch'), options.branches)}
        {choice('owner', t('caseList.filter.owner'), options.owners)}
        <span className="filter">
          <label htmlFor="case-filter-readiness">{t('caseList.filter.readiness')}</label>
          <select id="case-filter-readiness" name="readiness" className="input" value={filters.readiness}
            onChange={(e) => set('readiness', e.target.value as ReadinessChoice)}>
            <option value="">{t('caseList.filter.any')}</option>
            <option value="ready">{t('caseList.readiness.ready')}</option>
            <option value="blocked">{t('caseList.filter.blocked')}</option>
            <option value="unchecked">{t('caseList.readiness.unchecked')}</option>
          </select>
        </span>
        <label className="checkbox filter">
          <input type="checkbox" name="archived" checked={filters.archived} onChange={(e) => set('archived', e.target.checked)} />
          {t('caseList.filter.archived')}
        </label>
        <button type="button" className="link-button" aria-expanded={more} onClick={() => setMore((open) => !open)}>{t('caseList.filter.more')}</button>
        {hasFilters(filters) && <button type="button" className="link-button" onClick={() => onChange(noFilters)}>{t('caseList.filter.clear')}</button>}
      </div>
      {more && (
        <div className="toolbar filters case-filters-more">
          {textField('amountMin', t('caseList.filter.amountMin'), amountTextOk(filters.amountMin), '0.00', t('caseList.filter.badAmount'))}
          {textField('amountMax', t('caseList.filter.amountMax'), amountTextOk(filters.amountMax), '', t('caseList.filter.badAmount'))}
          {textField('importId', t('caseList.filter.import'), /^\d*$/.test(filters.importId.trim()), t('caseList.filter.importPlaceholder'), '')}
          {textField('updatedFrom', `${t('caseList.filter.updated')}${t('caseList.filter.from')}`, dateTextOk(filters.updatedFrom), datePlaceholder, t('caseList.filter.badDate'))}
          {textField('updatedTo', t('caseList.filter.to'), dateTextOk(filters.updatedTo), datePlaceholder, t('caseList.filter.badDate'))}
          {textField('createdFrom', `${t('caseList.filter.created')}${t('caseList.filter.from')}`, dateTextOk(filters.createdFrom), datePlaceholder, t('caseList.filter.badDate'))}
          {textField('createdTo', t('caseList.filter.to'), dateTextOk(filters.createdTo), datePlaceholder, t('caseList.filter.badDate'))}
        </div>
      )}
    </div>
  );
}

function hasMoreFilters(filters: CaseListFilters): boolean {
  return [filters.amountMin, filters.amountMax, filters.importId, filters.updatedFrom, filters.updatedTo, filters.createdFrom, filters.createdTo]
    .some((value) => value.trim() !== '');
}

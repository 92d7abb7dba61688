import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BatchOutput } from '../../../core/batch/batch-operations';
import type { CaseListRow } from '../../../core/case/case-list-query';
import type { CaseListPreset, Navigate } from '../../App';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useToast } from '../../components/Toast';
import { useText } from '../../i18n/use-text';
import { BulkActionBar } from './list/BulkActionBar';
import { BulkEventDialog } from './list/BulkEventDialog';
import { BulkOwnerDialog } from './list/BulkOwnerDialog';
import { CaseFilterBar } from './list/CaseFilterBar';
import { CaseTable } from './list/CaseTable';
import { defaultSort } from './list/case-list-columns';
import type { CaseSort } from './list/case-list-columns';
import { filtersComplete, filtersFromPreset, hasFilters, toSelection } from './list/case-list-filters';
import type { CaseListFilters } from './list/case-list-filters';
import { useCasePages } from './list/use-case-pages';
import type { PageFetcher } from './list/use-case-pages';
import { useSelection } from './list/use-selection';
import './list/list.css';

/** 全套文书: the complaint with its evidence list, the power of attorney and the service-address confirmation. */
const filingSetOutputs: BatchOutput[] = ['complaint', 'evidence-list', 'power-of-attorney', 'service-address-confirmation'];

type CaseListPageProps = { notice?: string; preset?: CaseListPreset; navigate: Navigate };

/**
 * The case list, the home of the work: search and filters over every case, a virtualised table sorted on any
 * column, and bulk actions over a selection (batch filing sets or bundles, an event, an owner, an Excel export,
 * archive with undo). A row opens its case.
 */
export function CaseListPage({ notice, preset, navigate }: CaseListPageProps) {
  const { t, pick } = useText();
  const toast = useToast();
  const [filters, setFilters] = useState<CaseListFilters>(() => filtersFromPreset(preset));
  const [applied, setApplied] = useState<CaseListFilters>(filters);
  const [sort, setSort] = useState<CaseSort>(defaultSort);
  const [version, setVersion] = useState(0);
  const selection = useSelection();
  const [selectingAll, setSelectingAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [eventFor, setEventFor] = useState<number[] | null>(null);
  const [ownerFor, setOwnerFor] = useState<number[] | null>(null);
  const [owners, setOwners] = useState<string[]>([]);
  const [toDelete, setToDelete] = useState<CaseListRow | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    if (notice) toast.show({ text: notice, kind: 'success' });
  }, [notice, toast]);

  // Typing in the search box waits a moment after the last keystroke; a half-typed date or amount is not sent.
  useEffect(() => {
    if (!filtersComplete(filters)) return;
    const timer = window.setTimeout(() => setApplied(filters), filters.search === applied.search ? 0 : 200);
    return () => window.clearTimeout(timer);
  }, [filters, applied.search]);

  const selected = useMemo(() => toSelection(applied), [applied]);
  const key = JSON.stringify([selected, sort]);
  const fetchPage: PageFetcher = useCallback(async (offset, limit) => {
    const result = await call('case:query', { ...selected, sort, offset, limit });
    return result.ok ? { ok: true, rows: result.value.rows, total: result.value.total } : result;
  }, [selected, sort]);
  const pages = useCasePages(key, version, fetchPage);
  const { clear } = selection;
  useEffect(() => clear(), [key, clear]);

  const ids = () => [...selection.ids];
  const reload = () => setVersion((n) => n + 1);
  const failed = (message: { zh: string; en: string }) => toast.show({ text: t('caseList.bulk.failed', { message: pick(message) }), kind: 'error' });

  async function selectAllMatching() {
    setSelectingAll(true);
    const result = await call('case:query-ids', selected);
    setSelectingAll(false);
    if (result.ok) selection.set(result.value.ids);
    else failed(result.error.message);
  }

  async function exportSelected() {
    setBusy(true);
    const result = await call('case:export', { ...selected, sort, ids: ids() });
    setBusy(false);
    if (result.ok) toast.show({ text: t('caseList.exported', { count: result.value.rows, path: result.value.path }), kind: 'success' });
    else failed(result.error.message);
  }

  async function unarchive(chosen: number[]) {
    const result = await call('case:unarchive', { ids: chosen });
    if (!result.ok) return failed(result.error.message);
    toast.show({ text: t('caseList.unarchivedToast', { count: result.value.unarchived }), kind: 'success' });
    reload();
  }

  async function archive() {
    const chosen = ids();
    setBusy(true);
    const result = await call('case:archive', { ids: chosen });
    setBusy(false);
    if (!result.ok) return failed(result.error.message);
    selection.clear();
    reload();
    toast.show({
      text: t('caseList.archivedToast', { count: result.value.archived }),
      kind: 'success',
      action: { label: t('caseList.undo'), run: () => unarchive(chosen) },
    });
  }

  async function openOwnerDialog() {
    const result = await call('tracking:cases', { limit: 1 });
    setOwners(result.ok ? result.value.owners : []);
    setOwnerFor(ids());
  }

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setDeleteError(null);
    const result = await call('case:delete', { id: toDelete.id });
    setDeleting(false);
    if (!result.ok) return setDeleteError(pick(result.error.message));
    toast.show({ text: t('cases.deleted', { name: toDelete.defendantName }), kind: 'success' });
    setToDelete(null);
    reload();
  }

  const total = pages.total;
  return (
    <section className="page case-list-page" aria-labelledby="cases-title">
      <div className="page-header">
        <h1 id="cases-title">{t('cases.title')}</h1>
        {total !== null && <span className="case-count" aria-live="polite">{t('caseList.count', { count: total.toLocaleString('en-US') })}</span>}
        <button type="button" className="button button-primary" onClick={() => navigate({ name: 'case-new' })}>{t('cases.new')}</button>
      </div>

      <CaseFilterBar filters={filters} onChange={setFilters} />
      <ErrorPanel title={t('caseList.loadFailed')} error={pages.error} />

      {selection.ids.size > 0 && (
        <BulkActionBar count={selection.ids.size} matching={total ?? 0} selectingAll={selectingAll} busy={busy} archivedView={applied.archived}
          onSelectAll={() => void selectAllMatching()} onClear={selection.clear}
          onFilingSet={() => navigate({ name: 'batch-run', caseIds: ids(), outputs: filingSetOutputs })}
          onBundle={() => navigate({ name: 'batch-run', caseIds: ids(), outputs: ['bundle'] })}
          onEvent={() => setEventFor(ids())} onOwner={() => void openOwnerDialog()}
          onExport={() => void exportSelected()} onArchive={() => void archive()} onUnarchive={() => void unarchive(ids())} />
      )}

      {total === 0 && <p className="empty">{hasFilters(applied) ? t('caseList.noMatch') : t('caseList.empty')}</p>}
      {total === null && !pages.error && <p className="muted">{t('caseList.loading')}</p>}
      {total !== null && total > 0 && (
        <CaseTable pages={pages} resetKey={key} sort={sort} onSort={setSort} selection={selection}
          onOpen={(id) => navigate({ name: 'case-edit', id })}
          onDelete={(row) => {
            setDeleteError(null);
            setToDelete(row);
          }} />
      )}

      <BulkEventDialog caseIds={eventFor} onCancel={() => setEventFor(null)}
        onDone={({ count, event, warnings }) => {
          setEventFor(null);
          toast.show({ text: t('caseList.eventRecorded', { count, event }) + (warnings > 0 ? ` ${t('caseList.eventWarnings', { count: warnings })}` : ''), kind: 'success' });
          reload();
        }} />
      <BulkOwnerDialog caseIds={ownerFor} owners={owners} onCancel={() => setOwnerFor(null)}
        onDone={({ count, owner }) => {
          setOwnerFor(null);
          toast.show({ text: owner ? t('caseList.ownerSet', { count, owner }) : t('caseList.ownerCleared', { count }), kind: 'success' });
          reload();
        }} />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('cases.deleteTitle')}
        message={t('cases.deleteMessage', { name: toDelete?.defendantName ?? '' })}
        confirmLabel={t('common.confirmDelete')}
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}

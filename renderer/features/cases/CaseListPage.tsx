import { useEffect, useState } from 'react';
import type { CaseStatus, CaseSummary } from '../../../core/case/case-model';
import type { ErrorPayload } from '../../../core/errors';
import type { Navigate } from '../../App';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatFen } from '../../components/format-fen';
import { formatTimestamp } from '../../components/format-time';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

const statusLabels: Record<CaseStatus, TextKey> = { draft: 'status.draft', ready: 'status.ready', filed: 'status.filed' };

type CaseListPageProps = { notice?: string; navigate: Navigate };

/** The case list: search, the cases as a table with their claimed totals, and new / edit / delete. */
export function CaseListPage({ notice, navigate }: CaseListPageProps) {
  const { t, pick } = useText();
  const [query, setQuery] = useState('');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [message, setMessage] = useState(notice ?? '');
  const [toDelete, setToDelete] = useState<CaseSummary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);

  // Searches as the user types, a moment after the last keystroke; a late answer to an older query is dropped.
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void call('case:list', { query }).then((result) => {
        if (!live) return;
        if (result.ok) {
          setCases(result.value);
          setError(null);
        } else {
          setError(result.error);
        }
      });
    }, query === '' ? 0 : 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, reloads]);

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setDeleteError(null);
    const result = await call('case:delete', { id: toDelete.id });
    setDeleting(false);
    if (!result.ok) {
      setDeleteError(pick(result.error.message));
      return;
    }
    setMessage(t('cases.deleted', { name: toDelete.defendantName }));
    setToDelete(null);
    setReloads((n) => n + 1);
  }

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page-header">
        <h1 id="cases-title">{t('cases.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => navigate({ name: 'case-new' })}>
          {t('cases.new')}
        </button>
      </div>

      <div className="toolbar">
        <label className="visually-hidden" htmlFor="case-search">{t('cases.search')}</label>
        <input
          id="case-search"
          type="search"
          name="query"
          className="input search-input"
          placeholder={t('cases.searchPlaceholder')}
          value={query}
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
        />
        {cases && <span className="toolbar-count">{t('cases.count', { count: cases.length })}</span>}
      </div>

      {message && <p className="notice" role="status">{message}</p>}
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}

      {cases === null && !error && <p className="muted">{t('common.loading')}</p>}
      {cases && cases.length === 0 && (
        <p className="empty">{query.trim() ? t('cases.noMatch', { query: query.trim() }) : t('cases.empty')}</p>
      )}
      {cases && cases.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('cases.col.defendant')}</th>
                <th scope="col">{t('cases.col.residentId')}</th>
                <th scope="col">{t('cases.col.card')}</th>
                <th scope="col">{t('cases.col.plaintiff')}</th>
                <th scope="col">{t('cases.col.court')}</th>
                <th scope="col" className="num">{t('cases.col.total')}</th>
                <th scope="col">{t('cases.col.status')}</th>
                <th scope="col">{t('cases.col.updated')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr key={item.id} data-case-id={item.id}>
                  <th scope="row">{item.defendantName}</th>
                  <td className="mono">{item.residentIdMasked}</td>
                  <td className="mono">{item.cardNumberMasked}</td>
                  <td>{item.plaintiffName}</td>
                  <td>{item.courtName || '—'}</td>
                  <td className="num">{formatFen(item.claimTotalFen)}</td>
                  <td><span className={`status status-${item.status}`}>{t(statusLabels[item.status])}</span></td>
                  <td className="nowrap">{formatTimestamp(item.updatedAt)}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small" onClick={() => navigate({ name: 'case-edit', id: item.id })}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => {
                        setDeleteError(null);
                        setToDelete(item);
                      }}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

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

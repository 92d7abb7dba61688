import { useEffect, useState } from 'react';
import type { DeadlineList } from '../../../core/tracking/tracking-views';
import type { Navigate } from '../../App';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { DeadlineRule } from '../tracking/DeadlineRule';
import { stageKey } from '../tracking/labels';

const periods = [7, 30, 90, null] as const;

/** 期限: every open deadline of every case by urgency, filtered by period, owner, court and branch; ICS export. */
export function DeadlinesPage({ navigate }: { navigate: Navigate }) {
  const { t, pick } = useText();
  const [withinDays, setWithinDays] = useState<number | null>(30);
  const [owner, setOwner] = useState('');
  const [court, setCourt] = useState('');
  const [branch, setBranch] = useState('');
  const [list, setList] = useState<DeadlineList | null>(null);
  const [error, setError] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');

  useEffect(() => {
    let live = true;
    void call('deadline:list', { withinDays, owner, court, branch }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setList(result.value);
        setError('');
      } else setError(pick(result.error.message));
    });
    return () => {
      live = false;
    };
  }, [withinDays, owner, court, branch, pick]);

  async function exportCalendar() {
    setExporting(true);
    const result = await call('deadline:export-calendar', { withinDays, owner, court, branch });
    setExporting(false);
    if (result.ok && result.value.cancelled) return;
    if (result.ok) setExported(t('deadlines.exported', { count: result.value.count, path: result.value.path }));
    else setError(pick(result.error.message));
  }

  const select = (id: string, label: string, value: string, options: string[], onChange: (v: string) => void) => (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('deadlines.any')}</option>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </span>
  );

  const left = (days: number) => (days < 0 ? t('deadlines.overdueDays', { days: -days }) : days === 0 ? t('deadlines.today') : t('deadlines.daysLeft', { days }));

  return (
    <section className="page" aria-labelledby="deadlines-title">
      <div className="page-header">
        <h1 id="deadlines-title">{t('deadlines.title')}</h1>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportCalendar()}>
          {exporting ? t('deadlines.exporting') : t('deadlines.export')}
        </button>
      </div>
      <p className="section-note">{t('deadlines.intro')}</p>
      <div className="toolbar filters">
        <span className="segmented" role="group" aria-label={t('deadlines.within')}>
          {periods.map((p) => (
            <button key={String(p)} type="button" className="segmented-option" aria-pressed={withinDays === p} onClick={() => setWithinDays(p)}>
              {t(p === null ? 'deadlines.within.all' : `deadlines.within.${p}`)}
            </button>
          ))}
        </span>
        {select('owner', t('deadlines.owner'), owner, list?.owners ?? [], setOwner)}
        {select('court', t('deadlines.court'), court, list?.courts ?? [], setCourt)}
        {select('branch', t('deadlines.branch'), branch, list?.branches ?? [], setBranch)}
        {list && <span className="toolbar-count">{t('deadlines.count', { total: list.total, overdue: list.overdue })}</span>}
      </div>
      {exported && <p className="notice" role="status">{exported}</p>}
      {error && <p className="alert" role="alert">{error}</p>}
      {!list && !error && <p className="muted">{t('common.loading')}</p>}
      {list && list.rows.length === 0 && <p className="empty">{t('deadlines.empty')}</p>}
      {list && list.rows.length > 0 && (
        <div className="table-wrap">
          <table className="table deadline-table">
            <thead>
              <tr>
                <th scope="col">{t('deadlines.col.date')}</th>
                <th scope="col">{t('deadlines.col.left')}</th>
                <th scope="col">{t('deadlines.col.item')}</th>
                <th scope="col">{t('deadlines.col.case')}</th>
                <th scope="col">{t('deadlines.col.court')}</th>
                <th scope="col">{t('deadlines.col.owner')}</th>
                <th scope="col">{t('deadlines.col.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={`${row.caseId}-${row.key}`} data-case-id={row.caseId} data-deadline-kind={row.kind}
                  className={row.daysLeft < 0 ? 'deadline-overdue' : row.daysLeft <= 7 ? 'deadline-soon' : undefined}>
                  <td className="nowrap mono">{row.date}</td>
                  <td className="nowrap">{left(row.daysLeft)}</td>
                  <th scope="row">{pick(row.title)}</th>
                  <td>
                    <button type="button" className="link-button" onClick={() => navigate({ name: 'case-edit', id: row.caseId, tab: 'tracking' })}>
                      {row.defendantName}
                    </button>
                    <span className="cell-sub">{row.courtCaseNumber || t(stageKey(row.stage))}</span>
                  </td>
                  <td>{row.courtName || '—'}<span className="cell-sub">{row.branch}</span></td>
                  <td className="nowrap">{row.owner || '—'}</td>
                  <DeadlineRule rule={row.rule} nominal={row.nominal} skipped={row.skipped} calendarWarning={row.calendarWarning} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

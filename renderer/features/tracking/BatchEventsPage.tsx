import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { EventType } from '../../../core/tracking/event-types';
import type { TrackingStage } from '../../../core/tracking/stages';
import type { TrackedCaseRow } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { eventKey, stageKey, stageList } from './labels';
import { DateField } from '../../components/DateField';

const batchTypes = [
  'marked-ready', 'filed', 'accepted', 'hearing', 'judgment', 'served', 'effective', 'enforcement-applied', 'enforcement-accepted',
  'enforcement-suspended', 'enforcement-resumed', 'closed', 'note',
] as const satisfies readonly EventType[];

/** 批量登记: filter cases, tick them and record one event for all (each with its own case number where one is needed). */
export function BatchEventsPage() {
  const { t, pick } = useText();
  const [stage, setStage] = useState<TrackingStage | ''>('filed');
  const [court, setCourt] = useState('');
  const [branch, setBranch] = useState('');
  const [rows, setRows] = useState<TrackedCaseRow[]>([]);
  const [options, setOptions] = useState<{ courts: string[]; branches: string[] }>({ courts: [], branches: [] });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [numbers, setNumbers] = useState<Record<number, string>>({});
  const [type, setType] = useState<(typeof batchTypes)[number]>('accepted');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  const needsNumber = type === 'accepted' || type === 'enforcement-accepted' || type === 'enforcement-resumed';

  useEffect(() => {
    let live = true;
    void call('tracking:cases', { ...(stage ? { stage } : {}), court, branch, limit: 2000 }).then((result) => {
      if (!live || !result.ok) return;
      setRows(result.value.rows);
      setOptions({ courts: result.value.courts, branches: result.value.branches });
      setSelected(new Set());
    });
    return () => {
      live = false;
    };
  }, [stage, court, branch, reloads]);

  const toggle = (caseId: number) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(caseId)) next.delete(caseId);
    else next.add(caseId);
    return next;
  });
  const chosen = rows.filter((r) => selected.has(r.caseId));
  const rowError = (index: number) => error?.details.find((d) => d.field.startsWith(`items.${index}.`));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage('');
    const numberField = type === 'accepted' ? 'courtCaseNumber' : 'enforcementCaseNumber';
    const items = chosen.map((r) => ({ caseId: r.caseId, details: needsNumber && numbers[r.caseId] ? { [numberField]: numbers[r.caseId] } : {} }));
    const result = await call('event:add-batch', { type, date, note, items });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setMessage(t('batch.recorded', { count: result.value.recorded.length, event: t(eventKey(type)) }));
    setReloads((n) => n + 1);
  }

  async function assignOwner() {
    const result = await call('tracking:set-owner', { caseIds: chosen.map((r) => r.caseId), owner });
    if (result.ok) setReloads((n) => n + 1);
    else setError(result.error);
  }

  const filter = (id: string, label: string, value: string, values: string[], onChange: (v: string) => void, any: string) => (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {values.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </span>
  );

  return (
    <section className="page" aria-labelledby="batch-title">
      <div className="page-header"><h1 id="batch-title">{t('batch.title')}</h1></div>
      <p className="section-note">{t('batch.intro')}</p>
      <div className="toolbar filters">
        <span className="filter">
          <label htmlFor="batch-stage">{t('batch.stage')}</label>
          <select id="batch-stage" name="stage" className="input" value={stage} onChange={(e) => setStage(e.target.value as TrackingStage | '')}>
            <option value="">{t('batch.anyStage')}</option>
            {stageList.map((s) => <option key={s} value={s}>{t(stageKey(s))}</option>)}
          </select>
        </span>
        {filter('batch-court', t('batch.court'), court, options.courts, setCourt, t('batch.any'))}
        {filter('batch-branch', t('batch.branch'), branch, options.branches, setBranch, t('batch.any'))}
        <span className="toolbar-count">{t('batch.selected', { count: chosen.length })}</span>
      </div>
      {message && <p className="notice" role="status">{message}</p>}
      {error && (
        <div className="alert" role="alert">
          <p>{t('batch.failed')} {pick(error.message)}</p>
          {error.details.length > 0 && <ul>{error.details.map((d) => <li key={d.field}>{pick(d.message)}</li>)}</ul>}
        </div>
      )}
      {rows.length === 0 ? <p className="empty">{t('batch.noCases')}</p> : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">
                    <input type="checkbox" aria-label={t('batch.selectAll')} checked={chosen.length === rows.length}
                      onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.caseId)) : new Set())} />
                  </th>
                  <th scope="col">{t('batch.col.defendant')}</th>
                  <th scope="col">{t('batch.col.stage')}</th>
                  <th scope="col">{t('batch.col.since')}</th>
                  <th scope="col">{t('batch.court')}</th>
                  <th scope="col">{t('tracking.owner')}</th>
                  {needsNumber && <th scope="col">{t('batch.numberFor')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const index = chosen.findIndex((c) => c.caseId === r.caseId);
                  const problem = index >= 0 ? rowError(index) : undefined;
                  return (
                    <tr key={r.caseId} data-case-id={r.caseId} className={selected.has(r.caseId) ? 'row-selected' : undefined}>
                      <td><input type="checkbox" name={`case-${r.caseId}`} aria-label={r.defendantName} checked={selected.has(r.caseId)} onChange={() => toggle(r.caseId)} /></td>
                      <th scope="row">{r.defendantName}</th>
                      <td>{t(stageKey(r.stage))}</td>
                      <td className="mono">{r.stageSince}</td>
                      <td>{r.courtName || '—'}</td>
                      <td>{r.owner || '—'}</td>
                      {needsNumber && (
                        <td>
                          <input className="input mono" name={`items.${index}.number`} aria-label={`${t('batch.numberFor')} ${r.defendantName}`}
                            aria-invalid={problem ? true : undefined} disabled={!selected.has(r.caseId)} value={numbers[r.caseId] ?? ''}
                            placeholder={type === 'accepted' ? '（2026）京0105民初12345号' : '（2026）京0105执678号'}
                            onChange={(e) => setNumbers((n) => ({ ...n, [r.caseId]: e.target.value }))} />
                          {problem && <p className="field-error">{pick(problem.message)}</p>}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="form-grid batch-form">
            <span className="filter">
              <label htmlFor="batch-type">{t('tracking.type')}</label>
              <select id="batch-type" name="type" className="input" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
                {batchTypes.map((k) => <option key={k} value={k}>{t(eventKey(k))}</option>)}
              </select>
            </span>
            <span className="filter">
              <label htmlFor="batch-date">{t('tracking.date')}</label>
              <DateField id="batch-date" name="date" value={date} onChange={(v) => setDate(v)} />
            </span>
            <span className="filter">
              <label htmlFor="batch-note">{t('tracking.note')}</label>
              <input id="batch-note" name="note" className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
            </span>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || chosen.length === 0}>{busy ? t('tracking.recording') : t('batch.record')}</button>
            <input name="owner" className="input owner-input" aria-label={t('tracking.owner')} placeholder={t('tracking.owner')} value={owner} maxLength={60} onChange={(e) => setOwner(e.target.value)} />
            <button type="button" className="button" disabled={chosen.length === 0} onClick={() => void assignOwner()}>{t('batch.setOwner')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

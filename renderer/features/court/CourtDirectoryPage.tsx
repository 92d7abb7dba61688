import { useEffect, useRef, useState } from 'react';
import type { CourtDirectoryInfo } from '../../../core/court/court-operations';
import type { CourtEntry } from '../../../core/court/court-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { fileToBase64 } from '../evidence/file-base64';
import { CourtEditor } from './CourtEditor';
import { ThresholdsPanel } from './ThresholdsPanel';
import { FileDropZone } from '../../components/FileDropZone';
import { useToast } from '../../components/Toast';

type Level = CourtEntry['level'] | '';
const levels = ['basic', 'intermediate', 'high'] as const satisfies readonly CourtEntry['level'][];

/** The court directory page: search by name, pinyin initials or division code; edit; CSV import and export. */
export function CourtDirectoryPage() {
  const { t, pick } = useText();
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<Level>('');
  const [courts, setCourts] = useState<CourtEntry[] | null>(null);
  const [info, setInfo] = useState<CourtDirectoryInfo | null>(null);
  const [editing, setEditing] = useState<CourtEntry | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const toast = useToast();
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    void call('court:search', { query, limit: 100, ...(level ? { level } : {}) }).then((result) => {
      if (mine !== seq.current) return;
      if (result.ok) setCourts(result.value);
      else setError(result.error);
    });
  }, [query, level, reloads]);

  useEffect(() => {
    void call('court:info', {}).then((result) => { if (result.ok) setInfo(result.value); });
  }, [reloads]);

  function done(message: string) {
    setEditing(null);
    // Saved, reset, deleted or imported: the result shows in the corner, wherever the editor was on the long list.
    setNotice('');
    toast.show({ text: message, kind: 'success' });
    setReloads((n) => n + 1);
  }

  async function exportCsv() {
    setBusy(true);
    const result = await call('court:export', {});
    setBusy(false);
    if (result.ok && result.value.cancelled) return;
    if (result.ok) { setNotice(t('courts.exported', { count: result.value.count, path: result.value.path })); setError(null); } else setError(result.error);
  }

  async function importCsv(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setNotice(t('courts.importing'));
    const result = await call('court:import', { source: { fileName: file.name, contentBase64: await fileToBase64(file) } });
    setBusy(false);
    if (!result.ok) { setNotice(''); setError(result.error); return; }
    setError(null);
    done(t('courts.imported', { ...result.value }));
  }

  return (
    <section className="page court-directory" aria-labelledby="courts-title" aria-busy={busy}>
      <div className="page-header">
        <h1 id="courts-title">{t('courts.title')}</h1>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>{t('courts.add')}</button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportCsv()}>{t('courts.export')}</button>
        </div>
      </div>
      <FileDropZone compact name="courts.import" accept=".csv,text/csv,.xlsx" busy={busy} chooseLabel={t('courts.import')}
        onFiles={(files) => void importCsv(files[0])} />
      {info && (
        <p className="muted">
          {t('courts.source', { package: info.source.package, version: info.source.version, dataset: info.source.dataset })}
          <br />
          {t('courts.counts', { ...info.counts })}
        </p>
      )}
      <div aria-live="polite">{notice && <p className="notice">{notice}</p>}</div>
      {error && (
        <div className="alert" role="alert">
          <p>{pick(error.message)}</p>
          {error.details.length > 0 && <ul>{error.details.slice(0, 20).map((d, i) => <li key={i}>{pick(d.message)}</li>)}</ul>}
        </div>
      )}
      {editing && <div className="panel"><CourtEditor court={editing === 'new' ? null : editing} onDone={done} onCancel={() => setEditing(null)} /></div>}
      <div className="search-bar">
        <label className="visually-hidden" htmlFor="court-search">{t('courts.search')}</label>
        <input id="court-search" name="courts.search" className="input search-input" type="search" value={query}
          placeholder={t('courts.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        <select name="courts.level" className="input" aria-label={t('courts.level')} value={level} onChange={(e) => setLevel(levels.find((l) => l === e.target.value) ?? '')}>
          <option value="">{t('courts.allLevels')}</option>
          {levels.map((l) => <option key={l} value={l}>{t(`courts.level.${l}` as TextKey)}</option>)}
        </select>
      </div>
      {courts && <p className="muted">{t('courts.count', { count: courts.length })}</p>}
      {courts && courts.length === 0 && <p className="empty">{t('courts.empty')}</p>}
      {courts && courts.length > 0 && (
        <div className="table-wrap">
          <table className="table courts-table">
            <thead>
              <tr>
                <th scope="col">{t('courts.col.name')}</th><th scope="col">{t('courts.level')}</th><th scope="col">{t('courts.col.division')}</th>
                <th scope="col">{t('courts.divisionCode')}</th><th scope="col">{t('courts.col.origin')}</th><th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {courts.map((c) => (
                <tr key={c.id} data-court-id={c.id}>
                  <th scope="row">{c.name}{c.kind !== 'general' && <span className="badge badge-basis">{t(`courts.kind.${c.kind}` as TextKey)}</span>}</th>
                  <td>{t(`courts.level.${c.level}` as TextKey)}</td>
                  <td>{c.divisionPath}</td>
                  <td className="mono">{c.divisionCode}</td>
                  <td><span className={`badge origin-${c.origin}`}>{t(`courts.origin.${c.origin}` as TextKey)}</span></td>
                  <td><button type="button" className="button button-small" onClick={() => setEditing(c)}>{t('common.edit')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {info && (
        <details className="panel exceptions">
          <summary>{t('courts.exceptions', { count: info.exceptions.length })}</summary>
          <ul>
            {info.exceptions.map((e) => (
              <li key={e.divisionCode}><span className="mono">{e.divisionCode}</span> {e.divisionName} — <span className="badge">{t(`courts.exception.${e.kind}` as TextKey)}</span> {e.note}</li>
            ))}
          </ul>
        </details>
      )}
      <ThresholdsPanel />
    </section>
  );
}

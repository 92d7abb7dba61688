import { useState } from 'react';
import type { LedgerPreview } from '../../../core/claim/claim-operations';
import type { LedgerMapping } from '../../../core/claim/ledger-import';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { fileToBase64 } from '../evidence/file-base64';
import { FileDropZone } from '../../components/FileDropZone';

type Encoding = 'auto' | 'utf-8' | 'gbk' | 'gb18030';
const columns: { key: keyof LedgerMapping; label: TextKey }[] = [
  { key: 'date', label: 'claim.map.date' }, { key: 'amount', label: 'claim.map.amount' }, { key: 'debit', label: 'claim.map.debit' },
  { key: 'credit', label: 'claim.map.credit' }, { key: 'type', label: 'claim.map.type' }, { key: 'description', label: 'claim.map.description' },
];

/** Imports transaction detail: choose the file and encoding, check the preview and the column mapping, import. */
export function LedgerImport({ caseId, onImported }: { caseId: number; onImported: (message: string) => void }) {
  const { t, pick } = useText();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [mapping, setMapping] = useState<LedgerMapping | null>(null);
  const [replace, setReplace] = useState(true);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(next: { name: string; base64: string }, nextEncoding: Encoding) {
    setBusy(true);
    const result = await call('ledger:preview', { fileName: next.name, contentBase64: next.base64, encoding: nextEncoding });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setPreview(result.value);
    setMapping(result.value.suggested);
  }
  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const next = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(next);
    await load(next, encoding);
  }
  async function doImport() {
    if (!file || !mapping) return;
    setBusy(true);
    const result = await call('ledger:import', { caseId, fileName: file.name, contentBase64: file.base64, encoding, mapping, replace });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setFile(null);
    setPreview(null);
    const skipped = result.value.skipped.map((row) => t('claim.importSkipped', { row: row.row, column: row.column, reason: pick(row.reason) }));
    onImported([t('claim.imported', { count: result.value.imported }), ...skipped].join(' '));
  }

  return (
    <div className="ledger-import" aria-busy={busy}>
      <div className="form-grid">
        <div className="field field-wide">
          <span className="field-label">{t('claim.import')}</span>
          <FileDropZone compact name="ledger.file" accept=".csv,.txt,.xlsx" busy={busy} fileName={file?.name ?? null}
            onFiles={(files) => void choose(files[0])} />
        </div>
        <label className="field">
          <span className="field-label">{t('claim.encoding')}</span>
          <select className="input" name="ledger.encoding" value={encoding} onChange={(e) => { const next = e.target.value as Encoding; setEncoding(next); if (file) void load(file, next); }}>
            <option value="auto">{t('claim.encodingAuto')}</option>
            <option value="utf-8">UTF-8</option>
            <option value="gbk">GBK</option>
            <option value="gb18030">GB18030</option>
          </select>
        </label>
      </div>
      {error && (
        <div className="alert" role="alert">
          <p>{pick(error.message)}</p>
          {error.details.length > 1 && <ul>{error.details.slice(0, 20).map((d) => <li key={d.field}>{pick(d.message)}</li>)}</ul>}
        </div>
      )}
      {preview && mapping && (
        <>
          <p className="muted">{t('claim.previewRows', { count: preview.rowCount, encoding: preview.encoding })}</p>
          <div className="table-wrap">
            <table className="table small">
              <thead><tr>{preview.headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
              <tbody>{preview.sampleRows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
            </table>
          </div>
          <fieldset className="form-section">
            <legend>{t('claim.mapping')}</legend>
            <div className="form-grid">
              {columns.map((c) => (
                <label key={c.key} className="field">
                  <span className="field-label">{t(c.label)}</span>
                  <select className="input" name={`mapping.${c.key}`} value={mapping[c.key]} onChange={(e) => setMapping({ ...mapping, [c.key]: e.target.value })}>
                    <option value="">{t('claim.map.none')}</option>
                    {preview.headers.map((h) => <option key={h} value={h}>{h}</option>)}
                  </select>
                </label>
              ))}
              <label className="checkbox field-wide"><input type="checkbox" name="ledger.replace" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('claim.replace')}</label>
            </div>
          </fieldset>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void doImport()}>{busy && <span className="spinner" aria-hidden="true" />}{t('claim.doImport')}</button>
        </>
      )}
    </div>
  );
}

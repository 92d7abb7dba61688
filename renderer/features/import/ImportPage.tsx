import { useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseImportField, CaseImportMapping, CaseImportPreview, CaseImportReport, ImportProfile } from '../../../core/import/import-operations';
import type { ProgressEvent } from '../../../core/progress';
import type { Navigate } from '../../App';
import { call, subscribeProgress } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useText } from '../../i18n/use-text';
import { fileToBase64 } from '../evidence/file-base64';
import { FileDropZone } from '../../components/FileDropZone';
import { requiredImportFields } from './import-fields';
import { ImportOptions } from './ImportOptions';
import type { ImportChoices } from './ImportOptions';
import { ImportReportView } from './ImportReportView';
import { MappingTable } from './MappingTable';
import { ProfilePicker } from './ProfilePicker';
import './import.css';

type Encoding = 'auto' | 'utf-8' | 'gbk' | 'gb18030';
type SourceFile = { name: string; base64: string };
type Failure = { title: string; error: ErrorPayload };

const initialChoices: ImportChoices = { plaintiffId: null, agentId: null, onDuplicate: 'skip', validOnly: false };

/**
 * 批量导入: drop a bank's case spreadsheet, check the preview and the column mapping (or apply a saved profile),
 * choose plaintiff and what to do with duplicates and bad rows, dry-run, import; then hand the imported cases
 * to the batch page.
 */
export function ImportPage({ navigate }: { navigate: Navigate }) {
  const { t, pick, lang } = useText();
  const [file, setFile] = useState<SourceFile | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [preview, setPreview] = useState<CaseImportPreview | null>(null);
  const [mapping, setMapping] = useState<CaseImportMapping>({});
  const [confirmed, setConfirmed] = useState<ReadonlySet<CaseImportField>>(new Set());
  const [choices, setChoices] = useState<ImportChoices>(initialChoices);
  // The settings page's default plaintiff and agent, preselected here as on a new case.
  const [defaults, setDefaults] = useState<ImportChoices>(initialChoices);
  const [busy, setBusy] = useState<'reading' | 'dry' | 'real' | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [report, setReport] = useState<CaseImportReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    let live = true;
    void call('settings:get', {}).then((result) => {
      if (!live || !result.ok) return;
      const stored = { ...initialChoices, plaintiffId: result.value.defaultPlaintiffId, agentId: result.value.defaultAgentId };
      setDefaults(stored);
      setChoices((current) => ({ ...current, plaintiffId: current.plaintiffId ?? stored.plaintiffId, agentId: current.agentId ?? stored.agentId }));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (busy !== 'dry' && busy !== 'real') return;
    return subscribeProgress((event) => {
      if (event.operation.startsWith('import:')) setProgress(event);
    });
  }, [busy]);

  const required = new Set<CaseImportField>([...requiredImportFields, ...(preview?.unmatchedRequired ?? [])]);
  const needsPlaintiff = !mapping.plaintiffName;

  async function read(next: SourceFile, nextEncoding: Encoding) {
    setBusy('reading');
    setReport(null);
    const result = await call('import:preview', { source: { fileName: next.name, contentBase64: next.base64 }, encoding: nextEncoding });
    setBusy(null);
    if (!result.ok) return setFailure({ title: t('caseImport.previewFailed'), error: result.error });
    setFailure(null);
    setPreview(result.value);
    setMapping(result.value.suggested);
    setConfirmed(new Set());
  }

  async function choose(chosen: File) {
    const next = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(next);
    setPreview(null);
    await read(next, encoding);
  }

  function applyProfile(profile: ImportProfile | null) {
    if (!preview) return;
    setReport(null);
    setMapping(profile ? profile.mapping : preview.suggested);
    setConfirmed(profile ? new Set(preview.ambiguous.map((a) => a.field)) : new Set());
  }

  // A report is of the mapping and options it ran with: changing either takes it away rather than leave it misleading.
  function changeChoices(next: ImportChoices) {
    setChoices(next);
    setReport(null);
  }

  function mapField(field: CaseImportField, header: string) {
    setReport(null);
    setMapping((m) => ({ ...m, [field]: header }));
    setConfirmed((c) => new Set([...c, field]));
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'dry' : 'real');
    setProgress(null);
    setReport(null);
    const result = await call('import:cases', {
      source: { fileName: file.name, contentBase64: file.base64 },
      mapping, encoding, dryRun, ...choices,
    });
    setBusy(null);
    if (!result.ok) return setFailure({ title: t('caseImport.failed'), error: result.error });
    setFailure(null);
    setReport(result.value);
  }

  function startOver() {
    setFile(null);
    setPreview(null);
    setReport(null);
    setMapping({});
    setChoices(defaults);
  }

  const encodingLabel = preview?.encoding === 'xlsx' ? t('caseImport.encodingXlsx') : (preview?.encoding ?? '').toUpperCase();
  const unused = preview ? preview.headers.filter((h) => !Object.values(mapping).includes(h)) : [];
  const working = busy === 'dry' || busy === 'real';
  return (
    <section className="page import-page" aria-labelledby="import-title" aria-busy={busy !== null}>
      <div className="page-header"><h1 id="import-title">{t('caseImport.title')}</h1></div>
      <p className="section-note">{t('caseImport.intro')}</p>
      <div className="toolbar">
        <div className="import-drop-zone">
          <FileDropZone name="import.file" testId="import-drop-zone" busy={busy !== null} title={t('caseImport.drop')} hint={t('caseImport.dropHint')}
            chooseLabel={t('caseImport.choose')} accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onFiles={(files) => { if (files[0]) void choose(files[0]); }} />
        </div>
        <span className="filter">
          <label htmlFor="import-encoding">{t('caseImport.encoding')}</label>
          <select id="import-encoding" name="import.encoding" className="input" value={encoding}
            onChange={(e) => { const next = e.target.value as Encoding; setEncoding(next); if (file) void read(file, next); }}>
            <option value="auto">{t('caseImport.encodingAuto')}</option>
            <option value="utf-8">UTF-8</option>
            <option value="gbk">GBK</option>
            <option value="gb18030">GB18030</option>
          </select>
        </span>
      </div>
      <div aria-live="polite">
        {busy === 'reading' && file && <p className="progress"><span className="spinner" aria-hidden="true" />{t('caseImport.reading', { file: file.name })}</p>}
        {working && (
          <p className="progress import-progress">
            <span className="spinner" aria-hidden="true" />
            {progress ? pick(progress.message) : t(busy === 'dry' ? 'caseImport.checking' : 'caseImport.importing')}
            {progress && progress.total > 0 && <progress max={progress.total} value={progress.done} aria-label={t('caseImport.importing')} />}
          </p>
        )}
      </div>
      {failure && <ErrorPanel title={failure.title} error={failure.error} />}
      {preview && (
        <>
          <section className="panel" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title">{t('caseImport.preview')}</h2>
            <p className="muted" data-encoding={preview.encoding}>
              {t('caseImport.detected', { file: preview.fileName, encoding: encodingLabel, columns: preview.headers.length, rows: preview.sampleRows.length })}
            </p>
            <div className="table-wrap import-sample">
              <table className="table small">
                <thead><tr>{preview.headers.map((h, i) => <th key={`${h}-${i}`} scope="col">{h}</th>)}</tr></thead>
                <tbody>{preview.sampleRows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="import-mapping-title">
            <h2 id="import-mapping-title">{t('caseImport.mapping')}</h2>
            <p className="section-note">{t('caseImport.mappingIntro')}</p>
            <ProfilePicker mapping={mapping} onApply={applyProfile} />
            <MappingTable preview={preview} mapping={mapping} required={required} confirmed={confirmed} onChange={mapField} />
            {unused.length > 0 && <p className="muted">{t('caseImport.unusedHeaders', { headers: unused.join(lang === 'en' ? ', ' : '、') })}</p>}
          </section>
          <ImportOptions choices={choices} onChange={changeChoices} needsPlaintiff={needsPlaintiff} />
          <div className="form-actions">
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run(true)}>
              {busy === 'dry' && <span className="spinner" aria-hidden="true" />}{t('caseImport.dryRun')}
            </button>
            <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void run(false)}>
              {busy === 'real' && <span className="spinner" aria-hidden="true" />}{t('caseImport.run')}
            </button>
          </div>
        </>
      )}
      {report && <ImportReportView report={report} />}
      {report && report.written && report.importId !== null && (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => navigate({ name: 'batch-run', importId: report.importId! })}>
            {t('caseImport.toBatch')}
          </button>
          <button type="button" className="button" onClick={startOver}>{t('caseImport.another')}</button>
        </div>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { EvidenceKind } from '../../../core/evidence/evidence-kinds';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { EvidenceItemCard } from './EvidenceItemCard';
import { EvidencePreview } from './EvidencePreview';
import { FolderImport } from './FolderImport';
import { evidenceKindList, kindKey, standardKinds } from './evidence-kind-keys';
import { fileToBase64 } from './file-base64';
import { FileDropZone } from '../../components/FileDropZone';
import { useToast } from '../../components/Toast';

const accept = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/** The case's 证据 tab: drop zone, file picker and folder import; the standard set's coverage; the items with thumbnails and preview. */
export function EvidenceTab({ caseId }: { caseId: number }) {
  const { t, pick } = useText();
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [kind, setKind] = useState<EvidenceKind | ''>('');
  const [busy, setBusy] = useState(0);
  const [notice, setNotice] = useState('');
  const toast = useToast();
  const [failures, setFailures] = useState<{ file: string; message: string }[]>([]);
  const [textChanges, setTextChanges] = useState<string[]>([]);
  const [preview, setPreview] = useState<EvidenceItem | null>(null);
  const [folder, setFolder] = useState<File[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void call('evidence:list', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) setItems(result.value);
      else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, [caseId, reloads]);

  useEffect(() => {
    // webkitdirectory is not in React's input props: set it on the element.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  /** Adds files one by one so that one bad file does not hold back the others; each failure is named. */
  async function addFiles(files: File[]) {
    if (files.length === 0) return;
    setBusy(files.length);
    setNotice('');
    setFailures([]);
    setTextChanges([]);
    const failed: { file: string; message: string }[] = [];
    const changed: string[] = [];
    let added = 0;
    for (const file of files) {
      const result = await call('evidence:add', { caseId, fileName: file.name, contentBase64: await fileToBase64(file), meta: kind ? { kind } : {} });
      if (result.ok) {
        added++;
        for (const change of result.value.textChanges ?? []) changed.push(pick(change.message));
      } else failed.push({ file: file.name, message: pick(result.error.message) });
    }
    setBusy(0);
    setFailures(failed);
    setTextChanges(changed);
    if (added > 0) toast.show({ text: t('evidence.added', { count: added }), kind: 'success' });
    setReloads((n) => n + 1);
  }

  const counts = new Map<EvidenceKind, number>();
  for (const item of items ?? []) if (!item.excluded) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);

  if (loadError) return <p className="alert" role="alert">{pick(loadError.message)}</p>;
  return (
    <div className="evidence-tab">
      <section className="panel" aria-labelledby="evidence-title" aria-busy={busy > 0}>
        <div className="panel-header">
          <h2 id="evidence-title">{t('evidence.title')}</h2>
        </div>
        <FileDropZone name="evidence.files" testId="evidence-drop-zone" multiple accept={accept} busy={busy > 0} title={t('evidence.drop')}
          chooseLabel={t('evidence.choose')} onFiles={(files) => void addFiles(files)}>
          <label className="field inline-field">
            <span className="field-label">{t('evidence.kindForNew')}</span>
            <select className="input" name="evidence.newKind" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind | '')}>
              <option value="">{t('evidence.kindAuto')}</option>
              {evidenceKindList.map((k) => <option key={k} value={k}>{t(kindKey(k))}</option>)}
            </select>
          </label>
          <label className="button">
            {t('evidence.folder')}
            <input ref={folderInput} className="visually-hidden" type="file" multiple name="evidence.folder"
              onChange={(e) => { setFolder([...(e.target.files ?? [])]); e.target.value = ''; }} />
          </label>
        </FileDropZone>
        <div aria-live="polite">
          {busy > 0 && <p className="progress"><span className="spinner" aria-hidden="true" />{t('evidence.adding', { count: busy })}</p>}
          {notice && <p className="notice">{notice}</p>}
        </div>
        {textChanges.length > 0 && (
          <div className="notice" data-testid="evidence-text-changes">
            <p>{t('evidence.textChanged')}</p>
            <ul>{textChanges.map((line) => <li key={line}>{line}</li>)}</ul>
          </div>
        )}
        {failures.length > 0 && (
          <div className="alert" role="alert">
            <p>{t('evidence.failedFiles')}</p>
            <ul>{failures.map((f) => <li key={f.file} data-failed-file={f.file}>{f.message}</li>)}</ul>
          </div>
        )}
        {folder && (
          <FolderImport files={folder} onCancel={() => setFolder(null)} onDone={(message, changed) => { setFolder(null); setNotice(''); setTextChanges(changed); toast.show({ text: message, kind: 'success' }); setReloads((n) => n + 1); }} />
        )}
      </section>

      <section className="panel" aria-labelledby="evidence-coverage-title">
        <h3 id="evidence-coverage-title">{t('evidence.coverage')}</h3>
        <ul className="coverage-list">
          {standardKinds.map((k) => {
            const count = counts.get(k) ?? 0;
            return (
              <li key={k} id={`evidence-kind-${k}`} tabIndex={-1} className={count > 0 ? 'coverage-ok' : 'coverage-missing'} data-kind={k}>
                <span aria-hidden="true">{count > 0 ? '✓' : '✗'}</span> {t(kindKey(k))}：{count > 0 ? t('evidence.present', { count }) : t('evidence.missing')}
              </li>
            );
          })}
        </ul>
      </section>

      {items === null && <p className="muted">{t('common.loading')}</p>}
      {items && items.length === 0 && <p className="empty">{t('evidence.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="evidence-list">
          {items.map((item) => <EvidenceItemCard key={`${item.id}-${item.title}-${item.kind}-${item.excluded}`} item={item} onChanged={() => setReloads((n) => n + 1)} onPreview={setPreview} />)}
        </ul>
      )}
      {preview && <EvidencePreview item={preview} onClose={() => setPreview(null)} />}
    </div>
  );
}

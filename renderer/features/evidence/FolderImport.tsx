import { useEffect, useState } from 'react';
import type { FileMatch } from '../../../core/evidence/file-name-match';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { fileToBase64, relativeName } from './file-base64';
import { kindKey } from './evidence-kind-keys';

type Props = { files: File[]; onDone: (message: string, textChanges: string[]) => void; onCancel: () => void };

/** Folder import: shows which case each file's name matches (card or ID number) and imports the matched ones, all or nothing. */
export function FolderImport({ files, onDone, onCancel }: Props) {
  const { t, pick } = useText();
  const [matches, setMatches] = useState<FileMatch[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [names, setNames] = useState<Record<number, string>>({});

  useEffect(() => {
    let live = true;
    void Promise.all([call('evidence:match-files', { fileNames: files.map(relativeName) }), call('case:list', { query: '' })]).then(([matched, cases]) => {
      if (!live) return;
      if (!matched.ok) return setError(matched.error);
      setMatches(matched.value);
      if (cases.ok) setNames(Object.fromEntries(cases.value.map((c) => [c.id, `${c.defendantName}（${c.cardNumberMasked}）`])));
    });
    return () => {
      live = false;
    };
  }, [files]);

  const matched = (matches ?? []).map((m, i) => ({ m, file: files[i]! })).filter(({ m }) => m.caseId !== null);

  async function importMatched() {
    setBusy(true);
    const payload = await Promise.all(matched.map(async ({ m, file }) => ({ caseId: m.caseId!, fileName: file.name, contentBase64: await fileToBase64(file), ...(m.kind ? { kind: m.kind } : {}) })));
    const result = await call('evidence:add-many', { files: payload });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(t('evidence.added', { count: result.value.length }), result.value.flatMap((item) => (item.textChanges ?? []).map((change) => pick(change.message))));
  }

  return (
    <section className="panel folder-import" aria-labelledby="folder-import-title" aria-busy={busy || matches === null}>
      <h3 id="folder-import-title">{t('evidence.folderTitle')}</h3>
      <p className="muted">{t('evidence.folderHint')}</p>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {matches === null && !error && <p className="progress">{t('common.loading')}</p>}
      {matches && (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th scope="col">{t('evidence.col.file')}</th><th scope="col">{t('evidence.col.case')}</th><th scope="col">{t('evidence.col.by')}</th><th scope="col">{t('evidence.kind')}</th></tr></thead>
            <tbody>
              {matches.map((m) => (
                <tr key={m.fileName} className={m.caseId === null ? 'row-muted' : undefined}>
                  <td>{m.fileName}</td>
                  <td>{m.caseId !== null ? (names[m.caseId] ?? `#${m.caseId}`) : m.ambiguous.length > 0 ? t('evidence.ambiguous') : t('evidence.unmatched')}</td>
                  <td>{m.matchedBy === 'card-number' ? t('evidence.byCard') : m.matchedBy === 'resident-id' ? t('evidence.byId') : '—'}</td>
                  <td>{m.kind ? t(kindKey(m.kind)) : t('kind.other')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy || matched.length === 0} onClick={() => void importMatched()}>
          {busy && <span className="spinner" aria-hidden="true" />}{t('evidence.importMatched', { count: matched.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('evidence.cancel')}</button>
      </div>
    </section>
  );
}

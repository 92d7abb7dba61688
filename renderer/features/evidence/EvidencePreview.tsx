import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import { useText } from '../../i18n/use-text';
import { PageCanvas } from './PageCanvas';

/** A page-by-page preview of one evidence item in a modal <dialog>; Escape or the button closes it, arrow keys turn pages. */
export function EvidencePreview({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const { t } = useText();
  const [page, setPage] = useState(1);
  const [total, setTotal] = useState(item.pageCount ?? 1);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onPages = useCallback((count: number) => setTotal(count), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') setPage((p) => Math.min(p + 1, total));
      if (event.key === 'ArrowLeft') setPage((p) => Math.max(p - 1, 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, total]);

  const previewable = item.fileType === 'pdf' || item.fileType === 'png' || item.fileType === 'jpeg';
  return (
    <dialog ref={dialogRef} className="evidence-preview" aria-labelledby="evidence-preview-title" onClose={onClose}>
        <div className="panel-header">
          <h2 id="evidence-preview-title">{item.title}</h2>
          <button type="button" className="button" onClick={onClose}>{t('evidence.closePreview')}</button>
        </div>
        {previewable ? (
          <>
            <div className="preview-page">
              <PageCanvas itemId={item.id} fileType={item.fileType} page={page} width={640} label={t('evidence.pageOf', { page, total })} onPages={onPages} />
            </div>
            {item.fileType === 'pdf' && (
              <div className="preview-nav">
                <button type="button" className="button button-small" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('evidence.prevPage')}</button>
                <span role="status">{t('evidence.pageOf', { page, total })}</span>
                <button type="button" className="button button-small" disabled={page >= total} onClick={() => setPage(page + 1)}>{t('evidence.nextPage')}</button>
              </div>
            )}
          </>
        ) : (
          <p className="muted">{t('evidence.noPreview', { type: item.fileType.toUpperCase() })}</p>
        )}
        <p className="mono small" title={item.sha256}>SHA-256 {item.sha256}</p>
    </dialog>
  );
}

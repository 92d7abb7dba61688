import { useEffect, useRef, useState } from 'react';
import type { GeneratedDocument } from '../../../../core/contract';
import { call } from '../../../api';
import { openPdfBase64 } from '../../../components/pdf-pages';
import { useText } from '../../../i18n/use-text';
import { PdfPreview } from '../../templates/PdfPreview';

type DocumentPreviewDialogProps = { document: GeneratedDocument; onClose: () => void };

/** A generated PDF drawn by pdf.js in a modal over the page, read through document:content (data folder only). */
export function DocumentPreviewDialog({ document, onClose }: DocumentPreviewDialogProps) {
  const { t, pick } = useText();
  const ref = useRef<HTMLDialogElement>(null);
  const [pdf, setPdf] = useState<{ base64: string; pages: number } | null>(null);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    let live = true;
    void call('document:content', { documentId: document.id }).then(async (result) => {
      if (!live) return;
      if (!result.ok) return setFailed(pick(result.error.message));
      try {
        const opened = await openPdfBase64(result.value.base64);
        const pages = opened.numPages;
        // pdf.js shares one worker: the preview may open the file again only once this copy is fully closed.
        await opened.destroy();
        if (live) setPdf({ base64: result.value.base64, pages });
      } catch (error) {
        if (live) setFailed(error instanceof Error ? error.message : String(error));
      }
    });
    return () => {
      live = false;
    };
  }, [document.id]);

  const title = t('docs.previewTitle', { name: document.fileName });
  return (
    <dialog ref={ref} className="document-preview" aria-label={title} onClose={onClose}
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="document-preview-bar">
        <h2 className="dialog-title">{title}</h2>
        <button type="button" className="button" onClick={onClose} autoFocus>{t('docs.previewClose')}</button>
      </div>
      {failed && <p className="alert" role="alert">{failed}</p>}
      {!pdf && !failed && <p className="muted">{t('common.loading')}</p>}
      {pdf && <PdfPreview pdfBase64={pdf.base64} pageCount={pdf.pages} label={document.fileName} />}
    </dialog>
  );
}

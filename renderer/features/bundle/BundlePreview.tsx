import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { BundleVolume } from '../../../core/bundle/bundle-model';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { drawPage, openPdf } from '../../components/pdf-pages';

type Props = { caseId: number; volumes: BundleVolume[]; buildKey: number; jumpTo: number | null };

/**
 * The latest preview of the bundle, page by page (pdf.js, as the evidence previews). The page number
 * shown is the bundle's own continuous number, so it matches the stamp and the index.
 */
export function BundlePreview({ caseId, volumes, buildKey, jumpTo }: Props) {
  const { t, pick } = useText();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [volume, setVolume] = useState(1);
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState('');
  const [drawn, setDrawn] = useState(0);
  const span = volumes[volume - 1];

  useEffect(() => {
    if (jumpTo === null) return;
    const target = volumes.find((v) => jumpTo >= v.firstPage && jumpTo <= v.lastPage);
    if (!target) return;
    setVolume(target.volume);
    setPage(jumpTo - target.firstPage + 1);
  }, [jumpTo, volumes]);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setDocument(null);
    setFailed('');
    void (async () => {
      const result = await call('bundle:preview', { caseId, volume });
      if (!live) return;
      if (!result.ok) { setFailed(pick(result.error.message)); return; }
      const bytes = Uint8Array.from(atob(result.value.contentBase64), (c) => c.charCodeAt(0));
      opened = await openPdf(bytes);
      if (live) setDocument(opened);
    })().catch((error: unknown) => { if (live) setFailed(error instanceof Error ? error.message : String(error)); });
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [caseId, volume, buildKey, pick]);

  useEffect(() => {
    if (!document || !canvas.current) return;
    const target = Math.min(Math.max(1, page), document.numPages);
    void drawPage(document, target, canvas.current, 560).then(() => setDrawn(target), (error: unknown) => setFailed(String(error)));
  }, [document, page]);

  if (failed) return <p className="alert" role="alert">{failed}</p>;
  const count = document?.numPages ?? span?.pageCount ?? 0;
  const first = span?.firstPage ?? 1;
  return (
    <section className="panel bundle-preview" aria-labelledby="bundle-preview-title">
      <div className="panel-header">
        <h3 id="bundle-preview-title">{t('bundle.previewTitle')}</h3>
        {volumes.length > 1 && (
          <select name="previewVolume" value={volume} onChange={(e) => { setVolume(Number(e.target.value)); setPage(1); }} aria-label={t('bundle.col.volume')}>
            {volumes.map((v) => <option key={v.volume} value={v.volume}>{t('bundle.volume', { volume: v.volume })}</option>)}
          </select>
        )}
      </div>
      <div className="bundle-pager">
        <button type="button" className="button button-small" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('bundle.prevPage')}</button>
        <span className="bundle-page-number" data-page={first + page - 1}>{t('bundle.page', { page: first + page - 1, count: first + count - 1 })}</span>
        <button type="button" className="button button-small" disabled={page >= count} onClick={() => setPage(page + 1)}>{t('bundle.nextPage')}</button>
      </div>
      {!document && <p className="muted">{t('common.loading')}</p>}
      <canvas ref={canvas} className="bundle-page-canvas" role="img" aria-label={t('bundle.page', { page: first + page - 1, count: first + count - 1 })} data-drawn={drawn === page ? 'true' : 'false'} />
    </section>
  );
}

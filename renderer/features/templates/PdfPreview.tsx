import { useEffect, useRef, useState } from 'react';
import { useText } from '../../i18n/use-text';
import { drawPage as drawPdfPage, openPdfBase64 } from '../../components/pdf-pages';

type Props = { pdfBase64: string; pageCount: number; label: string };

/** Every page of a generated PDF drawn one under the other, as the court will read it. */
export function PdfPreview({ pdfBase64, pageCount, label }: Props) {
  const { t } = useText();
  const holder = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(0);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    let live = true;
    setDrawn(0);
    setFailed('');
    void (async () => {
      try {
        const document = await openPdfBase64(pdfBase64);
        const canvases = holder.current ? [...holder.current.querySelectorAll('canvas')] : [];
        for (const [i, canvas] of canvases.entries()) {
          if (!live) break;
          await drawPdfPage(document, i + 1, canvas, 620);
          if (live) setDrawn(i + 1);
        }
        void document.destroy();
      } catch (error) {
        if (live) setFailed(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [pdfBase64, pageCount]);

  return (
    <div className="pdf-preview" ref={holder} aria-busy={drawn < pageCount} data-pages-drawn={drawn}>
      {failed && <p className="alert" role="alert">{failed}</p>}
      {Array.from({ length: pageCount }, (_, i) => (
        <canvas key={i} className="pdf-preview-page" role="img" aria-label={t('tpl.pageOf', { label, page: i + 1, total: pageCount })} />
      ))}
    </div>
  );
}

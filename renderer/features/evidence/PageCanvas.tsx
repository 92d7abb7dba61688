import { useEffect, useRef, useState } from 'react';
import type { EvidenceFileType } from '../../../core/evidence/evidence-model';
import { useText } from '../../i18n/use-text';
import { evidenceBytes } from './evidence-content';
import { drawPage, openPdf } from '../../components/pdf-pages';

type PageCanvasProps = { itemId: number; fileType: EvidenceFileType; page: number; width: number; label: string; onPages?: (count: number) => void };

/** One page of a stored evidence file: a PDF page drawn by pdf.js, or the image itself. */
export function PageCanvas({ itemId, fileType, page, width, label, onPages }: PageCanvasProps) {
  const { t } = useText();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [imageUrl, setImageUrl] = useState('');
  const [failed, setFailed] = useState('');
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let live = true;
    let url = '';
    setDrawn(false);
    void (async () => {
      try {
        const { content, bytes } = await evidenceBytes(itemId);
        if (!live) return;
        if (fileType === 'png' || fileType === 'jpeg') {
          url = URL.createObjectURL(new Blob([bytes.slice()], { type: content.mimeType }));
          setImageUrl(url);
          onPages?.(1);
        } else if (fileType === 'pdf' && canvas.current) {
          const document = await openPdf(bytes.slice());
          if (!live) return;
          onPages?.(document.numPages);
          await drawPage(document, Math.min(page, document.numPages), canvas.current, width);
          void document.destroy();
        }
        if (live) setDrawn(true);
      } catch (error) {
        if (live) setFailed(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [itemId, fileType, page, width, onPages]);

  if (fileType === 'docx' || fileType === 'xlsx') return <div className="page-placeholder">{fileType.toUpperCase()}</div>;
  if (failed) return <div className="page-placeholder" role="img" aria-label={label} title={failed}>!</div>;
  if (fileType === 'png' || fileType === 'jpeg') {
    return imageUrl ? <img className="page-image" src={imageUrl} alt={label} /> : <div className="page-placeholder">{t('common.loading')}</div>;
  }
  return <canvas ref={canvas} className="page-canvas" role="img" aria-label={label} data-drawn={drawn ? 'true' : 'false'} />;
}

/**
 * Page thumbnails and previews with pdf.js, in the renderer, for every feature that shows a PDF. The worker is bundled by Vite as a file of
 * our own (loaded from 'self', as the CSP requires); eval is off and nothing is fetched from elsewhere.
 * pdf.js is loaded on first use so the rest of the app does not wait for it.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

let ready: Promise<typeof import('pdfjs-dist')> | null = null;

function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  ready ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerPort = new worker.default();
    return lib;
  });
  return ready;
}

/** Opens a PDF given as base64 (as documents arrive over the contract). */
export function openPdfBase64(base64: string): Promise<PDFDocumentProxy> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return openPdf(bytes);
}

/** Opens a PDF from its bytes. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0, disableAutoFetch: true }).promise;
}

/** Draws page `pageNumber` (1-based) into `canvas`, scaled to `width` CSS pixels. */
export async function drawPage(document: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const page = await document.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}

/**
 * Drawing a PDF preview in the page with pdf.js: the worker is bundled by Vite as a file of our own
 * (loaded from 'self', as the CSP requires), eval is off and nothing is fetched. The CSP forbids frames
 * and plugins, so the preview is pages drawn on canvases. pdf.js loads on first use.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

let ready: Promise<typeof import('pdfjs-dist')> | null = null;

function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  ready ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerPort ??= new worker.default();
    return lib;
  });
  return ready;
}

/** Opens a PDF given as base64. */
export async function openPdfBase64(base64: string): Promise<PDFDocumentProxy> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const lib = await pdfjs();
  return lib.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0, disableAutoFetch: true }).promise;
}

/** Draws page `pageNumber` (1-based) into `canvas`, `width` CSS pixels wide. */
export async function drawPdfPage(document: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const page = await document.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}

import { loadDocumentFonts } from '../../electron/services/document-fonts';
import type { PdfFonts } from '../../core/documents/render-pdf';

/** The real document fonts (Noto Serif SC Regular) as the app loads them. */
export function testFonts(): Promise<PdfFonts> {
  return loadDocumentFonts();
}

/**
 * The baseline the PDF renderer is measured against in the same process: the straightforward way with
 * pdf-lib — harfbuzz subset per document, embedded through pdf-lib's font embedder, every run drawn with
 * page.drawText (fontkit shapes it) — i.e. the foundation's renderer before profiling. Same layout, same
 * output; only the drawing and embedding differ. Bench code only.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, TextRenderingMode, type PDFFont } from '@cantoo/pdf-lib';
import type { DocumentModel } from '../../core/documents/document-model';
import { embedSubset } from '../../core/documents/pdf-fonts';
import { charactersUsed, footerText, layoutDocument, PAGE, TYPE } from '../../core/documents/pdf-layout';
import type { PdfFonts } from '../../core/documents/render-pdf';

const BLACK = rgb(0, 0, 0);

/** Renders like the foundation's render-pdf.ts did. */
export async function baselinePdf(doc: DocumentModel, fonts: PdfFonts): Promise<Uint8Array> {
  const used = charactersUsed(doc);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const font: PDFFont = await embedSubset(pdf, fonts.regular, new Set([...used.regular, ...used.bold]));
  const cache = new Map<string, number>();
  const metrics = (ch: string) => {
    let width = cache.get(ch);
    if (width === undefined) {
      width = font.widthOfTextAtSize(ch, 1000) / 1000;
      cache.set(ch, width);
    }
    return width;
  };
  const pages = layoutDocument(doc, metrics);
  pages.forEach((laidOut, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (const item of laidOut.items) {
      if (item.kind === 'text') {
        const bold = item.font === 'bold' ? { renderMode: TextRenderingMode.FillAndOutline, strokeColor: BLACK, strokeWidth: item.size * 0.03 } : {};
        page.drawText(item.text, { x: item.x, y: item.y, size: item.size, font, color: BLACK, ...bold });
      } else if (item.kind === 'rule') {
        page.drawLine({ start: { x: item.x1, y: item.y1 }, end: { x: item.x2, y: item.y2 }, thickness: item.thickness, color: BLACK });
      } else {
        page.drawRectangle({ x: item.x, y: item.y, width: item.width, height: item.height, color: rgb(item.grey, item.grey, item.grey) });
      }
    }
    const footer = footerText(index + 1, pages.length);
    page.drawText(footer, { x: PAGE.left + (PAGE.width - PAGE.left - PAGE.right - font.widthOfTextAtSize(footer, TYPE.footer.size)) / 2, y: TYPE.footer.baseline, size: TYPE.footer.size, font, color: BLACK });
  });
  return pdf.save();
}

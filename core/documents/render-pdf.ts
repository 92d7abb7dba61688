/**
 * Renders a DocumentModel to PDF bytes: glyph check, harfbuzz subsetting, pure layout (pdf-layout.ts),
 * then drawing with pdf-lib and the "第 x 页 共 y 页" footers once the page total is known.
 *
 * Font: one harfbuzz subset of Noto Serif SC Regular (a 宋体-style serif) for everything. Title, headings
 * and table headers are emboldened by stroking the glyph outlines (text render mode 2), the way Word
 * bolds 宋体, which has no bold face either: one embedded font keeps the file small and the check simple.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, TextRenderingMode, type PDFFont } from '@cantoo/pdf-lib';
import type { DocumentModel } from './document-model';
import { assertGlyphs, embedSubset } from './pdf-fonts';
import { charactersUsed, footerText, layoutDocument, PAGE, TYPE } from './pdf-layout';
import type { FontKey, Metrics } from './pdf-line';

/** Full TrueType bytes of the document font (the Regular face; bold is drawn by stroking it). */
export type PdfFonts = { regular: Uint8Array };

/** Stroke width of emboldened text as a share of its size: about Word's synthetic bold. */
const EMBOLDEN_STROKE = 0.03;

/** Rendering options; `createdAt` is stamped as creation and modification date (core has no clock). */
export type RenderPdfOptions = { createdAt?: Date };

const BLACK = rgb(0, 0, 0);

/** Renders `doc` as an A4 PDF; throws DossierError('missing-glyph') if the font lacks a character. Deterministic for equal input. */
export async function renderPdf(doc: DocumentModel, fonts: PdfFonts, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const used = charactersUsed(doc);
  const allCharacters = new Set([...used.regular, ...used.bold]);
  assertGlyphs(fonts.regular, allCharacters);

  // updateMetadata: false keeps pdf-lib from stamping the wall-clock time and its own producer.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regular = await embedSubset(pdf, fonts.regular, allCharacters);
  const embedded: Record<FontKey, PDFFont> = { regular, bold: regular };

  const pages = layoutDocument(doc, metricsOf(embedded));
  pages.forEach((laidOut, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (const item of laidOut.items) {
      if (item.kind === 'text') {
        const emboldened = item.font === 'bold'
          ? { renderMode: TextRenderingMode.FillAndOutline, strokeColor: BLACK, strokeWidth: item.size * EMBOLDEN_STROKE }
          : {};
        page.drawText(item.text, { x: item.x, y: item.y, size: item.size, font: embedded[item.font], color: BLACK, ...emboldened });
      } else {
        page.drawLine({ start: { x: item.x1, y: item.y1 }, end: { x: item.x2, y: item.y2 }, thickness: item.thickness, color: BLACK });
      }
    }
    const footer = footerText(index + 1, pages.length);
    const width = embedded.regular.widthOfTextAtSize(footer, TYPE.footer.size);
    const x = PAGE.left + (PAGE.width - PAGE.left - PAGE.right - width) / 2;
    page.drawText(footer, { x, y: TYPE.footer.baseline, size: TYPE.footer.size, font: embedded.regular, color: BLACK });
  });

  setMetadata(pdf, doc, options);
  return pdf.save();
}

/** Per-character advance widths (at size 1) from the embedded fonts, cached: layout asks for each character often. */
function metricsOf(fonts: Record<FontKey, PDFFont>): Metrics {
  const cache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };
  return (ch, font) => {
    let width = cache[font].get(ch);
    if (width === undefined) {
      width = fonts[font].widthOfTextAtSize(ch, 1000) / 1000;
      cache[font].set(ch, width);
    }
    return width;
  };
}

/** Title, author, provenance (template id, version, data hash) and fixed dates in the Info dictionary. */
function setMetadata(pdf: PDFDocument, doc: DocumentModel, options: RenderPdfOptions): void {
  const { templateId, templateVersion, dataHash, author } = doc.meta;
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  if (author) pdf.setAuthor(author);
  pdf.setSubject(`templateId=${templateId}; templateVersion=${templateVersion}; dataHash=${dataHash}`);
  pdf.setKeywords([`templateId=${templateId}`, `templateVersion=${templateVersion}`, `dataHash=${dataHash}`]);
  pdf.setCreator('Dossier');
  pdf.setProducer('Dossier');
  pdf.setLanguage('zh-CN');
  if (options.createdAt) {
    pdf.setCreationDate(options.createdAt);
    pdf.setModificationDate(options.createdAt);
  }
}

/**
 * Renders a DocumentModel to PDF bytes: glyph check, harfbuzz subsetting, pure layout (pdf-layout.ts),
 * then one content stream per page written directly ("第 x 页 共 y 页" footers once the page total is
 * known), with pdf-lib only for the document structure and metadata.
 *
 * Font: one harfbuzz subset of Noto Serif SC Regular (a 宋体-style serif) for everything, embedded by
 * pdf-font-program.ts. Title, headings and table headers are emboldened by stroking the glyph outlines
 * (text render mode 2), the way Word bolds 宋体, which has no bold face either: one embedded font keeps
 * the file small and the check simple. Text is encoded glyph by glyph from the subset's own cmap: layout
 * measures per character, so nothing is shaped (profiled: shaping every run was the largest cost).
 */
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import type { DocumentModel } from './document-model';
import { documentProperties } from './document-properties';
import { embedFontProgram, encodeGlyphs, fontProgram, type FontProgram } from './pdf-font-program';
import type { FontSubsetter } from './harfbuzz-subsetter';
import { assertGlyphs, prepareSubset, type FontSubset } from './pdf-fonts';
import { charactersUsed, footerText, layoutDocument, PAGE, TYPE, type DrawItem } from './pdf-layout';
import type { Metrics } from './pdf-line';

/**
 * Full TrueType bytes of the document font (the Regular face; bold is drawn by stroking it) and, optionally,
 * a persistent subsetter made for those bytes (document-fonts.ts supplies one; without it, subset-font).
 */
export type PdfFonts = { regular: Uint8Array; subsetter?: FontSubsetter };

/** Stroke width of emboldened text as a share of its size: about Word's synthetic bold. */
const EMBOLDEN_STROKE = 0.03;

/**
 * Rendering options; `createdAt` is stamped as creation and modification date (core has no clock).
 * `subset` is a font subset prepared for a whole batch; it is used when it holds every character of the
 * document (else the document gets its own subset).
 */
export type RenderPdfOptions = { createdAt?: Date; subset?: FontSubset };

const FONT = 'F1';

/** Renders `doc` as an A4 PDF; throws DossierError('missing-glyph') if the font lacks a character. Deterministic for equal input. */
export async function renderPdf(doc: DocumentModel, fonts: PdfFonts, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const used = charactersUsed(doc);
  const allCharacters = new Set([...used.regular, ...used.bold]);
  assertGlyphs(fonts.regular, allCharacters);
  const batch = options.subset;
  const subset = batch && [...allCharacters].every((ch) => batch.chars.has(ch)) ? batch : await prepareSubset(fonts.regular, allCharacters, fonts.subsetter);
  const program = await fontProgram(subset);

  // updateMetadata: false keeps pdf-lib from stamping the wall-clock time and its own producer.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fontRef = embedFontProgram(pdf, program);
  const metrics: Metrics = (ch) => (program.glyphs.get(ch)?.width ?? 0) / 1000;
  const pages = layoutDocument(doc, metrics);
  pages.forEach((laidOut, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const footer = footerText(index + 1, pages.length);
    let footerWidth = 0;
    for (const ch of footer) footerWidth += metrics(ch, 'regular') * TYPE.footer.size;
    const x = PAGE.left + (PAGE.width - PAGE.left - PAGE.right - footerWidth) / 2;
    const items: DrawItem[] = [...laidOut.items, { kind: 'text', x, y: TYPE.footer.baseline, text: footer, font: 'regular', size: TYPE.footer.size }];
    page.node.setFontDictionary(PDFName.of(FONT), fontRef);
    page.node.addContentStream(pdf.context.register(pdf.context.flateStream(pageContent(items, program))));
  });

  setMetadata(pdf, doc, options);
  return pdf.save();
}

/** A number for a content stream: at most three decimals, no trailing zeros. */
function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The content stream of one page: fills first, then rules and text in layout order. */
function pageContent(items: readonly DrawItem[], program: FontProgram): string {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === 'fill') out.push(`q ${num(item.grey)} g ${num(item.x)} ${num(item.y)} ${num(item.width)} ${num(item.height)} re f Q`);
  }
  for (const item of items) {
    if (item.kind === 'rule') {
      out.push(`q 0 G ${num(item.thickness)} w ${num(item.x1)} ${num(item.y1)} m ${num(item.x2)} ${num(item.y2)} l S Q`);
    } else if (item.kind === 'text') {
      const glyphs = encodeGlyphs(program, item.text);
      if (glyphs === '') continue;
      // Bold: fill and stroke the outlines (render mode 2); q … Q keeps the mode from leaking into later text.
      const bold = item.font === 'bold' ? ` 2 Tr 0 G ${num(item.size * EMBOLDEN_STROKE)} w` : '';
      out.push(`q BT 0 g /${FONT} ${num(item.size)} Tf${bold} 1 0 0 1 ${num(item.x)} ${num(item.y)} Tm <${glyphs}> Tj ET Q`);
    }
  }
  return out.join('\n');
}

/** Title, author, subject and keywords in the user's language, and fixed dates, in the Info dictionary. */
function setMetadata(pdf: PDFDocument, doc: DocumentModel, options: RenderPdfOptions): void {
  const { title, subject, keywords, author } = documentProperties(doc);
  pdf.setTitle(title, { showInWindowTitleBar: true });
  if (author) pdf.setAuthor(author);
  pdf.setSubject(subject);
  pdf.setKeywords(keywords);
  pdf.setCreator('Dossier');
  pdf.setProducer('Dossier');
  pdf.setLanguage('zh-CN');
  if (options.createdAt) {
    pdf.setCreationDate(options.createdAt);
    pdf.setModificationDate(options.createdAt);
  }
}

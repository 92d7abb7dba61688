/**
 * Renders a DocumentModel to a Word .docx with the same page and type as render-pdf (see pdf-composer.ts):
 * A4, margins 2.54 cm top/bottom, 2.8 cm left, 2.6 cm right; body 小四 (12 pt) on an exact 24 pt line,
 * justified with a two-character first-line indent; title 二号 (22 pt) bold centred; tables 五号 (10.5 pt)
 * whose header row repeats on every page and whose rows never split; a footer of PAGE and NUMPAGES fields.
 *
 * Fonts are named, not embedded: Times New Roman for Latin and 宋体 in the eastAsia slot, so Word on
 * Chinese Windows sets the text in SimSun (the title in bold 宋体, as in the PDF's bold serif).
 *
 * Written with the `docx` package (DESIGN.md). Profiling (bench/documents) puts about half of a complaint's
 * time in docx's fixed cost per file — theme, numbering, settings, footnote parts and its default styles
 * built, formatted and deflated every time (Packer offers no choice of compression level). What we control
 * is built once: styles and footer in docx-shared.ts, option objects here; runs state no size the styles
 * already give. See bench/documents for the figures.
 */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, LineRuleType, Packer, PageOrientation, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ISectionPropertiesOptions, type ITableBordersOptions,
} from 'docx';
import type { DocumentModel, ParagraphBlock, TableBlock } from './document-model';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './docx-core-properties';
import { documentProperties } from './document-properties';
import { DossierError } from '../errors';
import { revealInvisible } from '../text/invisible-characters';
import { FONT, LINE, sharedFooter, sharedStyles, SIZE, TABLE_TEXT_STYLE } from './docx-shared';
import { columnCount, columnFractions, isNumericCell, isSpanningRow } from './table-columns';
import { setZipEntryDates } from './zip-entry-dates';

// Twips (1/20 pt) throughout, as Word stores them.
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1587, right: 1474, header: 851, footer: 737 } as const;
const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const CELL_MARGIN = { top: 60, bottom: 60, left: 80, right: 80 } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, space: 0, color: '000000' } as const;
const BORDERS: ITableBordersOptions = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
// The light ground of a section row, the same grey (0.9) as the PDF.
const SECTION_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E6E6E6' } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType] | undefined;
// Left is Word's default: leaving it unsaid spares an element per paragraph and per cell.
const ALIGN: Record<ParagraphBlock['align'], Align> = {
  justify: AlignmentType.JUSTIFIED,
  left: undefined,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

// Option objects shared by every paragraph that uses them, rather than one per paragraph.
const SPACING = {
  title: { line: LINE.title, lineRule: LineRuleType.EXACT, after: 240 },
  heading: { before: 120 },
  signature: { before: 960 },
  breakCarrier: { line: 20, lineRule: LineRuleType.EXACT },
  afterTable: { line: 120, lineRule: LineRuleType.EXACT },
} as const;
// firstLineChars (hundredths of a character) is what Word's 首行缩进 2 字符 writes; firstLine is the fallback.
const FIRST_LINE_INDENT = { firstLineChars: 200, firstLine: 2 * SIZE.body * 10 } as const;

/** A4 portrait, the filing margins, a line grid as Word's Chinese default, the footer. */
const SECTION_PROPERTIES: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
  },
  grid: { type: DocumentGridType.LINES, linePitch: 312 },
  column: { space: 425 },
};

/** Rendering options; `createdAt` is stamped as creation and modification date (core has no clock). */
export type RenderDocxOptions = { createdAt?: Date };

/**
 * Renders `doc` as .docx bytes, with its title, subject and keywords in the document properties. Deterministic
 * for equal input: the core properties and the zip entries carry `createdAt` (or no date), never the time of
 * rendering.
 */
export async function renderDocx(doc: DocumentModel, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const { title, subject, keywords, author } = documentProperties(doc);
  const properties = {
    title, subject, creator: author ?? 'Dossier', lastModifiedBy: 'Dossier', description: subject, keywords: keywords.join('; '),
  };
  const file = new Document({
    ...properties,
    defaultTabStop: 420,
    styles: sharedStyles,
    sections: [{ properties: SECTION_PROPERTIES, footers: { default: sharedFooter }, children: bodyOf(doc) }],
  });
  // docx writes the packing time into core.xml: our own part replaces it (a path given again keeps its place).
  const coreXml = corePropertiesXml({ ...properties, createdAt: options.createdAt });
  const packed = await Packer.pack(file, 'uint8array', false, [{ path: CORE_PROPERTIES_PATH, data: coreXml }]);
  return setZipEntryDates(packed, options.createdAt);
}

/** The blocks as Word paragraphs and tables; a page break becomes "page break before" on what follows. */
function bodyOf(doc: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // Mirrors the PDF: a break with nothing before it on the page, or nothing after it, is dropped.
  let breakPending = false;
  doc.blocks.forEach((block, index) => {
    // Whatever comes right before the closing (此致 … 具状人) stays on its page, so the signature never stands alone.
    const beforeClosing = startsClosing(doc.blocks, index + 1) || undefined;
    // `undefined` rather than `false`: docx writes an explicit "off" element for every false.
    const pageBreakBefore = (breakPending && out.length > 0) || undefined;
    if (block.kind !== 'page-break') breakPending = false;
    switch (block.kind) {
      case 'page-break':
        breakPending = true;
        break;
      case 'title':
        out.push(paragraph(runs(block.text, TITLE_RUN), { alignment: AlignmentType.CENTER, pageBreakBefore, spacing: SPACING.title }));
        break;
      case 'heading':
        out.push(paragraph(runs(block.text, BOLD_RUN), { pageBreakBefore, keepNext: true, spacing: SPACING.heading }));
        break;
      case 'paragraph':
        out.push(paragraph(runs(block.text, PLAIN_RUN), {
          alignment: ALIGN[block.align], pageBreakBefore, keepNext: block.keepWithNext || beforeClosing,
          indent: block.indent ? FIRST_LINE_INDENT : undefined,
        }));
        break;
      case 'signature':
        // The signature block stays together, two blank lines below the text like the PDF.
        block.lines.forEach((line, i) => {
          out.push(paragraph(runs(line, PLAIN_RUN), {
            alignment: AlignmentType.RIGHT, pageBreakBefore: i === 0 ? pageBreakBefore : undefined,
            keepNext: i < block.lines.length - 1 || undefined, keepLines: true, spacing: i === 0 ? SPACING.signature : undefined,
          }));
        });
        break;
      case 'table':
        if (pageBreakBefore) out.push(new Paragraph({ pageBreakBefore: true, spacing: SPACING.breakCarrier }));
        out.push(table(block, beforeClosing === true));
        // Word needs a paragraph between a table and whatever follows; it also gives the PDF's space after.
        out.push(new Paragraph({ spacing: SPACING.afterTable, keepNext: beforeClosing }));
        break;
    }
  });
  return out;
}

/** Whether the closing starts at `index`: a signature, or keep-with-next paragraphs (此致, the court) leading into one. */
function startsClosing(blocks: readonly DocumentModel['blocks'][number][], index: number): boolean {
  for (let i = index; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'signature') return true;
    if (block.kind !== 'paragraph' || !block.keepWithNext) return false;
  }
  return false;
}

/** A paragraph of `children` with the given properties. */
function paragraph(children: TextRun[], options: IParagraphOptions): Paragraph {
  return new Paragraph({ ...options, children });
}

// Body and cell runs leave their size to the document defaults and the TableText style (docx-shared.ts);
// only the title states one. Every run still names its fonts, so a run pasted elsewhere keeps 宋体.
type RunStyle = { readonly bold?: true; readonly size?: number };
const TITLE_RUN: RunStyle = { bold: true, size: SIZE.title };
const BOLD_RUN: RunStyle = { bold: true };
const PLAIN_RUN: RunStyle = {};
const LINE_BREAK = /\r\n|\r|\n/;

// What XML 1.0 cannot hold: docx writes such a character as it is, and Word then refuses to open the file.
// With the u flag a surrogate in the class matches only a lone one, never half of a pair such as 𠮷.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;

/** Refuses a text Word could not open, showing where the character is, rather than write a broken file. */
function assertWritable(text: string): void {
  if (!NOT_IN_XML.test(text)) return;
  const shown = revealInvisible(text).slice(0, 120);
  throw new DossierError('invalid-input', {
    zh: `文书中的文字“${shown}”含有无法写入 Word 文件的控制字符，请在案件资料中删去该字符后重新生成`,
    en: `The document's text "${shown}" holds a control character a Word file cannot hold; remove it from the case record and generate again`,
  });
}

/** Text runs for a string, explicit newlines becoming line breaks; the fonts are named on every run. */
function runs(text: string, style: RunStyle): TextRun[] {
  assertWritable(text);
  if (!LINE_BREAK.test(text)) return [new TextRun({ text, font: FONT, size: style.size, bold: style.bold })];
  return text.split(LINE_BREAK).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: FONT, size: style.size, bold: style.bold }));
}

/** One table cell of `width` twips holding `text`. */
function cell(text: string, width: number, o: { run: RunStyle; align: Align; span?: number; shaded?: boolean; keepNext?: true }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    shading: o.shaded ? SECTION_SHADING : undefined,
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, alignment: o.align, keepNext: o.keepNext, children: runs(text, o.run) })],
  });
}

// Every row says cantSplit; only the header row says tableHeader (false would write w:val="off" on each).
const HEADER_ROW = { tableHeader: true, cantSplit: true } as const;
const BODY_ROW = { cantSplit: true } as const;

/**
 * A full-width fixed-layout table with 0.5 pt rules; the header row (if any) repeats on every page and no
 * row splits. A single-cell row spans every column as a bold section row on a light ground, as in PDF.
 */
function table(block: TableBlock, keepLastRowWithNext = false): Table {
  const count = columnCount(block);
  const widths = columnFractions(block).map((f) => Math.round(f * BODY_WIDTH));
  const total = widths.reduce((s, w) => s + w, 0);
  const dataTable = block.header.length > 0;
  const row = (texts: readonly string[], header: boolean, keepNext?: true): TableRow => {
    const props = header ? HEADER_ROW : BODY_ROW;
    if (isSpanningRow(texts, count)) {
      const align = header ? AlignmentType.CENTER : undefined;
      return new TableRow({ ...props, children: [cell(texts[0] ?? '', total, { run: BOLD_RUN, align, span: count, shaded: !header, keepNext })] });
    }
    const cells: TableCell[] = [];
    for (let i = 0; i < count; i++) {
      const text = texts[i] ?? '';
      // Amounts line up on the right in data tables; a form (no header row) keeps its values flush left.
      const align = header ? AlignmentType.CENTER : dataTable && isNumericCell(text) ? AlignmentType.RIGHT : undefined;
      cells.push(cell(text, widths[i] ?? 0, { run: header ? BOLD_RUN : PLAIN_RUN, align, keepNext }));
    }
    return new TableRow({ ...props, children: cells });
  };
  // A last row kept with the next paragraph keeps the table's end on the page of the closing that follows it.
  const rows = block.rows.map((r, i) => row(r, false, keepLastRowWithNext && i === block.rows.length - 1 ? true : undefined));
  if (dataTable) rows.unshift(row(block.header, true));
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    borders: BORDERS,
  });
}

/**
 * Renders a DocumentModel to a Word .docx with the same page and type as render-pdf (see pdf-layout.ts):
 * A4, margins 2.54 cm top/bottom, 2.8 cm left, 2.6 cm right; body 小四 (12 pt) on an exact 24 pt line,
 * justified with a two-character first-line indent; title 二号 (22 pt) bold centred; tables 五号 (10.5 pt).
 *
 * Fonts are named, not embedded: Times New Roman for Latin and 宋体 in the eastAsia slot, so Word on
 * Chinese Windows sets the text in SimSun (the title in bold 宋体, as in the PDF's bold serif).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentModel, ParagraphBlock, TableBlock } from './document-model';
import { columnCount, columnFractions, isNumericCell } from './table-columns';

// Twips (1/20 pt) throughout, as Word stores them.
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1587, right: 1474, footer: 737 } as const;
const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' } as const;
// Run sizes are in half-points.
const SIZE = { body: 24, title: 44, cell: 21, footer: 21 } as const;
const LINE = { body: 480, title: 720, cell: 320 } as const;
const CELL_MARGIN = { top: 60, bottom: 60, left: 80, right: 80 } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<ParagraphBlock['align'], Align> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

/** Renders `doc` as .docx bytes, with template id, version and data hash in the document properties. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { templateId, templateVersion, dataHash, author } = doc.meta;
  const provenance = `templateId=${templateId}; templateVersion=${templateVersion}; dataHash=${dataHash}`;
  const file = new Document({
    title: doc.title,
    subject: provenance,
    creator: author ?? 'Dossier',
    lastModifiedBy: 'Dossier',
    description: provenance,
    keywords: `templateId=${templateId} templateVersion=${templateVersion} dataHash=${dataHash}`,
    customProperties: [
      { name: 'templateId', value: templateId },
      { name: 'templateVersion', value: templateVersion },
      { name: 'dataHash', value: dataHash },
    ],
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE.body, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: PAGE.footer },
          },
        },
        footers: { default: pageFooter() },
        children: bodyOf(doc),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** The blocks as Word paragraphs and tables; a page break becomes "page break before" on what follows. */
function bodyOf(doc: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // Mirrors the PDF: a break with nothing before it on the page, or nothing after it, is dropped.
  let breakPending = false;
  for (const block of doc.blocks) {
    const pageBreakBefore = breakPending && out.length > 0;
    if (block.kind !== 'page-break') breakPending = false;
    switch (block.kind) {
      case 'page-break':
        breakPending = true;
        break;
      case 'title':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            pageBreakBefore,
            spacing: { line: LINE.title, lineRule: LineRuleType.EXACT, after: 240 },
            children: runs(block.text, { bold: true, size: SIZE.title }),
          }),
        );
        break;
      case 'heading':
        out.push(
          new Paragraph({ pageBreakBefore, keepNext: true, spacing: { before: 120 }, children: runs(block.text, { bold: true }) }),
        );
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            alignment: ALIGN[block.align],
            pageBreakBefore,
            keepNext: block.keepWithNext === true,
            // firstLineChars (hundredths of a character) is what Word's 首行缩进 2 字符 writes; firstLine is the fallback.
            indent: block.indent ? { firstLineChars: 200, firstLine: 2 * SIZE.body * 10 } : undefined,
            children: runs(block.text, {}),
          }),
        );
        break;
      case 'signature':
        block.lines.forEach((line, i) => {
          out.push(
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              pageBreakBefore: pageBreakBefore && i === 0,
              // The signature block stays together, two blank lines below the text like the PDF.
              keepNext: i < block.lines.length - 1,
              keepLines: true,
              spacing: i === 0 ? { before: 960 } : undefined,
              children: runs(line, {}),
            }),
          );
        });
        break;
      case 'table':
        if (pageBreakBefore) out.push(new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT } }));
        out.push(table(block));
        // Word needs a paragraph between a table and whatever follows; it also gives the PDF's space after.
        out.push(new Paragraph({ spacing: { line: 120, lineRule: LineRuleType.EXACT } }));
        break;
    }
  }
  return out;
}

type RunStyle = { bold?: boolean; size?: number };

/** Text runs for a string, explicit newlines becoming line breaks; the font is named on every run. */
function runs(text: string, style: RunStyle): TextRun[] {
  return text.split(/\r\n|\r|\n/).map(
    (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: FONT, size: style.size ?? SIZE.body, bold: style.bold }),
  );
}

/** A full-width fixed-layout table with 0.5 pt rules; the header row repeats on every page and no row splits. */
function table(block: TableBlock): Table {
  const count = columnCount(block);
  const widths = columnFractions(block).map((f) => Math.round(f * BODY_WIDTH));
  const row = (texts: string[], header: boolean): TableRow =>
    new TableRow({
      // Only the header row says tableHeader; `false` would write a noisy <w:tblHeader w:val="off"/> on every row.
      tableHeader: header || undefined,
      cantSplit: true,
      children: Array.from({ length: count }, (_, i) => {
        const text = texts[i] ?? '';
        const alignment = header ? AlignmentType.CENTER : isNumericCell(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
        return new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          children: [
            new Paragraph({
              alignment,
              spacing: { line: LINE.cell, lineRule: LineRuleType.EXACT },
              children: runs(text, { bold: header, size: SIZE.cell }),
            }),
          ],
        });
      }),
    });
  const rows = [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))];
  return new Table({
    rows,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
  });
}

/** The centred "第 x 页 共 y 页" footer, built from PAGE and NUMPAGES fields. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], font: FONT, size: SIZE.footer }),
        ],
      }),
    ],
  });
}

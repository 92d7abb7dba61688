/**
 * Renders a DocumentModel to a Word .docx with the same page and type as render-pdf (see pdf-composer.ts):
 * A4, margins 2.54 cm top/bottom, 2.8 cm left, 2.6 cm right; body 小四 (12 pt) on an exact 24 pt line,
 * justified with a two-character first-line indent; title 二号 (22 pt) bold centred; tables 五号 (10.5 pt)
 * whose header row repeats on every page and whose rows never split; a footer of PAGE and NUMPAGES fields.
 *
 * Fonts are named, not embedded: Times New Roman for Latin and 宋体 in the eastAsia slot, so Word on
 * Chinese Windows sets the text in SimSun (the title in bold 宋体, as in the PDF's bold serif).
 *
 * The WordprocessingML is written here directly and zipped by zip-writer.ts: profiling (bench/documents)
 * showed the `docx` package spending half of a complaint's time on parts that never change (styles,
 * settings …) and the rest on its object model; the fixed parts are now compressed once per process.
 */
import type { DocumentModel, ParagraphBlock, TableBlock } from './document-model';
import {
  appProperties, contentTypes, coreProperties, customProperties, DOCUMENT_NAMESPACES, documentRels, FOOTER_RELATIONSHIP,
  fontTable, footer, packageRels, RUN_FONTS, settings, styles, XML_DECLARATION, xmlEscape,
} from './docx-parts';
import { columnCount, columnFractions, isNumericCell, isSpanningRow } from './table-columns';
import { zipArchive, zipEntry, type ZipEntry } from './zip-writer';

// Twips (1/20 pt) throughout, as Word stores them.
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1587, right: 1474, header: 851, footer: 737 } as const;
const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
// Run sizes are in half-points.
const SIZE = { body: 24, title: 44, cell: 21 } as const;
const LINE = { title: 720, cell: 320 } as const;
const CELL_MARGIN = { top: 60, bottom: 60, left: 80, right: 80 } as const;
// The light ground of a section row, the same grey (0.9) as the PDF.
const SECTION_FILL = 'E6E6E6';

const ALIGN: Record<ParagraphBlock['align'], string> = { justify: 'both', left: 'left', right: 'right', center: 'center' };

/** The parts that are the same in every document, compressed on first use. */
let fixedEntries: ZipEntry[] | null = null;
function fixedParts(): ZipEntry[] {
  fixedEntries ??= [
    zipEntry('[Content_Types].xml', contentTypes),
    zipEntry('_rels/.rels', packageRels),
    zipEntry('word/_rels/document.xml.rels', documentRels),
    zipEntry('word/styles.xml', styles),
    zipEntry('word/settings.xml', settings),
    zipEntry('word/fontTable.xml', fontTable),
    zipEntry('word/footer1.xml', footer),
    zipEntry('docProps/app.xml', appProperties),
  ];
  return fixedEntries;
}

/** Renders `doc` as .docx bytes, with template id, version and data hash in the document properties. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { templateId, templateVersion, dataHash, author } = doc.meta;
  const provenance = `templateId=${templateId}; templateVersion=${templateVersion}; dataHash=${dataHash}`;
  const body = bodyOf(doc);
  const [contentTypesEntry, ...rest] = fixedParts();
  return zipArchive([
    contentTypesEntry!,
    zipEntry('word/document.xml', `${XML_DECLARATION}<w:document ${DOCUMENT_NAMESPACES}><w:body>${body}${sectionProperties()}</w:body></w:document>`),
    ...rest,
    zipEntry('docProps/core.xml', coreProperties({
      title: doc.title, creator: author ?? 'Dossier', provenance,
      keywords: `templateId=${templateId} templateVersion=${templateVersion} dataHash=${dataHash}`,
    })),
    zipEntry('docProps/custom.xml', customProperties([['templateId', templateId], ['templateVersion', templateVersion], ['dataHash', dataHash]])),
  ]);
}

/** The section: A4, the filing margins, the footer. */
function sectionProperties(): string {
  return `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_RELATIONSHIP}"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>`
    + `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>`
    + '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>';
}

type RunStyle = { bold?: boolean; size?: number };

/** Text runs for a string, explicit newlines becoming line breaks; the fonts are named on every run. */
function runs(text: string, style: RunStyle): string {
  const size = style.size ?? SIZE.body;
  const props = `<w:rPr>${RUN_FONTS}${style.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return text.split(/\r\n|\r|\n/).map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`).join('');
}

type ParagraphOptions = {
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  spacing?: string;
  indent?: boolean;
  align?: string;
};

/** A paragraph; properties in the order the schema requires (keepNext, keepLines, pageBreakBefore, spacing, ind, jc). */
function paragraph(content: string, o: ParagraphOptions): string {
  const props = (o.keepNext ? '<w:keepNext/>' : '') + (o.keepLines ? '<w:keepLines/>' : '') + (o.pageBreakBefore ? '<w:pageBreakBefore/>' : '')
    + (o.spacing ?? '')
    // firstLineChars (hundredths of a character) is what Word's 首行缩进 2 字符 writes; firstLine is the fallback.
    + (o.indent ? `<w:ind w:firstLine="${2 * SIZE.body * 10}" w:firstLineChars="200"/>` : '')
    + (o.align ? `<w:jc w:val="${o.align}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** The blocks as Word paragraphs and tables; a page break becomes "page break before" on what follows. */
function bodyOf(doc: DocumentModel): string {
  const out: string[] = [];
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
        out.push(paragraph(runs(block.text, { bold: true, size: SIZE.title }), {
          pageBreakBefore, spacing: `<w:spacing w:after="240" w:line="${LINE.title}" w:lineRule="exact"/>`, align: 'center',
        }));
        break;
      case 'heading':
        out.push(paragraph(runs(block.text, { bold: true }), { keepNext: true, pageBreakBefore, spacing: '<w:spacing w:before="120"/>' }));
        break;
      case 'paragraph':
        out.push(paragraph(runs(block.text, {}), { keepNext: block.keepWithNext === true, pageBreakBefore, indent: block.indent, align: ALIGN[block.align] }));
        break;
      case 'signature':
        // The signature block stays together, two blank lines below the text like the PDF.
        block.lines.forEach((line, i) => {
          out.push(paragraph(runs(line, {}), {
            keepNext: i < block.lines.length - 1, keepLines: true, pageBreakBefore: pageBreakBefore && i === 0,
            spacing: i === 0 ? '<w:spacing w:before="960"/>' : undefined, align: 'right',
          }));
        });
        break;
      case 'table':
        if (pageBreakBefore) out.push(paragraph('', { pageBreakBefore: true, spacing: '<w:spacing w:line="20" w:lineRule="exact"/>' }));
        out.push(table(block));
        // Word needs a paragraph between a table and whatever follows; it also gives the PDF's space after.
        out.push(paragraph('', { spacing: '<w:spacing w:line="120" w:lineRule="exact"/>' }));
        break;
    }
  }
  return out.join('');
}

const RULE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * A full-width fixed-layout table with 0.5 pt rules; the header row (if any) repeats on every page and no
 * row splits. A single-cell row spans every column as a bold section row on a light ground, as in PDF.
 */
function table(block: TableBlock): string {
  const count = columnCount(block);
  const widths = columnFractions(block).map((f) => Math.round(f * BODY_WIDTH));
  const total = widths.reduce((s, w) => s + w, 0);
  const dataTable = block.header.length > 0;
  const cell = (text: string, width: number, o: { bold: boolean; align: string; span?: number; shaded?: boolean }) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ''}${o.shaded ? `<w:shd w:val="clear" w:color="auto" w:fill="${SECTION_FILL}"/>` : ''}</w:tcPr>`
    + paragraph(runs(text, { bold: o.bold, size: SIZE.cell }), { spacing: `<w:spacing w:line="${LINE.cell}" w:lineRule="exact"/>`, align: o.align })
    + '</w:tc>';
  const row = (texts: readonly string[], header: boolean) => {
    // Only the header row says tblHeader; every row says cantSplit.
    const props = `<w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    if (isSpanningRow(texts, count)) {
      return `<w:tr>${props}${cell(texts[0] ?? '', total, { bold: true, align: header ? 'center' : 'left', span: count, shaded: !header })}</w:tr>`;
    }
    const cells = Array.from({ length: count }, (_, i) => {
      const text = texts[i] ?? '';
      // Amounts line up on the right in data tables; a form (no header row) keeps its values flush left.
      const align = header ? 'center' : dataTable && isNumericCell(text) ? 'right' : 'left';
      return cell(text, widths[i] ?? 0, { bold: header, align });
    });
    return `<w:tr>${props}${cells.join('')}</w:tr>`;
  };
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${RULE}/>`).join('');
  const margins = `<w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.left}" w:type="dxa"/><w:bottom w:w="${CELL_MARGIN.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.right}" w:type="dxa"/>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    + (dataTable ? row(block.header, true) : '') + block.rows.map((r) => row(r, false)).join('')
    + '</w:tbl>';
}

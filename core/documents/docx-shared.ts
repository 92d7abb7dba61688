/**
 * The parts of every Dossier .docx that never change, built once per process with the `docx` package and
 * handed to each Document: the styles (document defaults, Normal, the table-text and footer styles) and
 * the "第 x 页 共 y 页" footer. Profiling (bench/documents) showed docx spending about a tenth of a
 * complaint's time on its thirty-odd default styles (headings, TOC 1–9, footnotes …) that a filing never
 * uses; our own `importedStyles` take their place, so styles.xml is written from these few.
 *
 * Sharing is safe because docx only reads these objects when it writes a file: a Paragraph changes itself
 * only to resolve external hyperlinks, which the footer has none of (render-docx.test.ts checks that two
 * documents rendered in turn keep nothing of each other).
 *
 * Type as in render-pdf (DESIGN.md, Fonts): Times New Roman for Latin and 宋体 in the eastAsia slot,
 * 小四 (12 pt) on an exact 24 pt line, tables 五号 (10.5 pt) on an exact 16 pt line.
 */
import {
  AlignmentType, DocumentDefaults, Footer, LineRuleType, PageNumber, Paragraph, StyleForParagraph, TextRun,
  type IStylesOptions,
} from 'docx';

/** Run fonts named on every run: Latin and complex script in Times New Roman, East Asian in 宋体. */
export const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' } as const;

/** Run sizes in half-points: body 小四, title 二号, table cells and footer 五号. */
export const SIZE = { body: 24, title: 44, cell: 21, footer: 21 } as const;

/** Exact line heights in twips. */
export const LINE = { body: 480, title: 720, cell: 320 } as const;

/** The paragraph style of table-cell text (its size and line), so cells need not repeat them. */
export const TABLE_TEXT_STYLE = 'TableText';

/**
 * The styles of every document: defaults (fonts, 小四, exact 24 pt line, Chinese language tags), Normal,
 * TableText and Footer. Built once; docx only reads them when it writes styles.xml.
 */
export const sharedStyles: IStylesOptions = {
  importedStyles: [
    new DocumentDefaults({
      run: { font: FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } },
      paragraph: { spacing: { line: LINE.body, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    }),
    new StyleForParagraph({ id: 'Normal', name: 'Normal', quickFormat: true }),
    new StyleForParagraph({
      id: TABLE_TEXT_STYLE, name: 'Table Text', basedOn: 'Normal',
      run: { size: SIZE.cell }, paragraph: { spacing: { line: LINE.cell, lineRule: LineRuleType.EXACT } },
    }),
    new StyleForParagraph({ id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: SIZE.footer } }),
  ],
};

/** The centred "第 x 页 共 y 页" footer: the numbers are PAGE and NUMPAGES fields Word fills in. */
export const sharedFooter = new Footer({
  children: [
    new Paragraph({
      style: 'Footer',
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], font: FONT, size: SIZE.footer })],
    }),
  ],
});

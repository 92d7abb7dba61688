/**
 * The document model every filing is composed into before rendering: render-docx and render-pdf
 * both take exactly this, so the Word file and the PDF of a filing cannot disagree.
 */

/** A centred document title (e.g. 民事起诉状). */
export type TitleBlock = { kind: 'title'; text: string };

/** A bold section heading (e.g. 诉讼请求). */
export type HeadingBlock = { kind: 'heading'; text: string };

/**
 * A paragraph of running text. `indent` gives the customary two-character first-line indent of
 * Chinese legal prose; `align: 'right'` is used for dates and signatures outside a signature block.
 */
export type ParagraphBlock = {
  kind: 'paragraph';
  text: string;
  indent: boolean;
  align: 'justify' | 'left' | 'right' | 'center';
  /** Keep on the same page as the next block (此致 and the court's name stay with the signature). */
  keepWithNext?: boolean;
};

/**
 * A table whose header row (if any: `header` may be empty) is repeated when the table continues on the
 * next page. A row of a single cell in a table of several columns spans the whole width: a section row
 * (当事人信息, 诉讼请求和依据 …), set bold on a light ground as in the element-style model texts.
 * Cell text may contain newlines (hard line breaks).
 */
export type TableBlock = { kind: 'table'; header: string[]; rows: string[][]; columnWidths?: number[] };

/** The right-aligned block at the end of a filing: 具状人, date and the like, one line each. */
export type SignatureBlock = { kind: 'signature'; lines: string[] };

/** A forced page break. */
export type PageBreakBlock = { kind: 'page-break' };

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock | PageBreakBlock;

/** A whole document: metadata recorded in the output files, and its blocks in reading order. */
export type DocumentModel = {
  title: string;
  /** Recorded in document properties: which template and version produced it, and the data hash. */
  meta: { templateId: string; templateVersion: string; dataHash: string; author?: string };
  blocks: Block[];
};

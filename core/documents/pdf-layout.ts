/**
 * Pure page layout of a DocumentModel for the PDF: blocks in, pages of positioned text runs and rules
 * out. No pdf-lib here; glyph widths come in through `Metrics`, so this is testable and deterministic.
 * Page geometry and type sizes: pdf-composer.ts; tables: pdf-table.ts.
 */
import type { Block, DocumentModel } from './document-model';
import { Composer, TYPE, type LaidOutPage } from './pdf-composer';
import type { FontKey, Metrics } from './pdf-line';
import { layoutTable } from './pdf-table';
import { columnCount, isSpanningRow } from './table-columns';

export { PAGE, TYPE } from './pdf-composer';
export type { DrawItem, FillItem, LaidOutPage, RuleItem } from './pdf-composer';

/**
 * Printed under the last text of a page when the closing (此致, the court, the signature) has to move to the next
 * page, so the signature never stands alone on a page without saying that no text is missing (domain.md §10).
 */
export const NO_MORE_TEXT = '（以下无正文）';
/** Heads a page that holds only the closing, when even a second layout left the page before no line for NO_MORE_TEXT. */
export const PAGE_WITHOUT_TEXT = '（此页无正文）';

/** The footer text of page `n` of `total`. */
export function footerText(n: number, total: number): string {
  return `第 ${n} 页 共 ${total} 页`;
}

/** Every character each font weight must carry to render `doc`, footer digits included. */
export function charactersUsed(doc: DocumentModel): Record<FontKey, Set<string>> {
  const used: Record<FontKey, Set<string>> = { regular: new Set(), bold: new Set() };
  const add = (font: FontKey, text: string): void => {
    for (const ch of text) if (ch >= ' ') used[font].add(ch);
  };
  add('regular', footerText(0, 123456789));
  add('regular', NO_MORE_TEXT);
  add('regular', PAGE_WITHOUT_TEXT);
  for (const block of doc.blocks) {
    if (block.kind === 'title' || block.kind === 'heading') add('bold', block.text);
    else if (block.kind === 'paragraph') add('regular', block.text);
    else if (block.kind === 'signature') block.lines.forEach((line) => add('regular', line));
    else if (block.kind === 'table') {
      const count = columnCount(block);
      block.header.forEach((cell) => add('bold', cell));
      block.rows.forEach((row) => row.forEach((cell) => add(isSpanningRow(row, count) ? 'bold' : 'regular', cell)));
    }
  }
  return used;
}

/**
 * Lays `doc` out into pages; there is always at least one page. When the closing has to move to a new page and
 * the text before it fills its page to the last line, the layout runs again keeping one line free at the foot of
 * that page, so the last line of text goes with the closing and （以下无正文） stands where it was.
 */
export function layoutDocument(doc: DocumentModel, metrics: Metrics): LaidOutPage[] {
  const first = layoutPass(doc, metrics, null);
  if (first.crowdedPage === null) return first.pages;
  return layoutPass(doc, metrics, { page: first.crowdedPage, height: TYPE.body.pitch }).pages;
}

/** One layout of `doc`; `crowdedPage` is the page the closing left without room for NO_MORE_TEXT, if any. */
function layoutPass(doc: DocumentModel, metrics: Metrics, reserve: Composer['reserve']): { pages: LaidOutPage[]; crowdedPage: number | null } {
  const c = new Composer(metrics);
  c.reserve = reserve;
  let crowdedPage: number | null = null;
  const closing = (height: number) => {
    const crowded = keepClosing(c, height);
    if (crowded !== null) crowdedPage = crowded;
  };
  doc.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'title':
        c.text(block.text, { font: 'bold', size: TYPE.title.size, pitch: TYPE.title.pitch, align: 'center' });
        c.gap(TYPE.title.after);
        break;
      case 'heading':
        c.gap(TYPE.heading.before);
        // Keep a heading with at least the first line of what follows it.
        c.ensure(2 * TYPE.body.pitch);
        c.text(block.text, { font: 'bold', size: TYPE.body.size, pitch: TYPE.body.pitch, align: 'left' });
        break;
      case 'paragraph':
        if (block.keepWithNext) {
          const height = keptHeight(c, doc.blocks, index);
          if (!keeps(doc.blocks[index - 1]) && chainEndsInSignature(doc.blocks, index)) closing(height);
          else c.ensure(height);
        }
        c.text(block.text, {
          font: 'regular',
          size: TYPE.body.size,
          pitch: TYPE.body.pitch,
          align: block.align,
          indent: block.indent ? 2 * TYPE.body.size : 0,
        });
        break;
      case 'signature':
        // A signature block is never split from itself (具状人 and date stay together), nor moved alone to a new page.
        if (!keeps(doc.blocks[index - 1])) closing(TYPE.signature.before + block.lines.length * TYPE.body.pitch);
        c.gap(TYPE.signature.before);
        c.ensure(block.lines.length * TYPE.body.pitch);
        for (const line of block.lines) c.text(line, { font: 'regular', size: TYPE.body.size, pitch: TYPE.body.pitch, align: 'right' });
        break;
      case 'table':
        layoutTable(c, block);
        break;
      case 'page-break':
        c.pageBreak();
        break;
    }
  });
  return { pages: c.finish(), crowdedPage };
}

/** Whether `block` is a paragraph kept with the block after it. */
function keeps(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && block.keepWithNext === true;
}

/** Whether the keep-with-next chain starting at `start` leads into a signature block (此致 … 具状人). */
function chainEndsInSignature(blocks: readonly Block[], start: number): boolean {
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'signature') return true;
    if (block.kind !== 'paragraph' || !block.keepWithNext) return false;
  }
  return false;
}

/**
 * Starts a new page for a closing of `height` that does not fit, leaving NO_MORE_TEXT under the text above it, or
 * when not even that line is left, heading the closing's page with PAGE_WITHOUT_TEXT and returning the crowded
 * page's index (so the layout can run again with a line kept free there). The foot reserve ends here.
 */
function keepClosing(c: Composer, height: number): number | null {
  c.reserve = null;
  if (c.atPageTop() || height <= c.room() + 1e-6) return null;
  const style = { font: 'regular', size: TYPE.body.size, pitch: TYPE.body.pitch, align: 'left' } as const;
  const noteFits = c.room() >= TYPE.body.pitch;
  const crowded = noteFits ? null : c.pageIndex();
  if (noteFits) c.text(NO_MORE_TEXT, style);
  c.pageBreak();
  if (!noteFits) c.text(PAGE_WITHOUT_TEXT, style);
  return crowded;
}

/**
 * Height of a chain of keep-with-next paragraphs starting at `start`, plus what must follow them on the
 * same page: a whole signature block, or the first line of anything else.
 */
function keptHeight(c: Composer, blocks: readonly Block[], start: number): number {
  let height = 0;
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      height += c.lineCount(block.text, block.indent ? 2 * TYPE.body.size : 0) * TYPE.body.pitch;
      if (!block.keepWithNext) return height;
    } else if (block.kind === 'signature') {
      return height + TYPE.signature.before + block.lines.length * TYPE.body.pitch;
    } else return block.kind === 'page-break' ? height : height + TYPE.body.pitch;
  }
  return height;
}

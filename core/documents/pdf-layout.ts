/**
 * Pure page layout of a DocumentModel for the PDF: blocks in, pages of positioned text runs and rules
 * out. No pdf-lib here; glyph widths come in through `Metrics`, so this is testable and deterministic.
 *
 * Page (GB/T 9704-like, as Chinese courts expect): A4 595.28 × 841.89 pt; margins top/bottom 2.54 cm
 * (72 pt), left 2.8 cm (79.37 pt, the binding side), right 2.6 cm (73.70 pt) — a 442.2 pt measure.
 * Type: body 12 pt (小四) on a fixed 24 pt line pitch (≈ Word's 1.5 lines for 宋体 小四); title 22 pt
 * (二号) bold, centred, 36 pt pitch; headings bold 12 pt; tables 10.5 pt (五号) on 16 pt with 0.5 pt
 * rules; footer 10.5 pt centred with its baseline 42 pt above the page bottom.
 */
import type { Block, DocumentModel, TableBlock } from './document-model';
import { breakTextLines } from './cjk-line-break';
import { placeLine, textWidth, type FontKey, type LineAlign, type Metrics, type TextItem } from './pdf-line';
import { columnCount, columnFractions, isNumericCell } from './table-columns';

/** A straight rule (table border), in PDF points from the bottom-left of the page. */
export type RuleItem = { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; thickness: number };

/** Anything drawn on a page. */
export type DrawItem = TextItem | RuleItem;

/** A laid-out page: everything to draw on it except the footer, which needs the page total. */
export type LaidOutPage = { items: DrawItem[] };

/** Page size and margins in points (see the module comment for the reasoning). */
export const PAGE = { width: 595.28, height: 841.89, top: 72, bottom: 72, left: 79.37, right: 73.7 } as const;

/** Type sizes, line pitches and spacing in points. */
export const TYPE = {
  body: { size: 12, pitch: 24 },
  title: { size: 22, pitch: 36, after: 12 },
  heading: { before: 6 },
  cell: { size: 10.5, pitch: 16, padX: 4, padY: 3, rule: 0.5 },
  table: { before: 6, after: 6 },
  signature: { before: 48 },
  footer: { size: 10.5, baseline: 42 },
} as const;

const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BODY_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
// The CJK ideographic em box spans about -0.12…0.88 em around the baseline; centre it in the line box.
const EM_BOX_ASCENT = 0.88;

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
  for (const block of doc.blocks) {
    if (block.kind === 'title' || block.kind === 'heading') add('bold', block.text);
    else if (block.kind === 'paragraph') add('regular', block.text);
    else if (block.kind === 'signature') block.lines.forEach((line) => add('regular', line));
    else if (block.kind === 'table') {
      block.header.forEach((cell) => add('bold', cell));
      block.rows.forEach((row) => row.forEach((cell) => add('regular', cell)));
    }
  }
  return used;
}

/** Lays `doc` out into pages; there is always at least one page. */
export function layoutDocument(doc: DocumentModel, metrics: Metrics): LaidOutPage[] {
  const c = new Composer(metrics);
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
        if (block.keepWithNext) c.ensure(keptHeight(c, doc.blocks, index));
        c.text(block.text, {
          font: 'regular',
          size: TYPE.body.size,
          pitch: TYPE.body.pitch,
          align: block.align,
          indent: block.indent ? 2 * TYPE.body.size : 0,
        });
        break;
      case 'signature':
        c.gap(TYPE.signature.before);
        // A signature block is never split from itself (具状人 and date stay together).
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
  return c.finish();
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

type TextStyle = { font: FontKey; size: number; pitch: number; align: LineAlign; indent?: number };

/** The running state of layout: finished pages, the current page and the cursor below the body top. */
class Composer {
  private readonly pages: LaidOutPage[] = [];
  private page: LaidOutPage | null = null;
  /** Whether anything (even a blank line) has been placed on the current page. */
  private placed = false;
  /** Distance from the top of the body area to the next free line, in points. */
  cursor = 0;

  constructor(readonly metrics: Metrics) {}

  /** The current page, opened on first use so that page breaks never leave an empty page behind. */
  current(): LaidOutPage {
    if (this.page === null) {
      this.page = { items: [] };
      this.pages.push(this.page);
      this.cursor = 0;
      this.placed = false;
    }
    return this.page;
  }

  /** Claims `height` points of the current page for something just placed. */
  advance(height: number): void {
    this.cursor += height;
    this.placed = true;
  }

  /** Whether nothing has been placed on the current page yet. */
  atPageTop(): boolean {
    return this.page === null || !this.placed;
  }

  /** Points left on the current page. */
  room(): number {
    return this.page === null ? BODY_HEIGHT : BODY_HEIGHT - this.cursor;
  }

  /** Starts a new page unless the current one is still empty (consecutive or trailing breaks collapse). */
  pageBreak(): void {
    if (!this.atPageTop()) this.page = null;
  }

  /** Makes sure `height` points fit on the current page, breaking first if they do not. */
  ensure(height: number): void {
    if (height > this.room() + 1e-6) this.pageBreak();
  }

  /** Vertical space, dropped at the top of a page. */
  gap(height: number): void {
    if (this.atPageTop()) return;
    if (height >= this.room()) this.pageBreak();
    else this.cursor += height;
  }

  /** PDF y of the baseline of a line box whose top is at cursor `top`. */
  baseline(top: number, size: number, pitch: number): number {
    return PAGE.height - PAGE.top - top - ((pitch - size) / 2 + EM_BOX_ASCENT * size);
  }

  /** How many body lines `text` takes at the body size with the given first-line indent. */
  lineCount(text: string, indent: number): number {
    const measure = (s: string): number => textWidth(s, 'regular', TYPE.body.size, this.metrics);
    return breakTextLines(text, { maxWidth: BODY_WIDTH, firstLineWidth: BODY_WIDTH - indent, measure }).length;
  }

  /** Breaks and places running text across the body width, moving to new pages as needed. */
  text(text: string, style: TextStyle): void {
    const indent = style.indent ?? 0;
    const measure = (s: string): number => textWidth(s, style.font, style.size, this.metrics);
    const lines = breakTextLines(text, { maxWidth: BODY_WIDTH, firstLineWidth: BODY_WIDTH - indent, measure });
    lines.forEach((line, i) => {
      this.ensure(style.pitch);
      const page = this.current();
      const left = PAGE.left + (i === 0 ? indent : 0);
      const box = { left, width: PAGE.left + BODY_WIDTH - left, baseline: this.baseline(this.cursor, style.size, style.pitch) };
      // The last line of a paragraph (and of each hard line within it) is never stretched.
      const align = style.align === 'justify' && line.hard ? 'left' : style.align;
      page.items.push(...placeLine(line.text, style.font, style.size, box, align, this.metrics));
      // A blank line still occupies its pitch: templates use empty paragraphs as spacers.
      this.advance(style.pitch);
    });
  }

  /** All pages, at least one. */
  finish(): LaidOutPage[] {
    this.current();
    return this.pages;
  }
}

type Cell = { lines: string[]; align: LineAlign };

/**
 * A table: rows are kept whole, moving to the next page when they do not fit; only a row taller than a
 * whole page is split between its lines. Each page the table reaches starts with the header row again.
 */
function layoutTable(c: Composer, block: TableBlock): void {
  const { size, pitch, padX, padY } = TYPE.cell;
  const count = columnCount(block);
  const widths = columnFractions(block).map((f) => f * BODY_WIDTH);
  const lefts = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const toCells = (texts: string[], font: FontKey): Cell[] =>
    Array.from({ length: count }, (_, i) => {
      const text = texts[i] ?? '';
      const measure = (s: string): number => textWidth(s, font, size, c.metrics);
      const lines = breakTextLines(text, { maxWidth: (widths[i] ?? 0) - 2 * padX, measure }).map((l) => l.text);
      const align: LineAlign = font === 'bold' ? 'center' : isNumericCell(text) ? 'right' : 'left';
      return { lines, align };
    });
  const heightOf = (cells: Cell[]): number => 2 * padY + pitch * Math.max(1, ...cells.map((cell) => cell.lines.length));
  const header = block.header.length > 0 ? toCells(block.header, 'bold') : null;
  const headerHeight = header ? heightOf(header) : 0;

  let firstOnPage = true;
  const drawRow = (cells: Cell[], font: FontKey): void => {
    const page = c.current();
    const top = c.cursor;
    const height = heightOf(cells);
    const yTop = PAGE.height - PAGE.top - top;
    const yBottom = yTop - height;
    const rule = (x1: number, y1: number, x2: number, y2: number): void => {
      page.items.push({ kind: 'rule', x1, y1, x2, y2, thickness: TYPE.cell.rule });
    };
    const right = PAGE.left + BODY_WIDTH;
    if (firstOnPage) rule(PAGE.left, yTop, right, yTop);
    rule(PAGE.left, yBottom, right, yBottom);
    for (const x of [...lefts, right]) rule(x, yTop, x, yBottom);
    cells.forEach((cell, i) => {
      cell.lines.forEach((line, j) => {
        const box = { left: (lefts[i] ?? 0) + padX, width: (widths[i] ?? 0) - 2 * padX, baseline: c.baseline(top + padY + j * pitch, size, pitch) };
        page.items.push(...placeLine(line, font, size, box, cell.align, c.metrics));
      });
    });
    c.advance(height);
    firstOnPage = false;
  };
  // Whether the current page holds nothing of the table but its repeated header.
  let freshPage = true;
  const startPage = (): void => {
    firstOnPage = true;
    if (header) drawRow(header, 'bold');
    freshPage = true;
  };

  c.gap(TYPE.table.before);
  const rows = block.rows.map((row) => toCells(row, 'regular'));
  // The header must not sit alone at a page foot: it needs room for at least one line of the first row.
  c.ensure(headerHeight + 2 * padY + pitch);
  const startsAtTop = c.atPageTop();
  startPage();
  freshPage = startsAtTop;
  for (const row of rows) {
    let rest = row;
    for (;;) {
      const height = heightOf(rest);
      if (height <= c.room() + 1e-6) {
        drawRow(rest, 'regular');
        freshPage = false;
        break;
      }
      // On a fresh page at least one line goes down, even past the margin, so a monstrous header cannot loop.
      const fitLines = Math.max(Math.floor((c.room() - 2 * padY) / pitch + 1e-6), freshPage ? 1 : 0);
      if (!freshPage && (height <= BODY_HEIGHT - headerHeight || fitLines < 1)) {
        c.pageBreak();
        startPage();
        continue;
      }
      // Taller than a whole page: fill this page with the first lines of every cell, continue the rest.
      drawRow(rest.map((cell) => ({ ...cell, lines: cell.lines.slice(0, fitLines) })), 'regular');
      rest = rest.map((cell) => ({ ...cell, lines: cell.lines.slice(fitLines) }));
      c.pageBreak();
      startPage();
    }
  }
  c.gap(TYPE.table.after);
}

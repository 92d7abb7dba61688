/**
 * Table layout for the PDF: rows are kept whole, moving to the next page when they do not fit; only a
 * row taller than a whole page is split between its lines. Each page the table reaches starts with the
 * header row again (when the table has one). A single-cell row spans the table as a section row.
 */
import type { TableBlock } from './document-model';
import { breakTextLines } from './cjk-line-break';
import { BODY_HEIGHT, BODY_WIDTH, PAGE, TYPE, type Composer } from './pdf-composer';
import { placeLine, textWidth, type FontKey, type LineAlign } from './pdf-line';
import { columnCount, columnFractions, isNumericCell, isSpanningRow } from './table-columns';

type Cell = { lines: string[]; align: LineAlign; left: number; width: number };
type Row = { cells: Cell[]; font: FontKey; section: boolean };

/** Lays out `block` at the composer's cursor, continuing over as many pages as it needs. */
export function layoutTable(c: Composer, block: TableBlock): void {
  const { size, pitch, padX, padY } = TYPE.cell;
  const count = columnCount(block);
  const dataTable = block.header.length > 0;
  const widths = columnFractions(block).map((f) => f * BODY_WIDTH);
  const lefts = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const cellOf = (text: string, font: FontKey, align: LineAlign, left: number, width: number): Cell => {
    const measure = (s: string): number => textWidth(s, font, size, c.metrics);
    return { lines: breakTextLines(text, { maxWidth: width - 2 * padX, measure }).map((l) => l.text), align, left, width };
  };
  const toRow = (texts: readonly string[], header: boolean): Row => {
    if (isSpanningRow(texts, count)) {
      return { cells: [cellOf(texts[0] ?? '', 'bold', header ? 'center' : 'left', PAGE.left, BODY_WIDTH)], font: 'bold', section: !header };
    }
    const font: FontKey = header ? 'bold' : 'regular';
    const cells = Array.from({ length: count }, (_, i) => {
      const text = texts[i] ?? '';
      // Amounts line up on the right in data tables; a form (no header row) keeps its values flush left.
      const align: LineAlign = header ? 'center' : dataTable && isNumericCell(text) ? 'right' : 'left';
      return cellOf(text, font, align, lefts[i] ?? PAGE.left, widths[i] ?? 0);
    });
    return { cells, font, section: false };
  };
  const heightOf = (row: Row): number => 2 * padY + pitch * Math.max(1, ...row.cells.map((cell) => cell.lines.length));
  const header = block.header.length > 0 ? toRow(block.header, true) : null;
  const headerHeight = header ? heightOf(header) : 0;
  const right = PAGE.left + BODY_WIDTH;

  let firstOnPage = true;
  const drawRow = (row: Row): void => {
    const page = c.current();
    const top = c.cursor;
    const height = heightOf(row);
    const yTop = PAGE.height - PAGE.top - top;
    const yBottom = yTop - height;
    const rule = (x1: number, y1: number, x2: number, y2: number): void => {
      page.items.push({ kind: 'rule', x1, y1, x2, y2, thickness: TYPE.cell.rule });
    };
    if (row.section) page.items.push({ kind: 'fill', x: PAGE.left, y: yBottom, width: BODY_WIDTH, height, grey: TYPE.cell.sectionGrey });
    if (firstOnPage) rule(PAGE.left, yTop, right, yTop);
    rule(PAGE.left, yBottom, right, yBottom);
    for (const x of [...row.cells.map((cell) => cell.left), right]) rule(x, yTop, x, yBottom);
    row.cells.forEach((cell) => {
      cell.lines.forEach((line, j) => {
        const box = { left: cell.left + padX, width: cell.width - 2 * padX, baseline: c.baseline(top + padY + j * pitch, size, pitch) };
        page.items.push(...placeLine(line, row.font, size, box, cell.align, c.metrics));
      });
    });
    c.advance(height);
    firstOnPage = false;
  };
  // Whether the current page holds nothing of the table but its repeated header.
  let freshPage = true;
  const startPage = (): void => {
    firstOnPage = true;
    if (header) drawRow(header);
    freshPage = true;
  };

  c.gap(TYPE.table.before);
  const rows = block.rows.map((row) => toRow(row, false));
  // The header must not sit alone at a page foot: it needs room for at least one line of the first row.
  c.ensure(headerHeight + 2 * padY + pitch);
  const startsAtTop = c.atPageTop();
  startPage();
  freshPage = startsAtTop;
  rows.forEach((row, index) => {
    // A section row is never left alone at a page foot: it stays with the row after it (whole, as rows move whole).
    const next = rows[index + 1];
    if (row.section && next && !next.section) c.ensure(heightOf(row) + Math.min(heightOf(next), BODY_HEIGHT / 2));
    if (c.atPageTop() && !firstOnPage) startPage();
    let rest = row;
    for (;;) {
      const height = heightOf(rest);
      if (height <= c.room() + 1e-6) {
        drawRow(rest);
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
      drawRow({ ...rest, cells: rest.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, fitLines) })) });
      rest = { ...rest, cells: rest.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(fitLines) })) };
      c.pageBreak();
      startPage();
    }
  });
  c.gap(TYPE.table.after);
}

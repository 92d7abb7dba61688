import { DossierError } from '../errors';
import type { TableBlock } from './document-model';

/** Whether a row is a spanning section row: a single cell in a table of `count` columns (see TableBlock). */
export function isSpanningRow(row: readonly string[], count: number): boolean {
  return row.length === 1 && count > 1;
}

/** The number of columns of a table: the widest of its header and rows. */
export function columnCount(block: TableBlock): number {
  return Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
}

/**
 * Column widths as fractions summing to 1, shared by the PDF and DOCX renderers so both files lay the
 * table out alike. Without `columnWidths` the columns are equal; a malformed list is a template bug.
 */
export function columnFractions(block: TableBlock): number[] {
  const count = columnCount(block);
  const given = block.columnWidths;
  if (given === undefined) return Array.from({ length: count }, () => 1 / count);
  const total = given.reduce((sum, w) => sum + w, 0);
  if (given.length !== count || given.some((w) => !(w > 0) || !Number.isFinite(w)) || !(total > 0)) {
    throw new DossierError('template-error', {
      zh: `表格列宽无效：需要 ${count} 个正数，实际为 [${given.join(', ')}]`,
      en: `Invalid table column widths: expected ${count} positive numbers, got [${given.join(', ')}]`,
    });
  }
  return given.map((w) => w / total);
}

/** Whether a cell holds a bare amount, count or page range (12,345.67; 31; 26–27), which both renderers right-align. */
export function isNumericCell(text: string): boolean {
  const t = text.trim();
  return /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/.test(t) || /^\d+[–-]\d+$/.test(t);
}

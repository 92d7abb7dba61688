/**
 * A row as a file format reader produces it, before the header is known, and the limits every reader checks on
 * each cell as it is read, so that a hostile file fails early instead of filling memory.
 */
import { tableProblem } from './table-problem';
import type { TablePlace } from './table-problem';

/** The 1-based row a user sees, and its cells trimmed (a blank row is never produced). */
export type RawRow = { row: number; cells: string[] };

/**
 * What a format reader checks each cell against: how many columns and how long a cell may be; and the header, filled
 * in once it has been read, so that a problem below it names the column as the user's sheet names it.
 */
export type RowLimits = { maxColumns: number; maxCellChars: number; headers: string[] };

/** The place of a cell, named by its header when the header is known. */
export function cellPlace(row: number, column: number, limits: RowLimits): TablePlace {
  const header = limits.headers[column - 1];
  return header ? { row, column, header } : { row, column };
}

/** Returns `text` when it is within the limits for a cell at (`row`, `column`); throws naming both otherwise. */
export function checkCell(fileName: string, row: number, column: number, text: string, limits: RowLimits): string {
  if (column > limits.maxColumns) {
    throw tableProblem(fileName, cellPlace(row, column, limits), {
      zh: `超出列数上限（${limits.maxColumns} 列），请删除多余的列`,
      en: `the table has more than ${limits.maxColumns} columns; remove the extra columns`,
    });
  }
  if (text.length > limits.maxCellChars) {
    throw tableProblem(fileName, cellPlace(row, column, limits), {
      zh: `单元格内容有 ${text.length} 个字符，超过上限 ${limits.maxCellChars} 个`,
      en: `the cell holds ${text.length} characters, more than the limit of ${limits.maxCellChars}`,
    });
  }
  return text;
}

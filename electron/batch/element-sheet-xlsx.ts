/**
 * A court's element sheet (诉讼要素表, core/batch/element-sheet.ts) as an XLSX workbook: the item labels as the
 * header, one row per case, the first column (the case) frozen beside it.
 */
import { elementSheetTable } from '../../core/batch/element-sheet';
import type { FilingData } from '../../core/documents/filing-data';
import { textTableWorkbook } from './text-table-workbook';

/** Writes the element sheet of `cases` (one court's); `createdAt` (default now) dates its properties and zip entries. */
export async function elementSheetXlsx(cases: readonly FilingData[], createdAt: Date = new Date()): Promise<Buffer> {
  const table = elementSheetTable(cases);
  // Each column as wide as its longest cell (a Chinese character takes about two widths), within 10 and 60.
  const width = (i: number) => Math.min(60, Math.max(10, 2 * Math.max(...[table.header, ...table.rows].map((row) => (row[i] ?? '').length))));
  return textTableWorkbook(table, { name: '诉讼要素表', width, wrap: () => true, frozenColumns: 1 }, createdAt);
}

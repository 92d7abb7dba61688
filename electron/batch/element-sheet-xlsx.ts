/**
 * A court's element sheet (诉讼要素表, core/batch/element-sheet.ts) as an XLSX workbook (exceljs): one sheet, the
 * item labels as a bold frozen header, one row per case; every cell text (an ID or card number must not become
 * a number in Excel), neutralised against formulas.
 */
import ExcelJS from 'exceljs';
import { elementSheetTable } from '../../core/batch/element-sheet';
import type { FilingData } from '../../core/documents/filing-data';
import { safeSpreadsheetCell } from '../../core/tables/spreadsheet-cell';

/** Writes the element sheet of `cases` (one court's); `createdAt` (default now) goes into the workbook's properties. */
export async function elementSheetXlsx(cases: readonly FilingData[], createdAt: Date = new Date()): Promise<Buffer> {
  const table = elementSheetTable(cases);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier 卷宗';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet('诉讼要素表');
  sheet.addRow(table.header.map(safeSpreadsheetCell)).font = { bold: true };
  for (const line of table.rows) sheet.addRow(line.map(safeSpreadsheetCell));
  sheet.columns.forEach((column, i) => {
    // As wide as its longest cell (a Chinese character takes about two widths), within 10 and 60.
    const longest = Math.max(...[table.header, ...table.rows].map((row) => (row[i] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest * 2));
    column.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A one-sheet XLSX workbook of a text table (exceljs), as the batch writes its manifest and element sheets: every
 * cell text (an ID or card number must not become a number in Excel) and neutralised against formulas, the header
 * bold and frozen, and every date in the file — properties and zip entries — taken from `createdAt`, so equal
 * input gives equal bytes.
 */
import ExcelJS from 'exceljs';
import { setZipEntryDates } from '../../core/documents/zip-entry-dates';
import { safeSpreadsheetCell } from '../../core/tables/spreadsheet-cell';

/** How the sheet looks: its name, each column's width and wrapping, and how many columns stay frozen. */
export type SheetLayout = { name: string; width: (column: number) => number; wrap: (column: number) => boolean; frozenColumns: number };

/** Writes `table` as a workbook of one sheet laid out by `layout`. */
export async function textTableWorkbook(table: { header: readonly string[]; rows: readonly (readonly string[])[] }, layout: SheetLayout, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier 卷宗';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(layout.name);
  sheet.addRow(table.header.map(safeSpreadsheetCell)).font = { bold: true };
  for (const line of table.rows) sheet.addRow(line.map(safeSpreadsheetCell));
  sheet.columns.forEach((column, i) => {
    column.width = layout.width(i);
    column.alignment = { vertical: 'top', wrapText: layout.wrap(i) };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, ...(layout.frozenColumns > 0 ? { xSplit: layout.frozenColumns } : {}) }];
  // exceljs dates the zip entries with the time of writing.
  return Buffer.from(setZipEntryDates(new Uint8Array(await workbook.xlsx.writeBuffer()), createdAt));
}

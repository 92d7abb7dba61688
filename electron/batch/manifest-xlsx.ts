/**
 * The batch manifest as an XLSX workbook (exceljs), the same table as the CSV (core/batch/manifest.ts): every cell
 * text, neutralised against formulas, the header bold and frozen, columns wide enough to read a SHA-256.
 */
import ExcelJS from 'exceljs';
import { manifestTable } from '../../core/batch/manifest';
import type { ManifestRow } from '../../core/batch/manifest';
import { safeSpreadsheetCell } from '../../core/tables/spreadsheet-cell';

const WIDTHS = [10, 12, 22, 24, 30, 16, 40, 68, 60];

/** Writes `rows` as a one-sheet workbook; `createdAt` (default now) goes into the workbook's properties. */
export async function manifestXlsx(rows: readonly ManifestRow[], createdAt: Date = new Date()): Promise<Buffer> {
  const table = manifestTable(rows);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier 卷宗';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet('清单');
  sheet.addRow(table.header.map(safeSpreadsheetCell)).font = { bold: true };
  for (const line of table.rows) sheet.addRow(line.map(safeSpreadsheetCell));
  sheet.columns.forEach((column, i) => {
    column.width = WIDTHS[i] ?? 16;
    column.alignment = { vertical: 'top', wrapText: i === table.header.length - 1 };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

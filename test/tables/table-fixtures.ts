import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DossierError } from '../../core/errors';

/** Writes an XLSX whose first sheet holds `rows` (row 1 first) to `dir/name` and returns its path. */
export async function writeXlsx(dir: string, name: string, rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('明细');
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** The DossierError an async `run` rejects with; fails the test when it resolves or rejects with something else. */
export async function rejectedDossierError(run: () => Promise<unknown>): Promise<DossierError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}

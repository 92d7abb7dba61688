/**
 * Reads an uploaded table file — CSV in UTF-8, GBK or GB18030, or an Excel workbook (.xlsx, first
 * worksheet) — into text cells for the ledger and contact imports. Excel dates become YYYY-MM-DD
 * (exceljs gives them as UTC midnight); numbers keep the digits Excel stored, so amounts reach the
 * fen parser unchanged.
 */
import ExcelJS from 'exceljs';
import { decodeText, parseCsv, toTable } from '../../core/claim/text-table';
import type { TextEncoding, TextTable } from '../../core/claim/text-table';
import { DossierError } from '../../core/errors';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

async function xlsxRows(bytes: Buffer, fileName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DossierError('invalid-input', { zh: `无法读取 Excel 文件“${fileName}”`, en: `The Excel file "${fileName}" cannot be read` }, { file: fileName });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DossierError('invalid-input', { zh: `Excel 文件“${fileName}”没有工作表`, en: `The Excel file "${fileName}" has no worksheet` }, { file: fileName });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The table in a CSV or XLSX file, and the text encoding used ('xlsx' for a workbook). */
export async function readTableFile(fileName: string, bytes: Buffer, encoding: TextEncoding): Promise<{ table: TextTable; encoding: string }> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(fileName)) return { table: toTable(await xlsxRows(bytes, fileName), fileName), encoding: 'xlsx' };
  const decoded = decodeText(bytes, encoding, fileName);
  return { table: toTable(parseCsv(decoded.text), fileName), encoding: decoded.encoding };
}

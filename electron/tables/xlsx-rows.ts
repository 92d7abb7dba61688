/**
 * The rows of an Excel workbook's first worksheet, streamed with exceljs' WorkbookReader so that memory does not grow
 * with the row count. Only the cells the file holds are visited (a sheet whose one cell is XFD1048576 is one cell,
 * not sixteen thousand columns by a million rows). Dates become YYYY-MM-DD (exceljs gives them as UTC midnight);
 * numbers keep the digits Excel stored, so amounts reach the fen parser unchanged; a formula gives its cached result.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DossierError } from '../../core/errors';
import type { RawRow, RowLimits } from './raw-row';
import { checkCell } from './raw-row';
import { tableProblem } from './table-problem';

/** The text a user sees in a cell. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/**
 * A promise that rejects when the unzip stream exceljs pipes `input` into fails. When a damaged entry fails to
 * inflate, exceljs goes on waiting for that entry's end for ever; this failure is the only sign of it.
 */
function unzipFailure(input: Readable): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    const pipe = input.pipe.bind(input);
    input.pipe = (destination, options) => {
      destination.once('error', reject);
      return pipe(destination, options);
    };
  });
  failed.catch(() => {});
  return failed;
}

/** Streams the first worksheet's non-empty rows, each cell trimmed and checked against the limits as it is read. */
export async function* xlsxRows(chunks: AsyncIterable<Uint8Array>, fileName: string, limits: RowLimits): AsyncGenerator<RawRow> {
  const input = Readable.from(chunks, { objectMode: false });
  const failed = unzipFailure(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  const next = <T>(iterator: AsyncIterator<T>) => Promise.race([iterator.next(), failed]);
  try {
    const sheet = await next(reader[Symbol.asyncIterator]());
    if (!sheet.done) {
      const rows = sheet.value[Symbol.asyncIterator]();
      for (let row = await next(rows); !row.done; row = await next(rows)) {
        const { number } = row.value;
        const cells: string[] = [];
        row.value.eachCell((cell, column) => {
          const text = cellText(cell.value).trim();
          if (text !== '') cells[column - 1] = checkCell(fileName, number, column, text, limits);
        });
        if (cells.length > 0) yield { row: number, cells: Array.from(cells, (text) => text ?? '') };
      }
      return;
    }
    throw tableProblem(fileName, {}, { zh: 'Excel 文件中没有工作表', en: 'the Excel file has no worksheet' });
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw tableProblem(fileName, {}, { zh: '无法作为 Excel 工作簿（.xlsx）读取，文件可能已损坏', en: 'it cannot be read as an Excel workbook (.xlsx); the file may be damaged' });
  } finally {
    input.destroy();
  }
}

/**
 * The rows of an Excel workbook's first worksheet, streamed with exceljs' WorkbookReader so that memory does not grow
 * with the row count. Only the cells the file holds are visited (a sheet whose one cell is XFD1048576 is one cell,
 * not sixteen thousand columns by a million rows). Dates become YYYY-MM-DD (exceljs gives them as UTC midnight);
 * numbers keep the digits Excel stored, so amounts reach the fen parser unchanged; a formula gives its cached result.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Bilingual } from '../../core/bilingual';
import { DossierError } from '../../core/errors';
import type { RawRow, RowLimits } from './raw-row';
import { cellPlace, checkCell } from './raw-row';
import { tableProblem } from './table-problem';

const noResult: Bilingual = {
  zh: '此单元格是公式，但文件中没有保存它的计算结果，请在 Excel 中打开并保存后再导入',
  en: 'this cell holds a formula whose result the file does not keep; open the file in Excel, save it and import it again',
};
const unreadable: Bilingual = { zh: '此单元格的内容无法读取，文件可能已损坏', en: 'this cell cannot be read; the file may be damaged' };

/** The text a user sees for a cell's value; a problem for a value that is no text, number, date or truth value. */
function valueText(value: ExcelJS.CellValue): string | Bilingual {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  // A shared string the file's string table does not hold, or a value of a kind not known here: never "[object Object]".
  return unreadable;
}

/**
 * The text a user sees in a cell, or what keeps it from being read; a formula shows its saved result. That is read
 * from the cell itself, since exceljs leaves a result of 0, '' or FALSE out of the cell's value.
 */
function cellText(cell: ExcelJS.Cell): string | Bilingual {
  if (cell.type !== ExcelJS.ValueType.Formula) return valueText(cell.value);
  return cell.result === undefined ? noResult : valueText(cell.result);
}

/**
 * Watches the unzip stream exceljs pipes `input` into. When a damaged entry fails to inflate, exceljs goes on waiting
 * for that entry's end for ever; the unzip stream's failure is the only sign of it, and it ends the wait here. Each
 * wait holds its own handler, so that a sheet of a million rows does not pile a million handlers on one promise.
 */
function unzipWatch(input: Readable): <T>(iterator: AsyncIterator<T>) => Promise<IteratorResult<T>> {
  let failure: { error: unknown } | null = null;
  let interrupt: ((error: unknown) => void) | null = null;
  const pipe = input.pipe.bind(input);
  input.pipe = (destination, options) => {
    destination.once('error', (error: unknown) => {
      failure = { error };
      interrupt?.(error);
    });
    return pipe(destination, options);
  };
  return (iterator) => new Promise((resolve, reject) => {
    if (failure) return reject(failure.error);
    interrupt = reject;
    iterator.next().then(resolve, reject);
  });
}

/** Streams the first worksheet's non-empty rows, each cell trimmed and checked against the limits as it is read. */
export async function* xlsxRows(chunks: AsyncIterable<Uint8Array>, fileName: string, limits: RowLimits): AsyncGenerator<RawRow> {
  const input = Readable.from(chunks, { objectMode: false });
  const next = unzipWatch(input);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  try {
    const sheet = await next(reader[Symbol.asyncIterator]());
    if (!sheet.done) {
      const rows = sheet.value[Symbol.asyncIterator]();
      for (let row = await next(rows); !row.done; row = await next(rows)) {
        const { number } = row.value;
        const cells: string[] = [];
        row.value.eachCell((cell, column) => {
          const read = cellText(cell);
          if (typeof read !== 'string') throw tableProblem(fileName, cellPlace(number, column, limits), read);
          const text = read.trim();
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

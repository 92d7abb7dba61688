/**
 * The one reading layer for every table a user imports — a bank's case export, a card ledger, contact records, the
 * court directory — as CSV (UTF-8 with or without a byte-order mark, GBK, GB18030) or XLSX. Files are streamed,
 * never read whole; limits on size, rows, columns and cell length are checked before and while reading; every
 * problem is a DossierError('invalid-input') naming the file, the row and the column. No Electron import: the
 * reader runs as well in a worker thread.
 */
import type { TextEncoding, TextTable } from '../../core/claim/text-table';
import { csvRows } from './csv-rows';
import type { RawRow } from './raw-row';
import { openSource } from './table-source';
import type { TableSource } from './table-source';
import { tableProblem } from './table-problem';
import { xlsxRows } from './xlsx-rows';

export type { TableSource } from './table-source';

/** What a table may hold; anything larger is refused with the limit named. */
export type TableLimits = { maxFileBytes: number; maxRows: number; maxColumns: number; maxCellChars: number };

/**
 * 200 MB, 1,000,000 data rows (Excel's own sheet holds 1,048,576), 200 columns and 10,000 characters a cell: far
 * above any bank export seen (tens of columns, cells of at most a few hundred characters), and low enough that a
 * damaged or hostile file fails in seconds instead of exhausting memory.
 */
export const defaultTableLimits: TableLimits = { maxFileBytes: 200 * 1024 * 1024, maxRows: 1_000_000, maxColumns: 200, maxCellChars: 10_000 };

/** One data row: the 1-based row number a user sees in Excel or a text editor, and its cells. */
export type TableRow = { row: number; cells: string[] };

/** How to read: the text encoding of a CSV ('auto' detects it) and limits tighter or looser than the defaults. */
export type TableOptions = { encoding?: TextEncoding; limits?: Partial<TableLimits> };

/** A table opened for streaming; its rows are read as they are iterated, once. */
export type OpenedTable = {
  /** The file's base name, for messages. */
  fileName: string;
  /** 'utf-8', 'gb18030' or 'gbk' for a CSV; 'xlsx' for a workbook. */
  encoding: string;
  /** The header cells, trimmed: the first row with at least two non-empty cells (bank exports often start with a title line). */
  headers: string[];
  headerRow: number;
  /** The data rows after the header, blank rows skipped, each with exactly `headers.length` cells. */
  rows: AsyncIterable<TableRow>;
  /** Releases the file when the rows are not read to the end (reading them to the end, or breaking out of the loop, also does). */
  close(): Promise<void>;
};

function isZip(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Puts a chunk that was looked at back in front of the rest. */
async function* prepend(first: Uint8Array | undefined, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (first) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Opens a CSV or XLSX table and reads up to its header; the data rows stream as `rows` is iterated. */
export async function openTable(source: TableSource, options: TableOptions = {}): Promise<OpenedTable> {
  const limits = { ...defaultTableLimits, ...options.limits, headers: [] as string[] };
  const opened = await openSource(source, limits.maxFileBytes);
  const { fileName } = opened;
  let raw: AsyncGenerator<RawRow> | undefined;
  try {
    const chunks = opened.chunks[Symbol.asyncIterator]();
    const first = await chunks.next();
    const firstChunk = first.done ? undefined : first.value;
    const bytes = prepend(firstChunk, chunks);
    let encoding = 'xlsx';
    const workbook = isZip(firstChunk) || (firstChunk === undefined && /\.xlsx$/i.test(fileName));
    raw = workbook ? xlsxRows(bytes, fileName, limits) : csvRows(bytes, fileName, options.encoding ?? 'auto', limits, (used) => { encoding = used; });
    let header = await raw.next();
    while (!header.done && header.value.cells.filter((cell) => cell !== '').length < 2) header = await raw.next();
    if (header.done) {
      throw tableProblem(fileName, {}, { zh: '没有找到表头行（至少两列有内容的一行）', en: 'no header row (a row with two or more filled cells) was found' });
    }
    const headers = header.value.cells;
    limits.headers.push(...headers);
    const rows = dataRows(raw, headers, fileName, limits.maxRows, opened.close);
    return { fileName, encoding, headers, headerRow: header.value.row, rows, close: async () => { await rows.return(undefined); } };
  } catch (error) {
    await raw?.return(undefined);
    await opened.close();
    throw error;
  }
}

async function* dataRows(raw: AsyncGenerator<RawRow>, headers: string[], fileName: string, maxRows: number, close: () => Promise<void>): AsyncGenerator<TableRow> {
  let count = 0;
  try {
    for (let next = await raw.next(); !next.done; next = await raw.next()) {
      const { row, cells } = next.value;
      count += 1;
      if (count > maxRows) {
        throw tableProblem(fileName, { row }, { zh: `数据超过 ${maxRows} 行的上限，请拆分后分批导入`, en: `the table has more than ${maxRows} data rows; split it and import the parts` });
      }
      if (cells.length > headers.length) {
        throw tableProblem(fileName, { row, column: cells.length }, {
          zh: `此行的内容多于表头的 ${headers.length} 列，请检查分隔符或为该列补上表头`,
          en: `this row has more filled cells than the header's ${headers.length} columns; check the delimiter or give the column a header`,
        });
      }
      yield { row, cells: headers.map((_, index) => cells[index] ?? '') };
    }
  } finally {
    await raw.return(undefined);
    await close();
  }
}

/** Reads a whole table into memory (headers, rows and their row numbers), for imports small enough to hold. */
export async function readTable(source: TableSource, options: TableOptions = {}): Promise<TextTable & { fileName: string; encoding: string }> {
  const table = await openTable(source, options);
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  for await (const { row, cells } of table.rows) {
    rows.push(cells);
    lineNumbers.push(row);
  }
  return { fileName: table.fileName, encoding: table.encoding, headers: table.headers, rows, lineNumbers };
}

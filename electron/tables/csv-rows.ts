/**
 * The rows of a CSV file, parsed by csv-parse as the text streams in (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes). The delimiter — comma, tab or semicolon — is the one used most on the first line that uses
 * any. Rows are numbered as a spreadsheet numbers them (one per record), so every problem names the row to fix.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { TextEncoding } from '../../core/claim/text-table';
import { decodeText, UNDECODABLE } from './decode-text';
import type { UsedEncoding } from './decode-text';
import type { RawRow, RowLimits } from './raw-row';
import { cellPlace, checkCell } from './raw-row';
import { tableProblem } from './table-problem';

const delimiters = [',', '\t', ';'] as const;

/** How much text is looked at to find the delimiter. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 20;

/** How often `delimiter` separates cells on `line`: inside a quoted cell it is text, so quoted cells are left out. */
function count(line: string, delimiter: string): number {
  return line.replace(/"[^"]*"/g, '').split(delimiter).length - 1;
}

/** The delimiter used most on the first line that uses any (bank exports often start with a title line); comma by default. */
export function detectDelimiter(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/).slice(0, SAMPLE_LINES)) {
    const [best] = delimiters.map((d) => ({ d, n: count(line, d) })).sort((a, b) => b.n - a.n);
    if (best && best.n > 0) return best.d;
  }
  return ',';
}

/** Gathers the first text until it holds a line end (or enough characters), so the delimiter can be chosen. */
async function* withDelimiter(text: AsyncGenerator<string>, found: (delimiter: string) => void): AsyncGenerator<string> {
  let head = '';
  let next = await text.next();
  while (!next.done && head.length < SAMPLE_CHARS && head.split('\n').length <= SAMPLE_LINES) {
    head += next.value;
    next = await text.next();
  }
  found(detectDelimiter(head));
  if (head) yield head;
  while (!next.done) {
    yield next.value;
    next = await text.next();
  }
}

function encodingName(encoding: UsedEncoding): string {
  return encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase();
}

/** Streams a CSV's non-empty rows, each cell trimmed and checked against the limits; `used` learns the encoding. */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>, fileName: string, encoding: TextEncoding, limits: RowLimits, used: (encoding: UsedEncoding) => void): AsyncGenerator<RawRow> {
  let usedEncoding: UsedEncoding = 'utf-8';
  let delimiter = ',';
  const text = withDelimiter(decodeText(chunks, encoding, (e) => { usedEncoding = e; used(e); }), (d) => { delimiter = d; });
  // The delimiter is known once the first text has been read; the parser is made then.
  const first = await text.next();
  const parser = parse({
    delimiter, bom: true, relax_column_count: true, relax_quotes: true, trim: true, skip_empty_lines: false,
    // Every line ending ends a record, also in a file that mixes them (csv-parse would otherwise keep the first it meets).
    record_delimiter: ['\r\n', '\n', '\r'],
    // The record buffer is bounded while reading; each cell is then checked against its own limit.
    max_record_size: limits.maxColumns * limits.maxCellChars,
  });
  async function* source() {
    if (!first.done) yield first.value;
    yield* text;
  }
  const done = pipeline(Readable.from(source()), parser);
  done.catch(() => {});
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      const cells: string[] = [];
      record.forEach((field, index) => {
        // csv-parse trims around quotes; spaces inside a quoted cell are trimmed here, as every reader's cells are.
        const value = field.trim();
        if (value === '') return;
        if (value.includes(UNDECODABLE)) {
          throw tableProblem(fileName, cellPlace(row, index + 1, limits), {
            zh: `有无法按 ${encodingName(usedEncoding)} 编码读取的字节，请确认文件编码（UTF-8、GBK 或 GB18030）`,
            en: `some bytes cannot be read as ${encodingName(usedEncoding)}; check the file's encoding (UTF-8, GBK or GB18030)`,
          });
        }
        cells[index] = checkCell(fileName, row, index + 1, value, limits);
      });
      if (cells.length > 0) yield { row, cells: Array.from(cells, (value) => value ?? '') };
    }
    await done;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse counts the records it has finished (blank ones too); the faulty one is the next, where its quote opened.
    throw csvProblem(error, fileName, (typeof error.records === 'number' ? error.records : row) + 1, limits);
  } finally {
    parser.destroy();
  }
}

function csvProblem(error: CsvError, fileName: string, row: number, limits: RowLimits) {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return tableProblem(fileName, { row }, {
        zh: '此行开始的引号直到文件末尾都没有闭合，请检查该行的双引号',
        en: 'a quote opened on this row is never closed before the end of the file; check the double quotes on this row',
      });
    case 'CSV_MAX_RECORD_SIZE':
      return tableProblem(fileName, { row }, {
        zh: `此行超过 ${limits.maxColumns * limits.maxCellChars} 个字符，超出可读取的范围（常见原因是引号未闭合）`,
        en: `this row is longer than ${limits.maxColumns * limits.maxCellChars} characters, more than can be read (often an unclosed quote)`,
      });
    default:
      return tableProblem(fileName, { row }, {
        zh: '引号使用有误：引号内的内容结束后应紧跟分隔符或换行',
        en: 'misplaced quote: a closing quote must be followed by the delimiter or a line end',
      });
  }
}

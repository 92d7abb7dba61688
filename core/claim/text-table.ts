/**
 * Spreadsheet-like text tables from CSV bytes. Chinese banks export transaction detail in GBK or
 * GB18030 as often as in UTF-8, so the encoding is either given or detected: valid UTF-8 (with or
 * without a byte-order mark) is read as UTF-8, anything else as GB18030, which is a superset of GBK.
 * TextDecoder's WHATWG encodings do the decoding; no byte is guessed at by hand.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import type { FieldIssue } from '../errors';

/** Encodings a CSV may be read in; 'auto' detects as described above. */
export const textEncodings = ['auto', 'utf-8', 'gbk', 'gb18030'] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** A table: header cells and data rows, every cell a trimmed string; `lineNumbers[i]` is the file's 1-based row of rows[i]. */
export type TextTable = { headers: string[]; rows: string[][]; lineNumbers: number[] };

/** Decodes CSV bytes; returns the text and the encoding actually used. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding, fileName: string): { text: string; encoding: Exclude<TextEncoding, 'auto'> } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const decode = (label: Exclude<TextEncoding, 'auto'>) => new TextDecoder(label, { fatal: true }).decode(body);
  try {
    if (encoding !== 'auto') return { text: decode(encoding), encoding };
    try {
      return { text: decode('utf-8'), encoding: 'utf-8' };
    } catch {
      return { text: decode('gb18030'), encoding: 'gb18030' };
    }
  } catch {
    const label = encoding === 'auto' ? 'UTF-8 / GB18030' : encoding.toUpperCase();
    throw new DossierError('invalid-input', {
      zh: `文件“${fileName}”无法按 ${label} 编码读取，请确认文件编码（UTF-8、GBK 或 GB18030）`,
      en: `The file "${fileName}" cannot be read as ${label}; check its encoding (UTF-8, GBK or GB18030)`,
    }, { file: fileName });
  }
}

/** The delimiter used most on the first line: comma, tab or semicolon. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', '\t', ';'].map((d) => ({ d, n: firstLine.split(d).length }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.d;
}

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((v) => v.trim()));
}

/**
 * Turns raw rows into a table: the header is the first row with at least two non-empty cells (bank
 * exports often start with a title line such as "信用卡交易明细"); blank rows are dropped.
 */
export function toTable(raw: string[][], fileName: string): TextTable {
  const headerIndex = raw.findIndex((r) => r.filter((v) => v !== '').length >= 2);
  if (headerIndex < 0) {
    throw new DossierError('invalid-input', {
      zh: `文件“${fileName}”中没有找到表头行（至少两列）`,
      en: `No header row (two or more columns) found in "${fileName}"`,
    }, { file: fileName });
  }
  const headers = raw[headerIndex]!.map((h) => h.trim());
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  raw.slice(headerIndex + 1).forEach((r, i) => {
    if (r.every((v) => v === '')) return;
    rows.push(headers.map((_, c) => r[c] ?? ''));
    lineNumbers.push(headerIndex + 2 + i);
  });
  return { headers, rows, lineNumbers };
}

/** The problems found while importing a table's rows, reported together. */
export type RowProblems = {
  /** Records a problem with one cell, by the file's row number and the column's name. */
  add(row: number, column: string, message: Bilingual): void;
  /** Throws one DossierError naming the file, the count and the first problem, every problem in its details; nothing is imported. */
  throwIfAny(): void;
};

/** A fresh collector for the row problems of importing `fileName` (imports are all or nothing). */
export function rowProblems(fileName: string): RowProblems {
  const issues: (FieldIssue & { row: number })[] = [];
  return {
    add(row, column, message) {
      issues.push({ row, field: `row ${row} · ${column}`, message: { zh: `第 ${row} 行“${column}”：${message.zh}`, en: `Row ${row}, "${column}": ${message.en}` } });
    },
    throwIfAny() {
      const first = issues[0];
      if (!first) return;
      throw new DossierError('invalid-input', {
        zh: `“${fileName}”有 ${issues.length} 处无法导入，未导入任何记录。${first.message.zh}`,
        en: `"${fileName}" has ${issues.length} problem(s); nothing was imported. ${first.message.en}`,
      }, { file: fileName, row: first.row }, issues.map(({ field, message }) => ({ field, message })));
    },
  };
}

/**
 * Spreadsheet-like text tables, as the reading layer (electron/tables) reads them from CSV or XLSX files, and the
 * row problems an import of one reports. Core sees only the cells, never the file.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import type { FieldIssue } from '../errors';

/** Encodings a CSV may be read in; 'auto' detects UTF-8 (with or without a byte-order mark) or else GB18030. */
export const textEncodings = ['auto', 'utf-8', 'gbk', 'gb18030'] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** A table: header cells and data rows, every cell a trimmed string; `lineNumbers[i]` is the file's 1-based row of rows[i]. */
export type TextTable = { headers: string[]; rows: string[][]; lineNumbers: number[] };

/** A row an import left out, with the column concerned and why; listed in the import's result. */
export type SkippedRow = { row: number; column: string; reason: Bilingual };

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

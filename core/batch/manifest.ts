/**
 * The manifest (清单) of a batch: every case the batch took, what became of it, the files it produced with their
 * SHA-256, and the findings that kept it back. It is what the paralegal checks against the filing packages and
 * keeps with them; the same table goes out as CSV (here) and XLSX (electron/batch/manifest-xlsx.ts).
 *
 * Layout: one line per file, the case's columns repeated on each, so the sheet can be filtered and sorted and a
 * file's hash always stands on its own line; a case without files (not ready, failed) has one line with the file
 * columns blank. Findings and the error go into 问题, one per line within the cell, in Chinese.
 */
import { stringify } from 'csv-stringify/sync';
import type { Bilingual } from '../bilingual';
import { safeSpreadsheetCell } from '../tables/spreadsheet-cell';
import { batchCaseStateLabels } from './batch-case-state-labels';
import type { BatchCaseState } from './batch-operations';

/** One case of a batch as the manifest lists it; identity numbers already masked as the documents print them. */
export type ManifestRow = {
  caseId: number;
  defendantName: string;
  residentIdMasked: string;
  cardNumberMasked: string;
  courtName: string;
  status: BatchCaseState;
  files: { name: string; sha256: string }[];
  findings: Bilingual[];
  error: Bilingual | null;
};

/** A table of text cells: the header row and the body rows, every row as long as the header. */
export type TextTable = { header: string[]; rows: string[][] };

/** The manifest's columns, in order. */
export const MANIFEST_HEADER = ['案件编号', '被告', '身份证号', '卡号', '受诉法院', '状态', '文件', 'SHA-256', '问题'];

/** The manifest as a table of text: one line per file (see the module comment); cells are not yet neutralised. */
export function manifestTable(rows: readonly ManifestRow[]): TextTable {
  const body: string[][] = [];
  for (const row of rows) {
    const problems = [...row.findings, ...(row.error ? [row.error] : [])].map((text) => text.zh).join('\n');
    const caseCells = [String(row.caseId), row.defendantName, row.residentIdMasked, row.cardNumberMasked, row.courtName, batchCaseStateLabels[row.status].zh];
    const files = row.files.length > 0 ? row.files : [{ name: '', sha256: '' }];
    for (const file of files) body.push([...caseCells, file.name, file.sha256, problems]);
  }
  return { header: [...MANIFEST_HEADER], rows: body };
}

/**
 * The manifest as CSV text (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so Excel opens the Chinese
 * as Chinese; every cell passed through safeSpreadsheetCell.
 */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  const table = manifestTable(rows);
  const cells = [table.header, ...table.rows].map((line) => line.map(safeSpreadsheetCell));
  return stringify(cells, { bom: true, record_delimiter: 'windows' });
}

import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { TextEncoding } from '../../../core/claim/text-table';
import { suggestLedgerMapping } from '../../../core/claim/ledger-import';
import type { FileMatch } from '../../../core/evidence/file-name-match';
import { DossierError } from '../../../core/errors';
import { fieldOfHeader } from '../../../core/import/suggest-mapping';
import { openTable } from '../../tables/read-table';
import { CliFailure } from '../cli-output';

type Call = (name: 'evidence:match-files' | 'contact:import' | 'ledger:import', value: unknown) => Promise<unknown>;

/** Which file goes to which import: contact records (催收记录) or the card's ledger (交易明细). */
export type RoutedKind = 'contacts' | 'ledger';

/** What routing a contacts or ledger file to the cases did. */
export type RoutedTableResult = {
  file: string;
  /** The column whose card or ID number chose the case. */
  column: string;
  imported: { caseId: number; rows: number; imported: number }[];
  /** Rows whose number is no case's card or ID number (or is more than one case's). */
  unmatchedRows: number[];
  failed: { caseId: number; row: number | null; message: { zh: string; en: string } }[];
};

/** How many cells evidence:match-files takes at once. */
const MATCH_CHUNK = 5000;

/**
 * The rows of one case as a file of their own, each at the row number it has in the original (blank rows fill
 * the gaps, and the reader skips them), so a problem the contact or ledger import finds names the user's row.
 * The card or ID column is left out: it chose the case, and its header (证件号码) is none of the import's own.
 */
function caseFile(headerRow: number, headers: string[], rows: { row: number; cells: string[] }[], routing: number): string {
  const without = (cells: string[]) => cells.filter((_, i) => i !== routing);
  const lines: string[][] = [...Array.from({ length: headerRow - 1 }, () => []), without(headers)];
  for (const { row, cells } of rows) {
    while (lines.length < row - 1) lines.push([]);
    lines.push(without(cells));
  }
  return stringify(lines, { record_delimiter: '\n' });
}

/**
 * Imports a contacts or ledger file that holds many cases' rows: each row goes to the case whose card number
 * (or resident ID number) its card or ID column holds, and each case's rows go through that case's own import
 * (contact:import, or ledger:import replacing what an earlier import of the ledger wrote), row numbers intact.
 */
export async function importRoutedTable(call: Call, kind: RoutedKind, path: string, encoding: TextEncoding): Promise<RoutedTableResult> {
  const table = await openTable({ path }, { encoding });
  const rows: { row: number; cells: string[] }[] = [];
  for await (const row of table.rows) rows.push(row);
  const byCard = table.headers.findIndex((h) => fieldOfHeader(h) === 'cardNumber');
  const column = byCard >= 0 ? byCard : table.headers.findIndex((h) => fieldOfHeader(h) === 'residentId');
  if (column < 0) {
    throw new DossierError('invalid-input', {
      zh: `“${table.fileName}”中没有卡号或身份证号列，无法把各行分到案件`,
      en: `"${table.fileName}" has no card number or ID number column, so its rows cannot be given to cases`,
    }, { file: table.fileName });
  }
  const keys = rows.map(({ cells }) => cells[column] ?? '');
  const matches: FileMatch[] = [];
  for (let i = 0; i < keys.length; i += MATCH_CHUNK) {
    matches.push(...((await call('evidence:match-files', { fileNames: keys.slice(i, i + MATCH_CHUNK) })) as FileMatch[]));
  }
  const result: RoutedTableResult = { file: table.fileName, column: table.headers[column]!, imported: [], unmatchedRows: [], failed: [] };
  const byCase = new Map<number, { row: number; cells: string[] }[]>();
  matches.forEach((match, i) => {
    const row = rows[i]!;
    if (match.caseId === null) result.unmatchedRows.push(row.row);
    else byCase.set(match.caseId, [...(byCase.get(match.caseId) ?? []), row]);
  });
  for (const [caseId, caseRows] of byCase) {
    const file = { fileName: basename(path), contentBase64: Buffer.from(caseFile(table.headerRow, table.headers, caseRows, column), 'utf8').toString('base64'), encoding: 'utf-8' };
    try {
      const done = kind === 'contacts'
        ? ((await call('contact:import', { caseId, ...file })) as { imported: number })
        : ((await call('ledger:import', { caseId, ...file, mapping: suggestLedgerMapping(table.headers.filter((_, i) => i !== column)), replace: true })) as { imported: number });
      result.imported.push({ caseId, rows: caseRows.length, imported: done.imported });
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      result.failed.push({ caseId, row: error.payload.row ?? null, message: error.payload.message });
    }
  }
  return result;
}

/** The routing's outcome as text, Chinese first. */
export function routedTableLines(kind: RoutedKind, result: RoutedTableResult): string[] {
  const what = kind === 'contacts' ? { zh: '催收记录', en: 'Contact records' } : { zh: '交易明细', en: 'Ledger' };
  const imported = result.imported.reduce((sum, r) => sum + r.imported, 0);
  return [
    `${what.zh}“${result.file}”（按“${result.column}”分案）：导入 ${result.imported.length} 个案件共 ${imported} 行，未匹配 ${result.unmatchedRows.length} 行，失败 ${result.failed.length} 个案件 / ` +
      `${what.en} "${result.file}" (by "${result.column}"): ${imported} rows into ${result.imported.length} cases, ${result.unmatchedRows.length} rows unmatched, ${result.failed.length} cases failed`,
    ...(result.unmatchedRows.length > 0 ? [`  未匹配的行 unmatched rows: ${result.unmatchedRows.join('、')}`] : []),
    ...result.failed.map((f) => `  失败 failed · 案件 case ${f.caseId}${f.row !== null ? ` · 第 ${f.row} 行 row ${f.row}` : ''} · ${f.message.zh} / ${f.message.en}`),
  ];
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { TextEncoding } from '../../core/claim/text-table';
import { checkImportRow } from '../../core/import/check-import-row';
import type { ImportRowContext, RowCells } from '../../core/import/check-import-row';
import { createFileDuplicates } from '../../core/import/file-duplicates';
import { caseImportFields } from '../../core/import/import-operations';
import type { CaseImportField, CaseImportMapping } from '../../core/import/import-operations';
import { mappingProblems } from '../../core/import/mapping-problems';
import { createProblemList } from '../../core/import/problem-list';
import type { ProblemTally } from '../../core/import/problem-list';
import { openTable } from '../tables/read-table';
import type { TableSource } from '../tables/read-table';

/** What the reading step needs: plain data only, so it can run in a worker thread. */
export type CheckImportInput = {
  source: TableSource;
  encoding: TextEncoding;
  mapping: CaseImportMapping;
  today: string;
  /** Plaintiff organisations as [exact name, id]. */
  plaintiffs: [string, number][];
  defaultPlaintiffId: number | null;
  agentId: number | null;
};

/** A row that passed, kept small: its row number and its mapped cells joined by NUL (in `mappedFields` order). */
export type KeptRow = { row: number; cells: string };

/** What reading and checking a whole file found, before anything is compared with the database. */
export type CheckedImportFile = ProblemTally & {
  fileName: string;
  encoding: string;
  sha256: string;
  /** Data rows read (blank rows aside). */
  rows: number;
  kept: KeptRow[];
};

const SEPARATOR = '\u0000';

/** The fields a mapping reads, in a fixed order: the order of a kept row's cells. */
export function mappedFields(mapping: CaseImportMapping): CaseImportField[] {
  return caseImportFields.filter((field) => (mapping[field] ?? '') !== '');
}

/** The cells of a kept row, as a row check reads them. */
export function keptRowCells(kept: KeptRow, fields: readonly CaseImportField[]): RowCells {
  const values = kept.cells.split(SEPARATOR);
  const byField = new Map(fields.map((field, i) => [field, values[i] ?? ''] as const));
  return (field) => byField.get(field);
}

/** The row check's context for one import. */
export function rowContextOf(input: Pick<CheckImportInput, 'mapping' | 'today' | 'plaintiffs' | 'defaultPlaintiffId' | 'agentId'>): ImportRowContext {
  return {
    today: input.today, mapping: input.mapping, plaintiffIdByName: new Map(input.plaintiffs),
    defaultPlaintiffId: input.defaultPlaintiffId, agentId: input.agentId,
  };
}

/** SHA-256 of the file, read as a stream (the reader has already refused anything but a regular file). */
async function sha256Of(source: TableSource): Promise<string> {
  const hash = createHash('sha256');
  if ('bytes' in source) return hash.update(source.bytes).digest('hex');
  for await (const chunk of createReadStream(source.path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Reads a bank's case export row by row and checks every row (issue 11): each row's problems are reported by
 * row and column, rows that repeat a card are refused, and the rows that pass are kept compactly for the
 * writing step. Nothing here touches the database, so it runs off the main thread.
 */
export async function checkImportFile(input: CheckImportInput): Promise<CheckedImportFile> {
  const table = await openTable(input.source, { encoding: input.encoding });
  const fields = mappedFields(input.mapping);
  const problems = createProblemList();
  for (const problem of mappingProblems(input.mapping, table.headers, table.headerRow, input.defaultPlaintiffId !== null)) {
    problems.addForFile(problem);
  }
  const sha256 = await sha256Of(input.source);
  const base = { fileName: table.fileName, encoding: table.encoding, sha256 };
  if (problems.count > 0) return { ...base, rows: 0, kept: [], ...problems.tally() };

  const columns = fields.map((field) => table.headers.indexOf(input.mapping[field]!));
  const context = rowContextOf(input);
  const duplicates = createFileDuplicates(input.mapping.cardNumber!);
  const kept: (KeptRow | null)[] = [];
  let rows = 0;
  for await (const { row, cells } of table.rows) {
    rows += 1;
    const values = columns.map((column) => (cells[column] ?? '').replaceAll(SEPARATOR, ''));
    const byField = new Map(fields.map((field, i) => [field, values[i]!] as const));
    const checked = checkImportRow(row, (field) => byField.get(field), context);
    if (!checked.ok) {
      for (const problem of checked.problems) problems.add(problem);
      continue;
    }
    const repeated = duplicates.check(row, kept.length, checked.imported.values.card.cardNumber);
    if (repeated) {
      for (const problem of repeated.problems) problems.add(problem);
      if (repeated.dropIndex !== null) kept[repeated.dropIndex] = null;
      continue;
    }
    kept.push({ row, cells: values.join(SEPARATOR) });
  }
  return { ...base, rows, kept: kept.filter((k): k is KeptRow => k !== null), ...problems.tally() };
}

/**
 * The batch manifest as an XLSX workbook, the same table as the CSV (core/batch/manifest.ts), with columns wide
 * enough to read a SHA-256.
 */
import { manifestTable } from '../../core/batch/manifest';
import type { ManifestRow } from '../../core/batch/manifest';
import { textTableWorkbook } from './text-table-workbook';

const WIDTHS = [10, 12, 22, 24, 30, 16, 40, 68, 60];

/** Writes `rows` as a one-sheet workbook; `createdAt` (default now) dates its properties and zip entries. */
export async function manifestXlsx(rows: readonly ManifestRow[], createdAt: Date = new Date()): Promise<Buffer> {
  const table = manifestTable(rows);
  return textTableWorkbook(table, { name: '清单', width: (i) => WIDTHS[i] ?? 16, wrap: (i) => i === table.header.length - 1, frozenColumns: 0 }, createdAt);
}

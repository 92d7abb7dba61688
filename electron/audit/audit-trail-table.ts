/**
 * A case's audit trail (操作记录) as a table for its filing package: each record's number, time, who, what, and the
 * record's chain hash, so the trail handed over can be checked against the database. Written as CSV (UTF-8 with a
 * byte-order mark, CRLF, every cell through safeSpreadsheetCell) or XLSX; the same database gives the same bytes.
 */
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import type { TextTable } from '../../core/batch/manifest';
import { safeSpreadsheetCell } from '../../core/tables/spreadsheet-cell';
import { textTableWorkbook } from '../batch/text-table-workbook';
import { auditActionText, auditChangeText } from './audit-change-text';
import { auditTimeText } from './audit-subject';

/** The trail's file name in a case's folder. */
export const AUDIT_TRAIL_FILE = '操作记录';

const CASE_SUBJECT = { zh: '案件', en: 'case' };

/** The trail's columns, in order. */
export const AUDIT_TRAIL_HEADER = ['记录号', '时间', '操作人', '操作', '内容', '记录哈希（SHA-256）'];

/**
 * The audit trail of case `caseId`, oldest first; with `until`, only the records written at or before that moment (a
 * batch exports the trail as it stood when the job started, so a resumed job writes the same file).
 */
export function caseAuditTable(db: Database.Database, caseId: number, until?: Date): TextTable {
  const rows = db.prepare(
    "SELECT id, at, actor, action, before_json, after_json, hash FROM audit_log WHERE entity = 'case' AND entity_id = ? ORDER BY id",
  ).all(caseId) as { id: number; at: string; actor: string; action: string; before_json: string | null; after_json: string | null; hash: string }[];
  const limit = until?.getTime();
  return {
    header: [...AUDIT_TRAIL_HEADER],
    rows: rows
      .filter((row) => limit === undefined || !(Date.parse(row.at) > limit))
      .map((row) => [String(row.id), auditTimeText(row.at), row.actor, auditActionText(row.action).zh, auditChangeText(row.action, row.before_json, row.after_json, CASE_SUBJECT).zh, row.hash]),
  };
}

/** The table as CSV bytes for Excel. */
export function auditTableCsv(table: TextTable): Uint8Array {
  const cells = [table.header, ...table.rows].map((line) => line.map(safeSpreadsheetCell));
  return new TextEncoder().encode(stringify(cells, { bom: true, record_delimiter: 'windows' }));
}

/** The table as an XLSX workbook dated `createdAt`. */
export function auditTableXlsx(table: TextTable, createdAt: Date): Promise<Buffer> {
  const widths = [8, 20, 12, 10, 48, 66];
  return textTableWorkbook(table, { name: '操作记录', width: (i) => widths[i] ?? 12, wrap: (i) => i === 4, frozenColumns: 0 }, createdAt);
}

/**
 * Stand-in for the manifest writers until the shared ones are in (same names and rows): one line per case with
 * its defendant, court, files with SHA-256, status and findings.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Bilingual } from '../../core/bilingual';

/** One case's line in the manifest. */
export type ManifestRow = { caseId: number; defendant: string; court: string; files: { name: string; sha256: string }[]; status: Bilingual; findings: Bilingual[] };

const header = ['案件编号 Case', '被告 Defendant', '受诉法院 Court', '文件 Files', 'SHA-256', '状态 Status', '检查结果 Findings'];

function cells(row: ManifestRow): string[] {
  return [String(row.caseId), row.defendant, row.court, row.files.map((f) => f.name).join('\n'), row.files.map((f) => f.sha256).join('\n'),
    `${row.status.zh} ${row.status.en}`, row.findings.map((f) => f.zh).join('\n')];
}

/** The manifest as CSV text (UTF-8 with BOM, so Excel opens the Chinese right). */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  return `\uFEFF${stringify([header, ...rows.map(cells)])}`;
}

/** The manifest as an XLSX workbook, stamped with `createdAt`. */
export async function manifestXlsx(rows: readonly ManifestRow[], createdAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet('清单 Manifest');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(cells(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

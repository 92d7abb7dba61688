/**
 * Every CSV and XLSX the app writes for spreadsheet programs makes a cell that starts like a formula inert, read
 * back from the real file: the court directory export (csv-parse), a court's element sheet and the audit trail
 * (exceljs), each with a hostile value put where a user or a bank's file can put one.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { courtsToCsv } from '../../core/court/court-csv';
import { elementSheetXlsx } from '../../electron/batch/element-sheet-xlsx';
import { auditTableXlsx, caseAuditTable } from '../../electron/audit/audit-trail-table';
import { loadFilingData } from '../../electron/services/document-filing-data';
import { directoryWith } from '../support/court-data';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from './evidence/evidence-fixtures';

const tempDir = useTempDir();
const hostile = ['=HYPERLINK("http://example.invalid","点击")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

async function sheetCells(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => {
    // A formula cell would come back as an object with a formula; an inert one is plain text.
    expect(typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value).toBe(false);
    cells.push(String(cell.value));
  }));
  return cells;
}

describe('spreadsheet writers neutralise formula-like cells', () => {
  it('the court directory CSV', () => {
    const directory = directoryWith();
    const courts = hostile.map((notes) => ({ ...directory.find('basic-530102')!, notes }));
    const rows = parse(courtsToCsv(courts), { bom: true, relax_column_count: true }) as string[][];
    const column = rows[0]!.indexOf('备注');
    expect(column).toBeGreaterThan(-1);
    expect(rows.slice(1).map((r) => r[column])).toEqual(hostile.map((h) => `'${h}`));
  });

  it('a court’s element sheet, and the case’s audit trail as XLSX', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    const { cases } = await seedProfiles(services.handlers);
    const values = caseInput.parse(cases[0]!);
    const created = await services.handlers['case:create']({ values: { ...values, defendant: { ...values.defendant, employer: hostile[0]!, registeredAddress: `${hostile[3]!}云南省昆明市` } } });
    await services.handlers['evidence:add']({ caseId: created.id, fileName: 'x.pdf', contentBase64: (await makePdf(1)).toString('base64'), meta: { title: hostile[1]! } });
    const data = loadFilingData(services.context, created.id, undefined).data;
    const sheet = await sheetCells(await elementSheetXlsx([data], new Date('2026-11-28T02:00:00Z')));
    expect(sheet).toContain(`'${hostile[0]!}`);
    expect(sheet.some((cell) => cell.startsWith(`'${hostile[3]!}`))).toBe(true);
    expect(sheet.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const trail = await sheetCells(await auditTableXlsx(caseAuditTable(services.context.db, created.id, new Date('2026-11-28T02:00:00Z')), new Date('2026-11-28T02:00:00Z')));
    expect(trail.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(trail.some((cell) => cell.includes(hostile[1]!))).toBe(true);
    services.close();
  }, 60_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementSheetTable } from '../../../core/batch/element-sheet';
import { caseInput } from '../../../core/case/case-model';
import type { FilingData } from '../../../core/documents/filing-data';
import { elementSheetXlsx } from '../../../electron/batch/element-sheet-xlsx';
import { loadFilingData } from '../../../electron/services/document-filing-data';
import { openDemoCaseServices, openTestServices, seedProfiles } from '../../support/service-fixture';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-element-sheet-'));
  dirs.push(dir);
  return dir;
};
let demo: FilingData[];
let bare: FilingData;

beforeAll(async () => {
  const services = await openDemoCaseServices(tempDir());
  demo = services.ids.map((id) => loadFilingData(services.context, id, undefined).data);
  services.close();
  // The first demo case again, with no evidence, ledger or contact records at all.
  const empty = openTestServices(tempDir());
  const { cases } = await seedProfiles(empty.handlers);
  const created = await empty.handlers['case:create']({ values: caseInput.parse(cases[0]) });
  bare = loadFilingData(empty.context, created.id, undefined).data;
  empty.close();
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The row of `data` as label → cell. */
function rowOf(data: FilingData): Record<string, string> {
  const table = elementSheetTable([data]);
  return Object.fromEntries(table.header.map((label, i) => [label, table.rows[0]![i]!]));
}

describe('the element sheet', () => {
  it('takes the element complaint items in its order, one row per case', () => {
    const table = elementSheetTable(demo);
    expect(table.rows).toHaveLength(3);
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const order = ['原告名称', '住所地（主要办事机构所在地）', '法定代表人/主要负责人', '被告姓名', '性别', '出生日期', '民族', '证件号码', '透支本金（元）', '标的总额（元）',
      '有无仲裁、法院管辖约定', '信用卡卡号', '是否就信用卡合约主要条款进行提示注意', '是否向被告进行通知和催收', '证据清单', '是否考虑先行调解'];
    const positions = order.map((label) => table.header.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(table.header).size).toBe(table.header.length);
  });

  it('fills the parties and the claim from the filing data, amounts in yuan with two decimals', () => {
    const row = rowOf(demo[0]!);
    expect(row).toMatchObject({
      案件编号: String(demo[0]!.caseId), 原告名称: demo[0]!.plaintiff.name, 被告姓名: '李晓梅', 性别: '女', 出生日期: '1986-04-12', 证件类型: '居民身份证',
      证件号码: demo[0]!.defendant.residentId, 计算截止日: demo[0]!.claim.asOfDate, 信用卡卡号: demo[0]!.card.cardNumber,
    });
    const { principalFen, totalFen } = demo[0]!.claim;
    expect(row['透支本金（元）']).toBe(`${Math.floor(principalFen / 100).toLocaleString('en-US')}.${String(principalFen % 100).padStart(2, '0')}`);
    expect(row['标的总额（元）']).toMatch(/^\d{1,3}(,\d{3})*\.\d\d$/);
    expect(row['标的总额（元）']).toBe(`${Math.floor(totalFen / 100).toLocaleString('en-US')}.${String(totalFen % 100).padStart(2, '0')}`);
  });

  it('answers the key-term notice only where the card agreement records it, and leaves it blank otherwise', () => {
    const withNotice = rowOf(demo[0]!);
    expect(withNotice['是否就信用卡合约主要条款进行提示注意']).toBe('是');
    expect(withNotice['提示注意的方式']).toContain('信用卡领用合约');
    // 王建国's card agreement does not record the notice.
    const withoutNotice = rowOf(demo[1]!);
    expect(withoutNotice['是否就信用卡合约主要条款进行提示注意']).toBe('');
    expect(withoutNotice['提示注意的方式']).toBe('');
    expect(withoutNotice['提示注意的时间']).toBe('');
  });

  it('leaves every fact item blank for a case with no records, never a default 是', () => {
    const row = rowOf(bare);
    for (const label of ['是否就信用卡合约主要条款进行提示注意', '是否向被告进行通知和催收', '通知和催收具体情况', '有无仲裁、法院管辖约定', '是否已经诉前保全',
      '被告逾期部分已还金额（元）', '证据清单', '是否签订保证合同', '是否主张担保权利', '是否考虑先行调解']) {
      expect(row[label], label).toBe('');
    }
    expect(rowOf(demo[0]!)['是否向被告进行通知和催收']).toBe('是');
    expect(rowOf(demo[0]!)['证据清单']).toContain('1. ');
  });

  it('writes an XLSX whose cells are the table as text, ID and card numbers included', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; it reads a Node Buffer.
    await workbook.xlsx.load(await elementSheetXlsx(demo) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const table = elementSheetTable(demo);
    const read = (r: number) => table.header.map((_, c) => {
      const value = sheet.getRow(r).getCell(c + 1).value;
      return value === null || value === undefined ? '' : value;
    });
    expect(read(1)).toEqual(table.header);
    expect(read(2)).toEqual(table.rows[0]);
    expect(read(4)).toEqual(table.rows[2]);
    expect(sheet.rowCount).toBe(4);
  });
});

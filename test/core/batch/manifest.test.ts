import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MANIFEST_HEADER, manifestCsv, manifestTable } from '../../../core/batch/manifest';
import type { ManifestRow } from '../../../core/batch/manifest';
import { manifestXlsx } from '../../../electron/batch/manifest-xlsx';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

function rows(defendantName = '王䶮'): ManifestRow[] {
  return [
    {
      caseId: 12, defendantName, residentIdMasked: '530102********1234', cardNumberMasked: '6222 **** **** 0123', courtName: '昆明市五华区人民法院',
      status: 'done', files: [{ name: '民事起诉状.docx', sha256: HASH_A }, { name: '证据材料.pdf', sha256: HASH_B }], findings: [], error: null,
    },
    {
      caseId: 13, defendantName: '李晓梅', residentIdMasked: '530103********5678', cardNumberMasked: '6222 **** **** 0456', courtName: '昆明市盘龙区人民法院',
      status: 'not-ready', files: [],
      findings: [{ zh: '缺少信用卡领用合约', en: 'The card agreement is missing' }, { zh: '未载明被告住所', en: 'The defendant address is missing' }], error: null,
    },
    {
      caseId: 14, defendantName: '赵一', residentIdMasked: '', cardNumberMasked: '', courtName: '', status: 'failed', files: [], findings: [],
      error: { zh: '字体缺少字符“𠀀”', en: 'The font lacks a character' },
    },
  ];
}

/** The workbook's first sheet as rows of cell text. */
async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; it reads a Node Buffer (as ledger-table-file.ts passes it).
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values = row.values as unknown[];
    out.push(MANIFEST_HEADER.map((_, i) => (values[i + 1] === undefined || values[i + 1] === null ? '' : String(values[i + 1]))));
  });
  return out;
}

describe('the batch manifest', () => {
  it('lists one line per file with the case repeated, a case without files on one line, and status words', () => {
    const table = manifestTable(rows());
    expect(table.header).toEqual(['案件编号', '被告', '身份证号', '卡号', '受诉法院', '状态', '文件', 'SHA-256', '问题']);
    expect(table.rows).toEqual([
      ['12', '王䶮', '530102********1234', '6222 **** **** 0123', '昆明市五华区人民法院', '已生成', '民事起诉状.docx', HASH_A, ''],
      ['12', '王䶮', '530102********1234', '6222 **** **** 0123', '昆明市五华区人民法院', '已生成', '证据材料.pdf', HASH_B, ''],
      ['13', '李晓梅', '530103********5678', '6222 **** **** 0456', '昆明市盘龙区人民法院', '未具备立案条件', '', '', '缺少信用卡领用合约\n未载明被告住所'],
      ['14', '赵一', '', '', '', '失败', '', '', '字体缺少字符“𠀀”'],
    ]);
  });

  it('writes CSV in UTF-8 with a byte-order mark that csv-parse reads back to the same table', () => {
    const csv = manifestCsv(rows());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = parse(csv, { bom: true }) as string[][];
    const table = manifestTable(rows());
    expect(parsed).toEqual([table.header, ...table.rows]);
  });

  it('writes an XLSX that exceljs reads back to the same table', async () => {
    const table = manifestTable(rows());
    expect(await readXlsx(await manifestXlsx(rows(), new Date('2026-03-04T05:06:08Z')))).toEqual([table.header, ...table.rows]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j in both the CSV and the XLSX', async (start) => {
    const name = `${start}HYPERLINK("http://example.invalid","点击")`;
    const csvRows = parse(manifestCsv(rows(name)), { bom: true, relax_column_count: false }) as string[][];
    expect(csvRows[1]![1]).toBe(`'${name}`);
    expect(csvRows[2]![1]).toBe(`'${name}`);
    expect(csvRows[3]![1]).toBe('李晓梅');
    const xlsxRows = await readXlsx(await manifestXlsx(rows(name)));
    // XML reads a carriage return in text back as a line feed (XML 1.0 §2.11); the apostrophe is what counts.
    expect(xlsxRows[1]![1]).toBe(`'${name}`.replace('\r', '\n'));
    expect(xlsxRows[3]![1]).toBe('李晓梅');
  });
});

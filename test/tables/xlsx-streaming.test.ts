import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../electron/tables/read-table';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-xlsx-');
const ROWS = 100_000;

/** Writes a bank-export-like sheet of `rows` rows with exceljs' streaming writer (so the fixture itself is not held in memory). */
async function writeLargeXlsx(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('案件');
  sheet.columns = [{ header: '客户姓名' }, { header: '证件号码' }, { header: '信用卡卡号' }, { header: '透支本金' }, { header: '首次逾期日期', style: { numFmt: 'yyyy-mm-dd' } }];
  for (let i = 1; i <= rows; i++) {
    sheet.addRow([`持卡人${i}`, `530102198604${String(i).padStart(6, '0')}`, `6225880012${String(i).padStart(6, '0')}`, 1000 + i / 100, new Date(Date.UTC(2024, 0, 1 + (i % 300)))]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The uncompressed size of the workbook's first sheet, the size a reader that held every row would need at least. */
async function sheetXmlBytes(path: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('xl/worksheets/sheet1.xml')!.async('uint8array')).length;
}

describe('a large workbook', () => {
  it('streams 100,000 rows with heap growth far below the sheet\'s size', async () => {
    const path = join(tempDir(), 'cases.xlsx');
    await writeLargeXlsx(path, ROWS);
    const sheetBytes = await sheetXmlBytes(path);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const samples: number[] = [];
    let count = 0;
    let last = { row: 0, cells: [] as string[] };
    const table = await openTable({ path });
    for await (const row of table.rows) {
      count += 1;
      last = row;
      if (count % 10_000 === 0) {
        gc();
        samples.push(process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(table.headers).toEqual(['客户姓名', '证件号码', '信用卡卡号', '透支本金', '首次逾期日期']);
    expect(count).toBe(ROWS);
    expect(last).toEqual({ row: ROWS + 1, cells: [`持卡人${ROWS}`, '530102198604100000', '6225880012100000', '2000', '2024-04-10'] });
    expect(statSync(path).size).toBeLessThan(sheetBytes);
    // Whatever the reader sets up once, what it holds must not grow with the rows read.
    expect(Math.max(...samples)).toBeLessThan(sheetBytes / 3);
    expect(Math.max(...samples) - samples[0]!).toBeLessThan(sheetBytes / 20);
  }, 180_000);
});

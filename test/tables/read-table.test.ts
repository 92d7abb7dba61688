import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openTable, readTable } from '../../electron/tables/read-table';
import { useTempDir } from '../support/temp-dir';
import { makeXlsx } from '../services/evidence/evidence-fixtures';
import { rejectedDossierError } from './table-fixtures';

const tempDir = useTempDir('dossier-tables-');
const utf8 = (text: string) => new TextEncoder().encode(text);
const ledgerCsv = '信用卡交易明细\r\n交易日期,交易金额,交易摘要\r\n2025-01-01,"1,234.56",消费 䶮\r\n\r\n2025-01-02,12,"两行\r\n摘要"\r\n2025-01-03,8,网银还款\r\n';

describe('reading CSV', () => {
  it('finds the header below a title line, skips blank rows and numbers rows as a spreadsheet does', async () => {
    const table = await readTable({ fileName: 'a.csv', bytes: utf8(ledgerCsv) });
    expect(table.headers).toEqual(['交易日期', '交易金额', '交易摘要']);
    expect(table.rows).toEqual([['2025-01-01', '1,234.56', '消费 䶮'], ['2025-01-02', '12', '两行\r\n摘要'], ['2025-01-03', '8', '网银还款']]);
    expect(table.lineNumbers).toEqual([3, 5, 6]);
    expect(table.encoding).toBe('utf-8');
  });

  it('reads UTF-8 with a byte-order mark, and tab- or semicolon-separated files', async () => {
    expect((await readTable({ fileName: 'bom.csv', bytes: utf8('\uFEFF日期,金额\n2025-01-01,1\n') })).headers).toEqual(['日期', '金额']);
    expect((await readTable({ fileName: 't.csv', bytes: utf8('日期\t金额\n2025-01-01\t1,5\n') })).rows).toEqual([['2025-01-01', '1,5']]);
    expect((await readTable({ fileName: 's.csv', bytes: utf8('日期;金额\n2025-01-01;1,5\n') })).rows).toEqual([['2025-01-01', '1,5']]);
  });

  it('detects GB18030 and keeps characters GBK lacks; reads GBK when told', async () => {
    const gb18030 = await readTable({ fileName: 'g.csv', bytes: iconv.encode(ledgerCsv, 'gb18030') });
    expect(gb18030.encoding).toBe('gb18030');
    expect(gb18030.rows[0]).toEqual(['2025-01-01', '1,234.56', '消费 䶮']);
    const gbk = await readTable({ fileName: 'k.csv', bytes: iconv.encode('日期,摘要\n2025-01-01,某超市消费\n', 'gbk') }, { encoding: 'gbk' });
    expect(gbk).toMatchObject({ encoding: 'gbk', rows: [['2025-01-01', '某超市消费']] });
  });

  it('refuses bytes that do not decode, naming the row and column, instead of reading mojibake', async () => {
    // The first 64 KB are plain ASCII, so the file is taken for UTF-8; a GBK row follows.
    const head = '日期,摘要\n' + '2025-01-01,ok\n'.repeat(6000);
    const bytes = Buffer.concat([Buffer.from(head), iconv.encode('2025-01-02,某超市\n', 'gbk')]);
    const error = await rejectedDossierError(() => readTable({ fileName: 'late.csv', bytes }));
    expect(error.location).toMatchObject({ file: 'late.csv', row: 6002, field: '摘要' });
    expect(error.text.zh).toContain('UTF-8');
    await expect(readTable({ fileName: 'x.csv', bytes: Buffer.concat([Buffer.from('date,memo\n'), iconv.encode('2025-01-02,某超市\n', 'gbk')]) }, { encoding: 'utf-8' })).rejects.toThrow(/row 2, column "memo"/);
  });

  it('refuses an unclosed quote, naming the row it opened on, instead of swallowing the rest of the file', async () => {
    const error = await rejectedDossierError(() => readTable({ fileName: 'q.csv', bytes: utf8('日期,金额,摘要\n2025-01-01,"10,消费\n2025-01-02,20,消费\n') }));
    expect(error.location).toMatchObject({ file: 'q.csv', row: 2 });
    expect(error.text.en).toMatch(/never closed/);
  });

  it('refuses a row with more filled cells than the header has columns', async () => {
    const error = await rejectedDossierError(() => readTable({ fileName: 'w.csv', bytes: utf8('日期,金额\n2025-01-01,1200,50\n') }));
    expect(error.location).toMatchObject({ row: 2, field: 'C' });
  });

  it('checks rows, columns and cell length against the limits', async () => {
    const rows = await rejectedDossierError(() => readTable({ fileName: 'r.csv', bytes: utf8('a,b\n1,2\n3,4\n5,6\n') }, { limits: { maxRows: 2 } }));
    expect(rows.location.row).toBe(4);
    const columns = await rejectedDossierError(() => readTable({ fileName: 'c.csv', bytes: utf8('a,b,c,d\n') }, { limits: { maxColumns: 3 } }));
    expect(columns.location).toMatchObject({ row: 1, field: 'D' });
    const cell = await rejectedDossierError(() => readTable({ fileName: 'l.csv', bytes: utf8(`a,b\n1,${'x'.repeat(11)}\n`) }, { limits: { maxCellChars: 10 } }));
    expect(cell.location).toMatchObject({ row: 2, field: 'b' });
    const size = await rejectedDossierError(() => readTable({ fileName: 'big.csv', bytes: utf8('a,b\n1,2\n') }, { limits: { maxFileBytes: 4 } }));
    expect(size.text.en).toMatch(/limit/);
  });
});

describe('reading files from disk', () => {
  it('streams a CSV path and refuses a folder, a FIFO and a link to a device before reading', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), ledgerCsv);
    symlinkSync(join(dir, 'a.csv'), join(dir, 'link.csv'));
    expect((await readTable({ path: join(dir, 'link.csv') })).rows).toHaveLength(3);
    mkdirSync(join(dir, 'folder.csv'));
    execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    for (const name of ['folder.csv', 'fifo.csv', 'zero.csv']) {
      const error = await rejectedDossierError(() => readTable({ path: join(dir, name) }));
      expect(error.code).toBe('invalid-input');
      expect(error.text.en).toMatch(/not a regular file/);
    }
    const missing = await rejectedDossierError(() => readTable({ path: join(dir, 'none.csv') }));
    expect(missing.text.en).toMatch(/does not exist/);
  });

  it('lets a caller stop after the first rows and release the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.csv'), 'a,b\n' + '1,2\n'.repeat(100_000));
    const table = await openTable({ path: join(dir, 'many.csv') });
    let seen = 0;
    for await (const row of table.rows) {
      seen = row.row;
      if (seen === 10) break;
    }
    expect(seen).toBe(10);
    const unread = await openTable({ path: join(dir, 'many.csv') });
    await unread.close();
    expect(unread.headers).toEqual(['a', 'b']);
  });
});

describe('reading XLSX', () => {
  it('reads dates as calendar dates, numbers as Excel stored them and formulas by their cached result', async () => {
    const path = join(tempDir(), 'a.xlsx');
    writeFileSync(path, await makeXlsx([
      ['交易明细'],
      ['交易日期', '交易金额', '交易摘要'],
      [new Date(Date.UTC(2025, 0, 1)), 1234.56, '消费 䶮'],
      [],
      ['2025-01-02', { formula: 'B3*2', result: 2469.12 }, { richText: [{ text: '网银' }, { text: '还款' }] }],
    ]));
    const table = await readTable({ path });
    expect(table).toMatchObject({ encoding: 'xlsx', headers: ['交易日期', '交易金额', '交易摘要'], lineNumbers: [3, 5] });
    expect(table.rows).toEqual([['2025-01-01', '1234.56', '消费 䶮'], ['2025-01-02', '2469.12', '网银还款']]);
  });

  it('visits only the cells that exist: one cell at XFD1048576 is refused at once', async () => {
    const workbook = new (await import('exceljs')).default.Workbook();
    workbook.addWorksheet('a').getCell('XFD1048576').value = 'x';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const started = performance.now();
    const error = await rejectedDossierError(() => readTable({ fileName: 'far.xlsx', bytes }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.location).toMatchObject({ row: 1048576, field: 'XFD' });
    const unlimited = await rejectedDossierError(() => readTable({ fileName: 'far.xlsx', bytes }, { limits: { maxColumns: 20_000 } }));
    expect(unlimited.text.en).toMatch(/no header row/);
  });

  it('refuses a file that is not a workbook', async () => {
    const error = await rejectedDossierError(() => readTable({ fileName: 'bad.xlsx', bytes: utf8('PK\u0003\u0004 not really a zip') }));
    expect(error.text.en).toMatch(/Excel workbook/);
  });
});

/**
 * Ledger and contact-record imports are read in a worker-pool thread inside the app (issue: "in the app this parsing
 * runs on the main process, so the window freezes"). The thread gives the same output as reading in place, its
 * refusals keep their code, row and column, and the main thread's event loop keeps turning while it reads.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseTableOffThread } from '../../electron/services/table-parse-off-thread';
import { parseTable } from '../../electron/workers/table-parse-worker';
import { DossierError } from '../../core/errors';

const mapping = { date: '交易日期', amount: '交易金额', debit: '', credit: '', type: '', description: '交易摘要' };

function ledgerCsv(rows: number): Buffer {
  const lines = ['交易日期,交易金额,交易摘要'];
  for (let i = 0; i < rows; i++) lines.push(`2025-${String(1 + (i % 12)).padStart(2, '0')}-15,${(i % 500) + 1}.25,${i % 7 === 0 ? '还款' : '消费'}䶮${i}`);
  return iconv.encode(lines.join('\n') + '\n', 'gb18030');
}

describe('imports read off the main thread', () => {
  it('reads a GB18030 ledger, its preview and a contact-record file in the thread exactly as in place', async () => {
    const bytes = ledgerCsv(500);
    const ledger = { kind: 'ledger' as const, fileName: '明细.csv', bytes, encoding: 'auto' as const, mapping };
    expect(await parseTableOffThread(ledger)).toEqual(await parseTable(ledger));
    const preview = { kind: 'ledger-preview' as const, fileName: '明细.csv', bytes, encoding: 'auto' as const };
    const previewed = await parseTableOffThread(preview);
    expect(previewed).toEqual(await parseTable(preview));
    expect(previewed).toMatchObject({ preview: { rowCount: 500, encoding: 'gb18030' } });
    const contacts = { kind: 'contacts' as const, fileName: '催收.csv', bytes: Buffer.from('催收时间,方式,联系对象,号码,结果,备注\n2026-03-01 10:05,电话,本人,13712345678,承诺还款,首次\n'), encoding: 'auto' as const };
    const read = await parseTableOffThread(contacts);
    expect(read).toEqual(await parseTable(contacts));
    expect(read).toMatchObject({ kind: 'contacts', records: [{ channel: 'phone' }] });
  }, 60_000);

  it('brings a refusal back as the same error, with its row and column: "1200,50", a long cell, a cell at XFD1048576', async () => {
    const bad = Buffer.from('交易日期,交易金额,交易摘要\n2025-01-01,100.00,消费\n2025-01-02,"1200,50",消费\n');
    const task = { kind: 'ledger' as const, fileName: '明细.csv', bytes: bad, encoding: 'auto' as const, mapping };
    const error = await parseTableOffThread(task).catch((e: unknown) => e);
    const inPlace = await parseTable(task).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).location).toMatchObject({ file: '明细.csv', row: 3 });
    expect([(error as DossierError).code, (error as DossierError).text, (error as DossierError).location]).toEqual([(inPlace as DossierError).code, (inPlace as DossierError).text, (inPlace as DossierError).location]);
    expect((error as DossierError).text.zh).toContain('交易金额');

    const long = Buffer.from(`催收时间,方式,联系对象,号码,结果,备注\n2026-03-02 10:05,电话,本人,13712345678,承诺还款,${'很长'.repeat(1500)}\n`);
    const refused = await parseTableOffThread({ kind: 'contacts', fileName: '催收.csv', bytes: long, encoding: 'auto' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DossierError);
    expect((refused as DossierError).location.row).toBe(2);
    expect((refused as DossierError).text.zh).not.toMatch(/[{}"]|too_big|path/);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('明细').getCell('XFD1048576').value = 1;
    const far = Buffer.from(await workbook.xlsx.writeBuffer());
    const started = performance.now();
    const farError = await parseTableOffThread({ kind: 'ledger', fileName: '明细.xlsx', bytes: far, encoding: 'auto', mapping }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect((farError as DossierError).location).toMatchObject({ row: 1048576, field: 'XFD' });
  }, 90_000);

  it('keeps the main thread turning while a 200,000-row ledger is read', async () => {
    const bytes = ledgerCsv(200_000);
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    try {
      const output = await parseTableOffThread({ kind: 'ledger', fileName: '明细.csv', bytes, encoding: 'auto', mapping });
      expect(output).toMatchObject({ kind: 'ledger' });
      if (output.kind === 'ledger') expect(output.ledger.entries).toHaveLength(200_000);
    } finally {
      clearInterval(timer);
    }
    // The read itself takes seconds; the timer ran all along instead of waiting for it to end.
    expect(ticks).toBeGreaterThan(20);
    expect(longestGap).toBeLessThan(2_000);
  }, 180_000);
});

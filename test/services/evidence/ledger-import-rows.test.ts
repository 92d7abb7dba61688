import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import type { SkippedRow } from '../../../core/claim/text-table';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const mapping = { date: '交易日期', amount: '交易金额', description: '交易摘要' };
const header = '交易日期,交易金额,交易摘要\n';

async function setUp() {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const importCsv = (csv: string, encoding: 'auto' | 'gb18030' = 'auto') => dispatch(services.handlers, 'ledger:import', {
    caseId: created.id, fileName: '明细.csv', contentBase64: (encoding === 'auto' ? Buffer.from(csv) : iconv.encode(csv, 'gb18030')).toString('base64'), encoding, mapping,
  });
  const entries = () => services.handlers['ledger:list']({ caseId: created.id });
  const stored = async () => (await entries()).length;
  return { ...services, importCsv, stored, entries };
}

describe('ledger import, row by row', () => {
  it('refuses "1200,50" and "1,2,3" by row and column instead of reading other amounts, and stores nothing', async () => {
    const { importCsv, stored, close } = await setUp();
    const result = await importCsv(header + '2025-01-01,"1,234.56",消费\n2025-01-02,"1200,50",消费\n2025-01-03,"1,2,3",消费\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 3, file: '明细.csv' } });
    if (result.ok) return;
    expect(result.error.details.map((d) => d.field)).toEqual(['row 3 · 交易金额', 'row 4 · 交易金额']);
    expect(result.error.details[0]!.message.zh).toContain('1200,50');
    expect(await stored()).toBe(0);
    close();
  });

  it('refuses a file whose quote never closes, instead of importing the rows before it', async () => {
    const { importCsv, stored, close } = await setUp();
    const result = await importCsv(header + '2025-01-01,12.00,消费\n2025-01-02,"20.00,消费\n2025-01-03,30.00,消费\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 3 } });
    expect(await stored()).toBe(0);
    close();
  });

  it('lists -0 and 0.00 rows as skipped, with their row and column, and imports the others', async () => {
    const { importCsv, stored, close } = await setUp();
    const result = await importCsv(header + '2025-01-01,-0,冲正\n2025-01-02,100.00,消费\n2025-01-03,0.00,消费\n');
    expect(result).toMatchObject({ ok: true, value: { imported: 1 } });
    const { skipped } = (result.ok ? result.value : { skipped: [] }) as { skipped: SkippedRow[] };
    expect(skipped.map((s) => [s.row, s.column])).toEqual([[2, '交易金额'], [4, '交易金额']]);
    expect(skipped[0]!.reason.zh).toContain('金额为零');
    expect(await stored()).toBe(1);
    close();
  });

  it('refuses amounts that add up to more than a claim can hold, before storing any', async () => {
    const { importCsv, stored, close } = await setUp();
    const row = '2025-01-01,"999,999,999,999.99",消费\n';
    expect(await importCsv(header + row)).toMatchObject({ ok: true, value: { imported: 1 } });
    const result = await importCsv(header + row.repeat(50));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 3 } });
    expect(await importCsv(header + '2025-01-01,"1,000,000,000,000.00",消费\n')).toMatchObject({ ok: false, error: { row: 2 } });
    expect(await stored()).toBe(1);
    close();
  });

  it('names each bad row of a GB18030 file by row and column, and imports the corrected file with 䶮 intact', async () => {
    const { importCsv, entries, close } = await setUp();
    const bad = await importCsv(header + '2025-01-01,12.00,䶮记商行\n2025-02-30,10,消费\n2025-03-01,12.345,消费\n', 'gb18030');
    expect(bad).toMatchObject({ ok: false, error: { row: 3 } });
    if (bad.ok) return;
    expect(bad.error.details.map((d) => d.field)).toEqual(['row 3 · 交易日期', 'row 4 · 交易金额']);
    expect(await importCsv(header + '2025-01-01,12.00,䶮记商行\n', 'gb18030')).toMatchObject({ ok: true, value: { imported: 1 } });
    expect((await entries()).map((e) => e.description)).toEqual(['䶮记商行']);
    close();
  });
});

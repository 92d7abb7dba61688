import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const header = '催收时间,方式,联系对象,号码,结果,备注\n';

async function setUp() {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const importBytes = (bytes: Buffer) => dispatch(services.handlers, 'contact:import', { caseId: created.id, fileName: '催收.csv', contentBase64: bytes.toString('base64'), encoding: 'auto' });
  const stored = async () => (await services.handlers['contact:list']({ caseId: created.id })).length;
  return { ...services, caseId: created.id, importBytes, stored };
}

describe('contact import, row by row', () => {
  it('refuses a cell longer than its field by row and column in words, importing nothing', async () => {
    const { importBytes, stored, close } = await setUp();
    const csv = header + '2026-03-01 10:05,电话,本人,13712345678,承诺还款,首次\n' + `2026-03-02 10:05,电话,本人,13712345678,承诺还款,${'很长'.repeat(1500)}\n`;
    const result = await importBytes(Buffer.from(csv));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 3, file: '催收.csv' } });
    if (result.ok) return close();
    expect(result.error.details.map((d) => d.field)).toEqual(['row 3 · 备注']);
    expect(result.error.message.zh).not.toMatch(/[{}[\]]/);
    expect(await stored()).toBe(0);
    close();
  });

  it('refuses a cell past the reader\'s limit while reading, naming its row and column', async () => {
    const { importBytes, close } = await setUp();
    const result = await importBytes(Buffer.from(header + `2026-03-02 10:05,电话,本人,13712345678,承诺还款,${'长'.repeat(10_001)}\n`));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 2, field: '备注' } });
    close();
  });

  it('reads a GB18030 export with a name outside GBK', async () => {
    const { handlers, caseId, importBytes, close } = await setUp();
    const csv = '催收时间,方式,联系对象,联系人姓名,号码,结果\n2026-03-01 10:05,电话,紧急联系人,王䶮,13712345678,接通\n';
    expect(await importBytes(iconv.encode(csv, 'gb18030'))).toMatchObject({ ok: true, value: { imported: 1 } });
    expect((await handlers['contact:list']({ caseId }))[0]!.record.partyName).toBe('王䶮');
    close();
  });
});

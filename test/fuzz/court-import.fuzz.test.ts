import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../core/errors';
import { dispatch } from '../../electron/services/dispatch';
import { cellText, csvField, runs } from './support/data-arbitraries';
import { databaseFingerprint, expectClearRefusal, openFuzzServices } from './support/import-checks';

const touched = ['court_overrides', 'audit_log'];
const FILE = '法院名录.csv';

let services: ReturnType<typeof openFuzzServices>;
let divisionCodes: string[];

beforeAll(async () => {
  services = openFuzzServices('dossier-fuzz-courts-');
  divisionCodes = [...new Set((await services.handlers['court:search']({ query: '', limit: 200 })).map((c) => c.divisionCode).filter((d) => d !== ''))];
});
afterAll(() => services.dispose());

/** The headers a directory file may carry for each column: the Chinese label the export writes, or the field's name. */
const headerChoices = { name: ['法院名称', 'name'], level: ['审级', 'level'], divisionCode: ['区划代码', 'divisionCode'], address: ['地址', 'address'], notes: ['备注', 'notes'] } as const;
type Column = keyof typeof headerChoices;
const columns = Object.keys(headerChoices) as Column[];
const headerSet = fc.record(Object.fromEntries(columns.map((c) => [c, fc.constantFrom(...headerChoices[c])])) as { [K in Column]: fc.Arbitrary<string> });

function importFile(text: string, gbk: boolean) {
  const bytes = gbk ? iconv.encode(text, 'gbk') : Buffer.from(text);
  return dispatch(services.handlers, 'court:import', { source: { fileName: FILE, contentBase64: bytes.toString('base64') }, encoding: gbk ? 'gbk' : 'auto' });
}

function csvOf(headers: Record<Column, string>, rows: readonly (readonly string[])[]): string {
  return [columns.map((c) => headers[c]), ...rows].map((cells) => cells.map((c) => csvField(c, ',', false)).join(',')).join('\r\n') + '\r\n';
}

describe('court directory import', () => {
  it('adds each valid new court once: a re-import of the same file, in UTF-8 or GBK, changes nothing', { timeout: 120_000 }, async () => {
    const row = fc.record({
      name: fc.stringMatching(/^[云岭银杉]{1,3}[市县区]人民法院$/),
      level: fc.constantFrom('基层', 'basic', '中级', 'intermediate'),
      division: fc.nat(),
      address: fc.constantFrom('', '示例路1号', '某某大道88号'),
    });
    let serial = 0;
    await fc.assert(fc.asyncProperty(headerSet, fc.array(row, { minLength: 1, maxLength: 4 }), fc.boolean(), async (headers, rows, gbk) => {
      // Each run's courts get names no earlier run used, so "created" can be counted.
      serial += 1;
      const cells = rows.map((r, i) => [`${r.name}${serial}-${i}`, r.level, divisionCodes[r.division % divisionCodes.length]!, r.address, '']);
      const text = csvOf(headers, cells);
      expect(await importFile(text, gbk)).toEqual({ ok: true, value: { created: rows.length, updated: 0, unchanged: 0 } });
      const before = databaseFingerprint(services.context.db, touched);
      expect(await importFile(text, gbk)).toEqual({ ok: true, value: { created: 0, updated: 0, unchanged: rows.length } });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(300));
  });

  it('refuses hostile rows with a DossierError naming the file, row and the file\'s header, and writes nothing', { timeout: 180_000 }, async () => {
    const hostileCell = fc.oneof(cellText, fc.constantFrom('', '未知', '12345', '999999', '=HYPERLINK("x")', '高级'), fc.integer({ min: 70, max: 600 }).map((n) => '院'.repeat(n)));
    const hostileRow = fc.array(hostileCell, { minLength: columns.length, maxLength: columns.length });
    await fc.assert(fc.asyncProperty(headerSet, fc.array(hostileRow, { minLength: 1, maxLength: 5 }), async (headers, rows) => {
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importFile(csvOf(headers, rows), false);
      if (result.ok) return;
      expectClearRefusal(result.error as ErrorPayload, { fileName: FILE, headers: columns.map((c) => headers[c]) });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(9700));
  });

  it('counts a court without an id that the directory already holds as unchanged, not as a new court (regression)', async () => {
    const text = `法院名称,审级,区划代码\r\n回归测试县人民法院,基层,${divisionCodes[0]}\r\n`;
    expect(await importFile(text, false)).toEqual({ ok: true, value: { created: 1, updated: 0, unchanged: 0 } });
    expect(await importFile(text, false)).toEqual({ ok: true, value: { created: 0, updated: 0, unchanged: 1 } });
  });

  it('names the file\'s own header and says the problem in words when a cell is too long (regression)', async () => {
    const result = await importFile(`name,level,divisionCode\r\n${'院'.repeat(81)},basic,530111\r\n`, false);
    expect(result).toMatchObject({ ok: false, error: { row: 2, file: FILE } });
    if (!result.ok) expect(result.error.message.en).toContain('Row 2, "name": may have at most 80 characters');
  });
});

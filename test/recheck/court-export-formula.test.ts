/**
 * The "court CSV export writes =HYPERLINK(…) as-is into a file made for Excel": a court whose address was
 * imported as a formula is exported with the cell made inert (a leading apostrophe), and imports back unchanged.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const formula = '=HYPERLINK("http://example.invalid","点击")';

describe('court directory export', () => {
  it('neutralises a formula in an exported cell', async () => {
    const services = openTestServices(tempDir());
    try {
      const csv = `法院名称,审级,区划代码,地址\n公式测试法院,基层,530102,"${formula.replaceAll('"', '""')}"\n`;
      const imported = await dispatch(services.handlers, 'court:import', { source: { fileName: '法院.csv', contentBase64: Buffer.from(csv).toString('base64') } });
      expect(imported).toMatchObject({ ok: true, value: { created: 1 } });
      const exported = await services.handlers['court:export']({});
      const rows = parse(readFileSync(exported.path, 'utf8').replace(/^\uFEFF/, '')) as string[][];
      const row = rows.find((cells) => cells.includes('公式测试法院'))!;
      expect(row).toBeDefined();
      expect(row.some((cell) => cell === formula)).toBe(false);
      expect(row).toContain(`'${formula}`);
      // No exported cell of any court starts a formula.
      expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    } finally {
      services.close();
    }
  }, 60_000);
});

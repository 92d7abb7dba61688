import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFilingData } from '../../../core/documents/filing-data';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import { fillForm } from '../../../core/forms/acroform-fill';
import { listFormFields } from '../../../core/forms/acroform-read';
import { formMapping, type FormMapping } from '../../../core/forms/form-model';
import { resolveMapping } from '../../../core/forms/form-values';
import { formatYuan } from '../../../core/money/fen';
import { testFonts } from '../../support/fonts';
import { renderPage } from '../../support/golden-pages';
import { pdfFonts, pdfText, squash } from '../../support/parse-output';
import { sampleFormBytes, sampleFormPath, sampleMappingPath } from '../../support/sample-form-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const mapping = formMapping.parse(JSON.parse(readFileSync(sampleMappingPath, 'utf8')));
const committed = new Uint8Array(readFileSync(sampleFormPath));

async function filled(options: { flatten: boolean; mapping?: FormMapping; data?: object }) {
  const fonts = await testFonts();
  const data = options.data ?? buildFilingData(sampleFilingSource('2026-11-28'));
  const values = await resolveMapping(options.mapping ?? mapping, data);
  const result = await fillForm(committed, values, { fontBytes: fonts.regular, flatten: options.flatten });
  const path = join(tempDir(), 'filled.pdf');
  writeFileSync(path, result.bytes);
  return { ...result, path, data: data as ReturnType<typeof buildFilingData> };
}

describe('the bundled sample form', () => {
  it('is what the generator in core/forms/sample-form.ts makes', async () => {
    const fresh = await sampleFormBytes();
    expect(await listFormFields(fresh)).toEqual(await listFormFields(committed));
    const path = join(tempDir(), 'fresh.pdf');
    writeFileSync(path, fresh);
    expect(pdfText(path)).toBe(pdfText(sampleFormPath));
  });

  it('lists its fields with kind, page, limits and choices, and maps every field but two', async () => {
    const fields = await listFormFields(committed);
    expect(fields.map((f) => f.name)).toContain('defendant_id');
    expect(fields.find((f) => f.name === 'defendant_id')).toMatchObject({ type: 'text', page: 1, combed: true, maxLength: 18 });
    expect(fields.find((f) => f.name === 'claims')).toMatchObject({ multiline: true });
    expect(fields.find((f) => f.name === 'procedure')).toMatchObject({ type: 'dropdown', options: ['普通程序', '简易程序', '小额诉讼程序'] });
    expect(fields.find((f) => f.name === 'e_service')).toMatchObject({ type: 'checkbox' });
    expect(fields.filter((f) => !(f.name in mapping.fields)).map((f) => f.name)).toEqual(['procedure']);
  });
});

describe('fillForm', () => {
  it('fills with CJK appearance streams in the embedded subset font; after flattening the values print and reopen', async () => {
    const { path, report, data } = await filled({ flatten: true });
    expect(report.flattened).toBe(true);
    expect(report.skipped.map((s) => [s.name, s.reason])).toEqual([['procedure', 'unmapped']]);
    expect(await listFormFields(new Uint8Array(readFileSync(path)))).toEqual([]);
    const text = squash(pdfText(path));
    for (const value of [data.plaintiff.name, data.defendant.name, data.court.name, formatYuan(data.claim.totalFen), '2026年11月28日', '信用卡纠纷']) {
      expect(text).toContain(squash(value));
    }
    // The combed ID is one character per cell; all of it is there, in order.
    expect(text).toContain(data.defendant.residentId);
    expect(pdfFonts(path).every((f) => f.embedded && f.subset && /NotoSerifSC/.test(f.name))).toBe(true);
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    // The values are visible: ink inside the name field's box, which is empty in the blank form.
    const box = (await listFormFields(committed)).find((f) => f.name === 'plaintiff_name')!.rect!;
    const ink = (file: string) => inkIn(renderPage(file, 1, 72), box);
    expect(ink(sampleFormPath)).toBeLessThan(0.01);
    expect(ink(path)).toBeGreaterThan(0.03);
  });

  it('keeps a fillable form when not flattening, the values readable by any PDF library', async () => {
    const { path, report } = await filled({ flatten: false });
    expect(report.flattened).toBe(false);
    const fields = await listFormFields(new Uint8Array(readFileSync(path)));
    expect(fields.find((f) => f.name === 'defendant_name')!.value).toBe('孙样本');
    expect(fields.find((f) => f.name === 'defendant_sex')!.value).toBe('女');
    expect(fields.find((f) => f.name === 'e_service')!.value).toBe('true');
    expect(squash(pdfText(path))).toContain('孙样本');
  });

  it('reports each field it cannot fill, with the reason, and leaves it empty', async () => {
    const data = buildFilingData(sampleFilingSource('2026-11-28'));
    const hostile = {
      ...data,
      plaintiff: { ...data.plaintiff, name: '吉𠮷银行' },
      defendant: { ...data.defendant, residentId: '5'.repeat(19) },
    };
    const { report, path } = await filled({
      flatten: false,
      data: hostile,
      mapping: {
        fields: {
          ...mapping.fields,
          procedure: { value: '特别程序' },
          claims: { value: '很长的诉讼请求。'.repeat(200) },
          service_postcode: { path: 'serviceAddress.nothing', format: 'text' },
          no_such_field: { value: 'x' },
        },
      },
    });
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.name, s.reason]));
    expect(reasons).toEqual({
      no_such_field: 'unknown-field',
      plaintiff_name: 'missing-glyph',
      defendant_id: 'too-long',
      procedure: 'not-an-option',
      claims: 'does-not-fit',
      service_postcode: 'no-value',
    });
    expect(report.skipped.find((s) => s.name === 'plaintiff_name')!.message.zh).toContain('“𠮷”(U+20BB7)');
    const fields = await listFormFields(new Uint8Array(readFileSync(path)));
    expect(fields.find((f) => f.name === 'claims')!.value).toBe('');
    expect(fields.find((f) => f.name === 'defendant_id')!.value).toBe('');
  });
});

/** The share of dark pixels inside a field box (PDF points, origin bottom-left) on a 72 dpi render. */
function inkIn(image: { width: number; height: number; pixels: Uint8Array }, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  let total = 0;
  const top = Math.round(image.height - (box.y + box.height)) + 2;
  const bottom = Math.round(image.height - box.y) - 2;
  for (let y = top; y < bottom; y++) {
    for (let x = Math.round(box.x) + 2; x < Math.round(box.x + box.width) - 2; x++) {
      total++;
      if ((image.pixels[y * image.width + x] ?? 255) < 128) dark++;
    }
  }
  return dark / total;
}

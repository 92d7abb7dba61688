/**
 * A form whose /NeedAppearances asks the viewer to draw its fields from /V, with an appearance stream still showing
 * an older value: the bundle redraws the field from /V with the CJK font before flattening, so pdftotext finds the
 * filled value on the bundled page and not the stale one; a value the font cannot draw is named in a warning.
 */
import { PDFBool, PDFDocument, PDFHexString, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { pdfText, squash } from '../support/parse-output';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** A one-page form: field `name` shows "Old value" in its appearance while its /V holds `value`. */
async function staleForm(fields: Record<string, string>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Application form', { x: 40, y: 780, size: 18, font });
  const form = doc.getForm();
  Object.entries(fields).forEach(([name, value], i) => {
    const field = form.createTextField(name);
    field.setText('Old value');
    field.addToPage(page, { x: 40, y: 700 - i * 50, width: 300, height: 30 });
    field.defaultUpdateAppearances(font);
    field.acroField.dict.set(PDFName.of('V'), PDFHexString.fromText(value));
  });
  form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
  return Buffer.from(await doc.save({ updateFieldAppearances: false, useObjectStreams: false }));
}

async function bundleOf(bytes: Buffer) {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  await services.handlers['evidence:add']({ caseId: created.id, fileName: '申请表.pdf', contentBase64: bytes.toString('base64'), meta: { kind: 'application-form' } });
  const built = await services.handlers['bundle:build']({ caseId: created.id, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
  return { services, built, text: squash(pdfText(built.files[0]!.path)) };
}

describe('forms that need their appearances drawn', () => {
  it('redraws a field from /V before flattening: the filled value is on the bundled page, the stale one is not', async () => {
    const { services, built, text } = await bundleOf(await staleForm({ 'holder.name': 'Zhang San 张三', 'holder.card': '6225 8800 1111 2222' }));
    expect(text).toContain('ZhangSan张三');
    expect(text).toContain('6225880011112222');
    expect(text).not.toContain('Oldvalue');
    expect(built.report.warnings.filter((w) => w.zh.includes('表单字段'))).toEqual([]);
    services.close();
  }, 60_000);

  it('names a field whose value the font cannot draw in the bundle report', async () => {
    const { services, built, text } = await bundleOf(await staleForm({ 'holder.name': '李四', 'holder.note': 'OK 🙂' }));
    expect(text).toContain('李四');
    const warning = built.report.warnings.find((w) => w.zh.includes('表单字段“holder.note”'));
    expect(warning?.zh).toContain('“🙂”(U+1F642)');
    expect(warning?.en).toContain('form field "holder.note" could not be redrawn');
    services.close();
  }, 60_000);
});

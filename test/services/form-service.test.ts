import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { DossierError } from '../../core/errors';
import { listFormFields } from '../../core/forms/acroform-read';
import { pdfText, squash } from '../support/parse-output';
import { sampleFormPath } from '../support/sample-form-fixture';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { callOperation } from '../support/call-operation';

const tempDir = useTempDir();
const KEY = 'bundled:case-registration-sample.pdf';

async function setUp() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[2]!) });
  return { ...services, dataDir, created };
}

describe('fillable forms', () => {
  it('lists the bundled sample with its default mapping, its fields and the values they can take', async () => {
    const c = await setUp();
    const forms = await c.handlers['form:list']({});
    expect(forms).toEqual([expect.objectContaining({ key: KEY, source: 'bundled', fieldCount: 19, hasMapping: true })]);
    const { fields, mapping, values } = await c.handlers['form:fields']({ formKey: KEY, caseId: c.created.id });
    expect(fields).toHaveLength(19);
    expect(mapping!.fields.defendant_name).toEqual({ path: 'defendant.name', format: 'text' });
    expect(values.find((v) => v.path === 'defendant.name')).toEqual({ path: 'defendant.name', label: { zh: '被告姓名', en: "defendant's name" }, example: { zh: '䶮文静', en: '䶮文静' }, amount: false });
    c.close();
  });

  it('fills the form for a case, stores the flattened PDF with the case documents and reports what it skipped', async () => {
    const c = await setUp();
    // Facts entered for the service-address confirmation reach the form too.
    await callOperation(c.handlers, 'document:generate', { caseId: c.created.id, templateId: 'service-address-confirmation', formats: ['pdf'], inputs: { serviceAddress: { postcode: '671000' } } });
    const { report, document } = await callOperation(c.handlers, 'form:fill', { caseId: c.created.id, formKey: KEY, flatten: true });
    expect(report.skipped.map((s) => s.name)).toEqual(['procedure']);
    expect(document).toMatchObject({ caseId: c.created.id, templateId: `form:${KEY}`, format: 'pdf' });
    const text = squash(pdfText(document!.path));
    expect(text).toContain('䶮文静');
    expect(text).toContain('671000'.split('').join(''));
    expect(await listFormFields(new Uint8Array(readFileSync(document!.path)))).toEqual([]);
    c.close();
  });

  it('saves a mapping per form, reporting names the form does not have, and uses it for the next fill', async () => {
    const c = await setUp();
    const saved = await c.handlers['form:save-mapping']({ formKey: KEY, mapping: { fields: { defendant_name: { template: '被告 {{ defendant.name }}' }, procedure: { value: '简易程序' }, ghost: { value: 'x' } } } });
    expect(saved.unknownFields).toEqual(['ghost']);
    const { report } = await callOperation(c.handlers, 'form:fill', { caseId: c.created.id, formKey: KEY, flatten: false, store: false });
    expect(report.filled.map((f) => [f.name, f.value])).toEqual([['defendant_name', '被告 䶮文静'], ['procedure', '简易程序']]);
    expect(report.skipped.filter((s) => s.reason === 'unmapped')).toHaveLength(17);
    expect(report.skipped.find((s) => s.name === 'ghost')!.reason).toBe('unknown-field');
    c.close();
  });

  it('imports a form the user chose into the data folder once, and refuses a PDF without fields', async () => {
    const c = await setUp();
    const base64 = readFileSync(sampleFormPath).toString('base64');
    const imported = await c.handlers['form:import']({ fileName: '立案登记表.pdf', base64 });
    expect(imported).toMatchObject({ key: 'user:1', name: '立案登记表.pdf', source: 'user', fieldCount: 19, hasMapping: false });
    expect((await c.handlers['form:import']({ fileName: 'again.pdf', base64 })).key).toBe('user:1');
    const noMapping = await callOperation(c.handlers, 'form:fill', { caseId: c.created.id, formKey: 'user:1', flatten: false }).then(() => null, (e: unknown) => e);
    expect((noMapping as DossierError).code).toBe('missing-fields');
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const plain = await PDFDocument.create();
    plain.addPage();
    const refused = await callOperation(c.handlers, 'form:import', { fileName: 'plain.pdf', base64: Buffer.from(await plain.save()).toString('base64') }).then(() => null, (e: unknown) => e);
    expect((refused as DossierError).text.zh).toContain('不含可填写的表单字段');
    expect(await c.handlers['form:list']({})).toHaveLength(2);
    c.close();
  });
});

/**
 * `form fields` and `form fill` on broken PDFs: a real fillable AcroForm made with pdf-lib (text, check box, drop-down,
 * radio, list, button), varied in structure (fields without /T, a /Parent loop, huge /Kids, wrong entry types, no
 * /AcroForm, encrypted, object streams) and then cut short, bit-flipped, overwritten or with keywords broken.
 * Reading either lists the fields or refuses with an error naming the file in both languages, never a JavaScript
 * failure; filling refuses the same way and stores nothing, and a filled form that is accepted parses back with
 * the values in it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFString, PDFTextField, type PDFDict } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fillForm } from '../../core/forms/acroform-fill';
import { listFormFields } from '../../core/forms/acroform-read';
import type { ResolvedValue } from '../../core/forms/form-values';
import { caseInput } from '../../core/case/case-model';
import { DossierError } from '../../core/errors';
import { loadDocumentFonts } from '../../electron/services/document-fonts';
import { dispatch } from '../../electron/services/dispatch';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { hasChinese, internalLeak } from './support/file-arbitraries';

/** The base form: one field of each kind pdf-lib makes. */
async function baseForm(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([300, 300]);
  const form = pdf.getForm();
  form.createTextField('name').addToPage(page, { x: 10, y: 10, width: 200, height: 20 });
  const limited = form.createTextField('postcode');
  limited.setMaxLength(6);
  limited.addToPage(page, { x: 10, y: 240, width: 100, height: 20 });
  form.createCheckBox('agree').addToPage(page, { x: 10, y: 40, width: 10, height: 10 });
  const sex = form.createDropdown('sex');
  sex.addOptions(['M', 'F']);
  sex.addToPage(page, { x: 10, y: 60, width: 50, height: 20 });
  const pick = form.createRadioGroup('pick');
  pick.addOptionToPage('a', page, { x: 10, y: 90, width: 10, height: 10 });
  pick.addOptionToPage('b', page, { x: 30, y: 90, width: 10, height: 10 });
  const list = form.createOptionList('opts');
  list.addOptions(['x', 'y']);
  list.addToPage(page, { x: 100, y: 90, width: 50, height: 40 });
  form.createButton('btn').addToPage('go', page, { x: 200, y: 200, width: 50, height: 20 });
  return pdf;
}

type Variant = { name: string; bytes: Uint8Array };

/** The structural variants of the base form, each changed through pdf-lib's object model, saved without appearances. */
async function structuralVariants(dir: string): Promise<Variant[]> {
  const variants: [string, (pdf: PDFDocument) => void][] = [
    ['intact', () => undefined],
    ['no /T', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.dict.delete(PDFName.of('T')))],
    ['/Parent loop', (pdf) => {
      const [a, b] = pdf.getForm().getFields();
      a!.acroField.dict.set(PDFName.of('Parent'), b!.acroField.ref);
      b!.acroField.dict.set(PDFName.of('Parent'), a!.acroField.ref);
    }],
    ['own parent', (pdf) => { const a = pdf.getForm().getFields()[0]!.acroField; a.dict.set(PDFName.of('Parent'), a.ref); }],
    ['own kid', (pdf) => { const a = pdf.getForm().getFields()[0]!.acroField; a.dict.set(PDFName.of('Kids'), pdf.context.obj([a.ref])); }],
    ['huge /Kids', (pdf) => {
      const kids = pdf.context.obj([]) as PDFArray;
      for (let i = 0; i < 5_000; i++) kids.push(pdf.context.obj(i));
      pdf.getForm().getFields()[0]!.acroField.dict.set(PDFName.of('Kids'), kids);
    }],
    ['no /AcroForm', (pdf) => pdf.catalog.delete(PDFName.of('AcroForm'))],
    ['/Fields a name', (pdf) => pdf.getForm().acroForm.dict.set(PDFName.of('Fields'), PDFName.of('X'))],
    ['/Fields junk', (pdf) => pdf.getForm().acroForm.dict.set(PDFName.of('Fields'), pdf.context.obj([5, PDFName.of('x'), pdf.context.obj({})]))],
    ['unknown /FT', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.dict.set(PDFName.of('FT'), PDFName.of('Zz')))],
    ['/FT a string', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.dict.set(PDFName.of('FT'), PDFString.of('Tx')))],
    ['text fields as check boxes', (pdf) => pdf.getForm().getFields().filter((f) => f instanceof PDFTextField).forEach((f) => f.acroField.dict.set(PDFName.of('FT'), PDFName.of('Btn')))],
    ['no /Rect', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.getWidgets().forEach((w) => w.dict.delete(PDFName.of('Rect'))))],
    ['bad /Rect', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.getWidgets().forEach((w) => w.dict.set(PDFName.of('Rect'), pdf.context.obj(['a', 'b']))))],
    ['huge /Rect', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.getWidgets().forEach((w) => w.dict.set(PDFName.of('Rect'), pdf.context.obj([0, 0, 1e9, 1e9]))))],
    ['bad entries', (pdf) => pdf.getForm().getFields().forEach((f) => {
      const dict: PDFDict = f.acroField.dict;
      dict.set(PDFName.of('Opt'), PDFName.of('Q'));
      dict.set(PDFName.of('DA'), pdf.context.obj(5));
      dict.set(PDFName.of('Ff'), PDFString.of('x'));
      dict.set(PDFName.of('MaxLen'), pdf.context.obj(-5));
      dict.set(PDFName.of('V'), pdf.context.obj([1, 2]));
    })],
    ['bad /AP /MK /BS', (pdf) => pdf.getForm().getFields().forEach((f) => f.acroField.getWidgets().forEach((w) => {
      w.dict.set(PDFName.of('AP'), pdf.context.obj(5));
      w.dict.set(PDFName.of('MK'), pdf.context.obj(5));
      w.dict.set(PDFName.of('BS'), pdf.context.obj(5));
    }))],
    ['bad /DR', (pdf) => pdf.getForm().acroForm.dict.set(PDFName.of('DR'), pdf.context.obj(5))],
    ['/AcroForm a number', (pdf) => pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.obj(5))],
    ['/Pages a number', (pdf) => pdf.catalog.set(PDFName.of('Pages'), pdf.context.obj(5))],
    ['NeedAppearances', (pdf) => pdf.getForm().acroForm.dict.set(PDFName.of('NeedAppearances'), pdf.context.obj(true))],
  ];
  const out: Variant[] = [];
  for (const [name, change] of variants) {
    const pdf = await baseForm();
    change(pdf);
    out.push({ name, bytes: await pdf.save({ updateFieldAppearances: false }) });
  }
  // qpdf, the real tool: the intact form encrypted, and written with object streams (compressed cross-references).
  const intact = join(dir, 'intact.pdf');
  writeFileSync(intact, out[0]!.bytes);
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', intact, join(dir, 'encrypted.pdf')]);
  execFileSync('qpdf', ['--object-streams=generate', intact, join(dir, 'object-streams.pdf')]);
  out.push({ name: 'encrypted', bytes: new Uint8Array(readFileSync(join(dir, 'encrypted.pdf'))) });
  out.push({ name: 'object streams', bytes: new Uint8Array(readFileSync(join(dir, 'object-streams.pdf'))) });
  return out;
}

/** A byte-level change on top of a variant: none, cut short, flipped, overwritten, cut out, or a keyword broken. */
const byteMutation = fc.oneof(
  { weight: 2, arbitrary: fc.constant((b: Uint8Array) => b) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (b: Uint8Array) => b.slice(0, Math.floor(b.length * at))) },
  { weight: 3, arbitrary: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Uint8Array) => {
    const copy = b.slice();
    for (const [at, mask] of flips) copy[Math.floor(at * (copy.length - 1))]! ^= mask;
    return copy;
  }) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => (b: Uint8Array) => {
    const copy = b.slice();
    copy.set(junk.subarray(0, Math.max(0, copy.length - Math.floor(at * copy.length))), Math.floor(at * copy.length));
    return copy;
  }) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(([at, n]) => (b: Uint8Array) => {
    const start = Math.floor(at * b.length);
    return new Uint8Array([...b.subarray(0, start), ...b.subarray(start + n)]);
  }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('/AcroForm', '/Fields', '/Kids', '/Parent', '/T ', '/FT', '/Rect', 'endobj', 'xref', 'trailer', 'startxref', '/Root', '/Annots', 'stream', '/Length'),
    fc.constantFrom('', '/Xx', '0 0 R', '(', '<<', '999999 0 R', '[')).map(([keyword, replacement]) => (b: Uint8Array) => {
    const text = Buffer.from(b).toString('latin1');
    return new Uint8Array(Buffer.from(text.split(keyword).join(replacement), 'latin1'));
  }) },
);

const tempRoot = mkdtempSync(join(tmpdir(), 'dossier-fuzz-form-'));
let variants: Variant[] = [];
let fontBytes: Uint8Array = new Uint8Array();
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(tempRoot, { recursive: true, force: true });
});
beforeAll(async () => {
  // pdf-lib logs what it skips in a damaged file ("Could not find page for PDFRef"); thousands of lines say nothing here.
  for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
  variants = await structuralVariants(tempRoot);
  fontBytes = (await loadDocumentFonts()).regular;
}, 60_000);

/** The properties of a refusal: a DossierError naming the file in both languages, nothing internal. */
function expectFormRefusal(error: unknown, fileName: string): void {
  expect(error).toBeInstanceOf(DossierError);
  const failure = error as DossierError;
  expect(failure.code).toBe('invalid-input');
  expect(failure.location.file).toBe(fileName);
  expect(failure.text.zh).toMatch(hasChinese);
  expect(failure.text.zh).toContain(fileName);
  expect(`${failure.text.zh}\n${failure.text.en}`).not.toMatch(internalLeak);
  expect(`${failure.text.zh}\n${failure.text.en}`).not.toMatch(/Expected instance|PDFDict|PDFArray|Failed to parse|offset=/);
}

/** Values for every field of the base form: text (with Chinese), a check box, choices. */
const values = new Map<string, ResolvedValue>([
  ['name', { value: '孙样本 Sun' }], ['postcode', { value: '650000' }], ['agree', { value: true }], ['sex', { value: 'F' }],
  ['pick', { value: 'b' }], ['opts', { value: 'y' }], ['btn', { value: 'x' }],
]);

describe('form fields and form fill on broken PDFs', () => {
  it('form fields lists the fields or refuses naming the file, on 10,000 broken forms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: variants.length - 1 }), byteMutation, async (index, mutate) => {
        const bytes = mutate(variants[index]!.bytes);
        const outcome = await listFormFields(bytes, '登记表.pdf').then((fields) => fields, (error: unknown) => error);
        if (outcome instanceof Error) expectFormRefusal(outcome, '登记表.pdf');
        else for (const field of outcome as { name: unknown; page: unknown }[]) expect(typeof field.name === 'string' && typeof field.page === 'number').toBe(true);
      }),
      { numRuns: 10_000, seed: 130607 },
    );
  }, 120_000);

  it('form fill refuses a broken form naming the file, or fills it so the values read back (300 forms)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: variants.length - 1 }), byteMutation, fc.boolean(), async (index, mutate, flatten) => {
        const bytes = mutate(variants[index]!.bytes);
        const outcome = await fillForm(bytes, values, { fontBytes, flatten, fileName: '登记表.pdf' }).then((filled) => filled, (error: unknown) => error);
        if (outcome instanceof Error) {
          expectFormRefusal(outcome, '登记表.pdf');
          return;
        }
        const { bytes: filled, report } = outcome as Awaited<ReturnType<typeof fillForm>>;
        for (const skipped of report.skipped) expect(`${skipped.message.zh}${skipped.message.en}`).not.toMatch(internalLeak);
        const reopened = await PDFDocument.load(filled, { updateMetadata: false });
        if (flatten) return;
        const form = reopened.getForm();
        for (const entry of report.filled.filter((f) => f.type === 'text')) expect(form.getTextField(entry.name).getText()).toBe(entry.value);
      }),
      { numRuns: 300, seed: 130608 },
    );
  }, 120_000);

  it('form:fill through the service stores nothing when it refuses a broken form (80 forms)', async () => {
    const dataDir = mkdtempSync(join(tempRoot, 'service-'));
    const services = openTestServices(dataDir);
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]) });
      const mapping = { fields: { name: { path: 'defendant.name' }, agree: { value: true } } };
      const documents = () => (services.context.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: variants.length - 1 }), byteMutation, async (index, mutate) => {
          const before = documents();
          const result = await dispatch(services.handlers, 'form:fill', {
            caseId: created.id, formBase64: Buffer.from(mutate(variants[index]!.bytes)).toString('base64'), formName: '登记表.pdf', mapping, flatten: false, store: true,
          });
          if (result.ok) expect(documents()).toBe(before + 1);
          else {
            expect(result.error).toMatchObject({ code: 'invalid-input', file: '登记表.pdf' });
            expect(result.error.message.zh).not.toMatch(internalLeak);
            expect(documents()).toBe(before);
          }
        }),
        { numRuns: 80, seed: 130609 },
      );
    } finally {
      services.close();
    }
  }, 120_000);
});

describe('form regressions found by the fuzzing', () => {
  it('a /Parent loop, a garbage catalog and wrong entry types are refused naming the file, not "Cannot read properties"', async () => {
    for (const name of ['/Parent loop', 'own parent', 'own kid', '/FT a string', '/AcroForm a number', '/Pages a number', 'bad entries']) {
      const bytes = variants.find((v) => v.name === name)!.bytes;
      expectFormRefusal(await listFormFields(bytes, 'f.pdf').then(() => null, (e: unknown) => e), 'f.pdf');
      expectFormRefusal(await fillForm(bytes, values, { fontBytes, flatten: false, fileName: 'f.pdf' }).then(() => null, (e: unknown) => e), 'f.pdf');
    }
    const garbage = new TextEncoder().encode('%PDF-1.7\nhello');
    expectFormRefusal(await listFormFields(garbage, 'g.pdf').then(() => null, (e: unknown) => e), 'g.pdf');
  });

  it('an encrypted form is refused as encrypted; a form without fields is not "filled" with nothing', async () => {
    const encrypted = variants.find((v) => v.name === 'encrypted')!.bytes;
    const error = await listFormFields(encrypted, 'e.pdf').then(() => null, (e: unknown) => e);
    expectFormRefusal(error, 'e.pdf');
    expect((error as DossierError).text.zh).toContain('已加密');
    const empty = await fillForm(variants.find((v) => v.name === 'no /AcroForm')!.bytes, values, { fontBytes, flatten: false, fileName: 'n.pdf' }).then(() => null, (e: unknown) => e);
    expectFormRefusal(empty, 'n.pdf');
    expect((empty as DossierError).text.zh).toContain('不含可填写的表单字段');
  });

  it('a damaged field is reported in words, not with pdf-lib\'s internals', async () => {
    const { report } = await fillForm(variants.find((v) => v.name === 'no /Rect')!.bytes, values, { fontBytes, flatten: false, fileName: 'r.pdf' });
    const damaged = report.skipped.filter((s) => s.reason === 'invalid-value');
    expect(damaged.length).toBeGreaterThan(0);
    for (const s of damaged) expect(s.message).toEqual({ zh: '该字段的结构已损坏，无法写入', en: 'The field is damaged and cannot be set' });
  });

  it('form fields and form fill refuse a pipe as FORM.pdf before reading it (a read would block for ever)', async () => {
    const pipe = join(tempRoot, 'form-pipe');
    execFileSync('mkfifo', [pipe]);
    const fields = await cli(['form', 'fields', pipe, '--json']);
    expect(fields.code).toBe(2);
    expect(JSON.parse(fields.out)).toMatchObject({ ok: false, error: { code: 'invalid-input', file: pipe } });
    const fill = await cli(['form', 'fill', pipe, '1', '--mapping', pipe, '--out', join(tempRoot, 'never.pdf'), '--db', join(tempRoot, 'pipe.sqlite'), '--json']);
    expect(fill.code).toBe(2);
    expect(JSON.parse(fill.out)).toMatchObject({ ok: false, error: { file: pipe } });
  });
});

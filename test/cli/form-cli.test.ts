import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { listFormFields } from '../../core/forms/acroform-read';
import { cliError, cliValue, pdfText, squash } from '../support/parse-output';
import { sampleFormPath, sampleMappingPath } from '../support/sample-form-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();


describe('dossier form and doc (filing set)', () => {
  it('form fill writes the filled, flattened form and lists the fields it could not fill', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const out = join(dir, 'filled.pdf');
    const result = await cli(['form', 'fill', sampleFormPath, '3', '--mapping', sampleMappingPath, '--out', out, '--flatten', '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(result.code).toBe(0);
    const report = cliValue<{ out: string; flattened: boolean; filled: unknown[]; skipped: { name: string; reason: string }[] }>(result.out);
    expect(report).toMatchObject({ out, flattened: true });
    // The postcode entered for the demo's service-address confirmation fills the form's postcode box too.
    expect(report.filled.length).toBe(18);
    expect(report.skipped.map((s) => [s.name, s.reason])).toEqual([['procedure', 'unmapped']]);
    expect(squash(pdfText(out))).toContain('䶮文静');
    expect(await listFormFields(new Uint8Array(readFileSync(out)))).toEqual([]);
    // Without --json: the file, the count, and the skipped fields on stderr in both languages.
    const plain = await cli(['form', 'fill', sampleFormPath, '3', '--mapping', sampleMappingPath, '--out', join(dir, 'open.pdf'), '--db', join(dir, 'demo.sqlite')]);
    expect(plain.out).toContain('已填写 18 个字段');
    expect(plain.err).toContain('procedure [unmapped]');
    expect((await listFormFields(new Uint8Array(readFileSync(join(dir, 'open.pdf'))))).length).toBe(19);
  }, 120_000);

  it('form fill refuses a bad mapping file and a missing case, writing nothing', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const badMapping = join(dir, 'bad.json');
    writeFileSync(badMapping, JSON.stringify({ fields: { defendant_name: { path: 'defendant..name' } } }));
    const out = join(dir, 'never.pdf');
    const bad = await cli(['form', 'fill', sampleFormPath, '1', '--mapping', badMapping, '--out', out, '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(bad.code).toBe(2);
    expect(cliError(bad.out)).toMatchObject({ code: 'invalid-input' });
    const missing = await cli(['form', 'fill', sampleFormPath, '99', '--mapping', sampleMappingPath, '--out', out, '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(cliError(missing.out)).toMatchObject({ code: 'not-found' });
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('form fields lists a form\'s fields', async () => {
    const result = await cli(['form', 'fields', sampleFormPath, '--json']);
    const fields = cliValue<{ name: string }[]>(result.out);
    expect(fields).toHaveLength(19);
  });

  it('doc --template all renders the filing set with the inputs given, and demo writes each case\'s set', async () => {
    const dir = tempDir();
    const demo = cliValue<{ filingSets: { caseId: number; files: string[] }[] }>((await cli(['demo', '--out', dir, '--json'])).out);
    expect(demo.filingSets).toHaveLength(3);
    // Case 2's settlement ends in withdrawal, but no demo case is accepted yet, so no withdrawal application is made.
    expect(demo.filingSets.map((set) => set.files.length)).toEqual([12, 12, 12]);
    expect(readdirSync(join(dir, 'filing-set', 'case-1')).filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
    expect(readdirSync(join(dir, 'filing-set', 'case-1')).some((f) => f.startsWith('强制执行申请书'))).toBe(false);
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify({ proceedings: { courtCaseNumber: '（2026）云0103民初77号' } }));
    const out = join(dir, 'out');
    const partial = await cli(['doc', '1', '--template', 'withdrawal-application', '--format', 'pdf', '--inputs', inputs, '--out', out, '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(partial.code).toBe(0);
    const { files } = cliValue<{ files: { path: string }[] }>(partial.out);
    expect(squash(pdfText(files[0]!.path))).toContain('（2026）云0103民初77号');
    const all = await cli(['doc', '1', '--template', 'all', '--format', 'pdf', '--out', out, '--db', join(dir, 'demo.sqlite'), '--json']);
    // Without a settlement plan and the other entered facts the templates needing them fail, each named; the rest are written.
    expect(all.code).toBe(1);
    const set = cliValue<{ files: { path: string }[]; failures: { title: string; error: { zh: string } }[] }>(all.out);
    expect(set.failures.length).toBeGreaterThan(0);
    expect(set.failures.every((f) => f.title !== '' && f.error.zh !== '')).toBe(true);
    expect(set.files.length).toBeGreaterThan(0);
  }, 120_000);
});

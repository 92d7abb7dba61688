import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFilingData } from '../../../core/documents/filing-data';
import { missingGlyphs } from '../../../core/documents/pdf-fonts';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import { renderTemplate } from '../../../core/documents/template-engine';
import type { TemplateManifest } from '../../../core/documents/template-manifest';
import { validateTemplate } from '../../../core/documents/template-validation';
import { DossierError } from '../../../core/errors';
import { testFonts } from '../../support/fonts';

const manifest: TemplateManifest = { id: 't', title: '测试', version: '1', caseTypes: ['credit-card'], required: [], basis: '' };
const sample = buildFilingData(sampleFilingSource('2026-11-28'));
const complaintBody = readFileSync(new URL('../../../templates/documents/complaint/body.liquid', import.meta.url), 'utf8');

async function check(body: string, required: string[] = []) {
  const fonts = await testFonts();
  return validateTemplate(manifest, { title: '测试文书', required, body }, sample, (chars) => missingGlyphs(fonts.regular, chars));
}

describe('validateTemplate', () => {
  it('passes the bundled narrative complaint without errors or warnings', async () => {
    expect(await check(complaintBody, ['plaintiff.name', 'defendant.residentId'])).toEqual([]);
  });

  it('names the line of a syntax error and of an unknown variable', async () => {
    const syntax = await check('# 标题\n第二行\n{% if plaintiff.name %}未闭合');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ severity: 'error', field: 'body', line: 3 });
    const unknown = await check('# 标题\n< {{ plaintiff.name }}\n< {{ defendant.nickname }}\n@ 落款');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(unknown[0]!.message.en).toContain('nickname');
  });

  it('refuses required paths that are malformed or absent from the filing data', async () => {
    const issues = await check('# 标题\n@ 落款', ['defendant.name', 'defendant..name', 'settlement.nothing']);
    expect(issues.map((i) => [i.field, i.severity])).toEqual([['required', 'error'], ['required', 'error']]);
    expect(issues[1]!.message.zh).toContain('settlement.nothing');
  });

  it('names a character of the template text that the font lacks (𠮷), and accepts 䶮', async () => {
    const issues = await check('# 吉𠮷银行\n< 䶮\n@ 落款');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.zh).toContain('“𠮷”');
    expect(issues[0]!.message.zh).not.toContain('䶮');
  });

  it('warns when a filing has no title or no signature block', async () => {
    const issues = await check('< 正文');
    expect(issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });
});

describe('a hostile template fails safely', () => {
  const render = (body: string) => renderTemplate({ manifest, body }, sample, 'h');
  const codeOf = async (body: string) => (await render(body).then(() => null, (e: unknown) => e)) as DossierError | null;

  it('cannot read files through include, render or layout', async () => {
    for (const body of ["{% include '/etc/passwd' %}", "{% render '../../package.json' %}", "{% layout 'templates/documents/complaint/body.liquid' %}x"]) {
      const error = await codeOf(body);
      expect(error, body).toBeInstanceOf(DossierError);
      expect(error!.code).toBe('template-error');
      expect(JSON.stringify(error!.text)).not.toContain('root:');
    }
  });

  it('cannot run code: no constructor, prototype or process reachable', async () => {
    for (const body of ['{{ plaintiff.constructor.constructor }}', '{{ plaintiff.__proto__ }}', '{{ process.env }}', "{{ 'x' | eval }}"]) {
      const outcome = await render(body).then((m) => JSON.stringify(m), (e: unknown) => e);
      if (outcome instanceof DossierError) expect(outcome.code).toBe('template-error');
      else expect(outcome).not.toMatch(/function|\[native code\]|PATH=/);
    }
  });

  it('stops an endless loop and an exponential string with an error', async () => {
    const loop = '{% for i in (1..1000000000) %}{% for j in (1..1000000000) %}x{% endfor %}{% endfor %}';
    expect((await codeOf(loop))?.code).toBe('template-error');
    const growth = "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}";
    expect((await codeOf(growth))?.code).toBe('template-error');
  });
});

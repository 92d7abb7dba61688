/**
 * The document template engine on generated template sources — valid and broken tags, unknown filters, deep
 * nesting, loops, include/render/layout of real files, reaches for constructor, __proto__ and process — and on
 * generated case data. Every source either renders or fails with a template error naming the template and the line
 * in Chinese and English; no source reads a file or runs code; rendering is bounded in time and size (a loop bomb
 * stops with a clear error); and whatever renders once renders the same the second time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFilingData } from '../../core/documents/filing-data';
import { sampleFilingSource } from '../../core/documents/sample-filing-data';
import { checkTemplateSyntax, renderInlineTemplate, renderTemplate } from '../../core/documents/template-engine';
import type { DocumentTemplate } from '../../core/documents/template-manifest';
import { DossierError } from '../../core/errors';
import { hasChinese, internalLeak } from './support/file-arbitraries';

const root = join(import.meta.dirname, '..', '..');
const secretDir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-template-'));
const SECRET = 'FUZZ-SECRET-7f3a91';
const secretFile = join(secretDir, 'secret.liquid');
writeFileSync(secretFile, `${SECRET} {{ 1 | plus: 1 }}`);
afterAll(() => rmSync(secretDir, { recursive: true, force: true }));

/** What a template may try to read: a real file by absolute and relative path, a bundled template, system files. */
const readablePaths = [
  secretFile, relative(process.cwd(), secretFile), 'secret.liquid', 'secret', join(root, 'package.json'), 'package.json',
  'templates/documents/complaint/body.liquid', '../../../../etc/passwd', '/etc/passwd', '/proc/self/environ', 'file:///etc/hostname',
];

/** Freezes a value all the way down: a template that wrote into the case data would throw. */
function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) deepFrozen(inner);
  return Object.freeze(value);
}

const sample = deepFrozen(buildFilingData(sampleFilingSource('2026-11-28')) as unknown as Record<string, unknown>);

/** Every dotted path to a scalar in the sample filing data (arrays by index), the names a real template uses. */
function scalarPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return prefix ? [prefix] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => scalarPaths(inner, prefix ? `${prefix}.${key}` : key));
}
const dataPaths = scalarPaths(sample).slice(0, 300);

const hostilePaths = ['constructor', '__proto__', 'process', 'global', 'globalThis', 'this', 'require', 'plaintiff.constructor', 'defendant.__proto__',
  'plaintiff.name.constructor', 'claim.constructor.constructor', 'x.prototype', 'case["constructor"]', 'defendant["__proto__"]', 'forloop', 'null', 'empty'];

const path = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...dataPaths) },
  { weight: 2, arbitrary: fc.constantFrom(...hostilePaths) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,6}(\.[a-z0-9]{1,6}){0,2}$/) },
  { weight: 1, arbitrary: fc.constantFrom('"文字"', "'单引号'", '12', '-0', '1.5', '999999999999999999999', 'true', 'nil', '(1..3)') },
);
const filter = fc.constantFrom('', ' | yuan', ' | cndate', ' | capitals', ' | box', ' | box: "是"', ' | mask_id', ' | mask_card', ' | append: "元"', ' | plus: 1',
  ' | minus: 1', ' | size', ' | split: ""', ' | nope', ' | date: "%Y"', ' | json', ' | inspect', ' | escape', ' | default: "无"', ' | upcase',
  ' | truncate: 5', ' | slice: 0, 3', ' | map: "constructor"', ' | sort: "__proto__"', ' | where: "constructor"', ' | times: 1e308', ' | divided_by: 0',
  ' | join: "|"', ' | replace: "a", "<br>"', ' | newline_to_br', ' | strip_html', ' | url_decode', ' | first', ' | last', ' | reverse', ' |', ' | | yuan');

const text = fc.oneof(
  fc.constantFrom('# 民事起诉状', '## 诉讼请求', '原告诉称：', '< 此致', '> 具状人', '^ 居中', '@ 具状人：', '---', '+ 保持', '| 项目 | 金额 |', '|= 合计 |', '|% 1 | 2 |',
    '| 只有一列 |', '|% 0 | -1 |', '<br>', '{{', '}}', '{%', '%}', '{{{', '{%%}', '\u202e反转', '\uE000', '\uE001', '\r', '\t'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

/** A template source as a tree of pieces, some well formed and some broken, nested a few levels deep. */
const { piece } = fc.letrec<{ piece: string; block: string; leaf: string }>((tie) => ({
  piece: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('block')),
  leaf: fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 4, arbitrary: fc.tuple(path, filter).map(([p, f]) => `{{ ${p}${f} }}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('include', 'render', 'layout'), fc.constantFrom(...readablePaths)).map(([tag, file]) => `{% ${tag} "${file}" %}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('include', 'render', 'layout'), path).map(([tag, p]) => `{% ${tag} ${p} %}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'y', 'plaintiff', '__proto__', 'constructor'), path, filter).map(([name, p, f]) => `{% assign ${name} = ${p}${f} %}`) },
    { weight: 1, arbitrary: fc.constantFrom('{% endif %}', '{% endfor %}', '{% else %}', '{% break %}', '{% continue %}', '{% increment n %}', '{% cycle "a", "b" %}',
      '{% echo defendant.name %}', '{% liquid echo claim %}', '{% tablerow i in (1..3) %}{{ i }}{% endtablerow %}', '{% raw %}{{ x }}{% endraw %}', '{% comment %}x{% endcomment %}',
      '{% nosuchtag %}', '{%- -%}', '{{- -}}', '{% if %}', '{% for %}', '{% for i in %}{% endfor %}', '{% case %}{% endcase %}') },
  ),
  block: fc.oneof(
    fc.tuple(path, fc.array(tie('piece'), { maxLength: 3 }), fc.boolean()).map(([p, inner, closed]) => `{% if ${p} %}${inner.join('\n')}${closed ? '{% endif %}' : ''}`),
    fc.tuple(path, fc.array(tie('piece'), { maxLength: 3 }), fc.boolean()).map(([p, inner, closed]) => `{% unless ${p} == 1 %}${inner.join('')}${closed ? '{% endunless %}' : ''}`),
    fc.tuple(fc.integer({ min: -3, max: 12 }), fc.array(tie('piece'), { maxLength: 3 }), fc.boolean()).map(([n, inner, closed]) => `{% for i in (1..${n}) %}${inner.join('\n')}${closed ? '{% endfor %}' : ''}`),
    fc.tuple(path, fc.array(tie('piece'), { maxLength: 2 })).map(([p, inner]) => `{% for x in ${p} limit: 5 %}{{ x }}${inner.join('')}{% endfor %}`),
    fc.tuple(fc.array(tie('piece'), { maxLength: 3 })).map(([inner]) => `{% capture c %}${inner.join('')}{% endcapture %}{{ c }}`),
    fc.tuple(path, fc.array(tie('piece'), { maxLength: 2 })).map(([p, inner]) => `{% case ${p} %}{% when 1 %}${inner.join('')}{% else %}无{% endcase %}`),
  ),
}));
const source = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.constantFrom('\n', '')).map(([pieces, separator]) => pieces.join(separator));

/** Case data as it may arrive: the sample filing data with some values replaced by generated ones of any type. */
const caseData = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...dataPaths), fc.oneof(
  fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.constantFrom(Number.NaN, -0, 2 ** 53 + 1, '{{ 1 | plus: 1 }}', '{% include "x" %}', '| a | b |', '# 标题', '<br>', '\uE000\uE001'),
)), { maxLength: 4 })).map(([replacements]) => {
  if (replacements.length === 0) return sample;
  const data = structuredClone(sample);
  for (const [dotted, value] of replacements) {
    const keys = dotted.split('.');
    let target = data as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }
  return data;
});

const titles = fc.constantFrom('民事起诉状', '证据目录', 'Fuzz 模板', '模板（测试）');

function template(title: string, body: string): DocumentTemplate {
  return { manifest: { id: 'fuzz', title, version: '1', caseTypes: ['credit-card'], required: [], basis: '' }, body };
}

/** Every text of a rendered document, for what it must never contain. */
function renderedText(model: unknown): string {
  return JSON.stringify(model);
}

/** The properties a failure keeps: a template error naming the template and the line, in words, nothing internal. */
function expectTemplateError(error: unknown, title: string | null): void {
  expect(error).toBeInstanceOf(DossierError);
  const failure = error as DossierError;
  expect(failure.code).toBe('template-error');
  expect(failure.text.zh).toMatch(hasChinese);
  expect(`${failure.text.zh}\n${failure.text.en}`).not.toMatch(internalLeak);
  expect(`${failure.text.zh}\n${failure.text.en}`).not.toMatch(/ENOENT|Failed to lookup|alloc limit|not found|not closed|undefined (variable|filter)/);
  if (title !== null) expect(failure.text.zh).toContain(`《${title}》`);
  // Only a template too long to parse at all is refused as a whole, without a line.
  if (failure.text.zh.includes('模板过长')) return;
  expect(failure.text.zh, failure.text.zh).toMatch(/第 \d+ 行/);
  expect(failure.text.en).toMatch(/line \d+/);
}

describe('the template engine', () => {
  it('renders or refuses any generated template and case data cleanly, deterministically and without reading a file (10,000 sources)', async () => {
    await fc.assert(
      fc.asyncProperty(titles, source, caseData, async (title, body, data) => {
        const started = Date.now();
        let first: unknown = null;
        try {
          first = await renderTemplate(template(title, body), data, 'h');
        } catch (error) {
          expectTemplateError(error, title);
        }
        expect(Date.now() - started).toBeLessThan(5_000);
        if (first !== null) {
          const text = renderedText(first);
          expect(text).not.toContain(SECRET);
          expect(text).not.toMatch(/\[native code\]|function Object|root:x:0/);
          expect(text.length).toBeLessThan(25_000_000);
          // Determinism: the same template and data give the same document.
          expect(renderedText(await renderTemplate(template(title, body), data, 'h'))).toBe(text);
        }
        try {
          checkTemplateSyntax(body);
        } catch (error) {
          expectTemplateError(error, null);
        }
        try {
          expect(await renderInlineTemplate(body, data)).not.toContain(SECRET);
        } catch (error) {
          expect(error).toBeInstanceOf(DossierError);
          expect((error as DossierError).text.zh).toContain('字段模板填充失败');
          expect((error as DossierError).text.zh).not.toMatch(internalLeak);
        }
      }),
      { numRuns: 10_000, seed: 130605 },
    );
  }, 120_000);

  it('stops loop bombs and memory bombs with a clear error, in bounded time', async () => {
    const bomb = fc.oneof(
      fc.integer({ min: 200, max: 1000 }).map((n) => `{% for a in (1..${n}) %}{% for b in (1..${n}) %}{% for c in (1..${n}) %}x{% endfor %}{% endfor %}{% endfor %}`),
      fc.integer({ min: 10_000_000, max: 1_000_000_000 }).map((n) => `{% for i in (1..${n}) %}x{% endfor %}`),
      fc.integer({ min: 25, max: 60 }).map((n) => `{% assign s = "ab" %}{% for i in (1..${n}) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}`),
      fc.constant(`{{ "${'x'.repeat(300_000)}" }}`),
    );
    await fc.assert(
      fc.asyncProperty(bomb, async (body) => {
        const started = Date.now();
        const error = await renderTemplate(template('模板炸弹', body), sample, 'h').then(() => null, (e: unknown) => e);
        expect(Date.now() - started).toBeLessThan(6_000);
        expectTemplateError(error, '模板炸弹');
        expect((error as DossierError).text.zh).toMatch(/上限|过长/);
      }),
      { numRuns: 12, seed: 130606 },
    );
  }, 120_000);
});

describe('template engine regressions found by the fuzzing', () => {
  it('include, render and layout read no file: a real file by absolute or relative path is refused in words', async () => {
    for (const file of readablePaths) {
      for (const tag of ['include', 'render', 'layout']) {
        const error = await renderTemplate(template('引用测试', `# 标题\n{% ${tag} "${file}" %}`), sample, 'h').then(() => null, (e: unknown) => e);
        expectTemplateError(error, '引用测试');
        expect((error as DossierError).text.zh).toContain('模板不能引用其他文件');
        expect((error as DossierError).text.zh).toContain('第 2 行');
      }
    }
    expect(readFileSync(secretFile, 'utf8')).toContain(SECRET);
  });

  it('a ragged table and a filter\'s own refusal name the template and the line', async () => {
    const ragged = await renderTemplate(template('证据目录', '# 目录\n| a | b |\n| 1 |'), sample, 'h').then(() => null, (e: unknown) => e);
    expectTemplateError(ragged, '证据目录');
    const amount = await renderTemplate(template('证据目录', '# 目录\n\n{{ defendant.name | yuan }}'), sample, 'h').then(() => null, (e: unknown) => e);
    expectTemplateError(amount, '证据目录');
    expect((amount as DossierError).text.zh).toContain('第 3 行');
  });

  it('include, render and layout of a name on Object\'s prototype find nothing (they found Object\'s constructor)', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      for (const tag of ['include', 'render', 'layout']) {
        const error = await renderTemplate(template('引用测试', `{% ${tag} ${name} %}`), sample, 'h').then(() => null, (e: unknown) => e);
        expectTemplateError(error, '引用测试');
      }
    }
  });

  it('deep nesting renders or is refused as a template error, never a stack overflow', async () => {
    for (const depth of [100, 2_000, 20_000]) {
      const body = `${'{% if true %}'.repeat(depth)}深${'{% endif %}'.repeat(depth)}`;
      const outcome = await renderTemplate(template('嵌套', body), sample, 'h').then((model) => model, (e: unknown) => e);
      if (outcome instanceof Error) expectTemplateError(outcome, '嵌套');
      else expect(JSON.stringify(outcome)).toContain('深');
    }
  });

  it('rendering leaves the case data as it was: increment wrote its counter into it, so a second render differed', async () => {
    const data = structuredClone(sample);
    const body = '{% increment n %}{% increment n %}{% decrement m %}';
    const first = await renderTemplate(template('计数', body), data, 'h');
    expect(data).toEqual(sample);
    expect(await renderTemplate(template('计数', body), data, 'h')).toEqual(first);
    expect(await renderInlineTemplate(body, data)).toBe(await renderInlineTemplate(body, data));
  });

  it('the date filter, which reads this computer\'s clock, is refused', async () => {
    const error = await renderTemplate(template('日期', '{{ "now" | date: "%Y-%m-%d %H:%M:%S" }}'), sample, 'h').then(() => null, (e: unknown) => e);
    expectTemplateError(error, '日期');
    expect((error as DossierError).text.zh).toContain('cndate');
  });
});

import { describe, expect, it } from 'vitest';
import { renderTemplate, missingFields } from '../../../core/documents/template-engine';
import type { DocumentTemplate } from '../../../core/documents/template-manifest';
import { DossierError, toErrorPayload } from '../../../core/errors';

function template(body: string, required: string[] = []): DocumentTemplate {
  return { manifest: { id: 't', title: '测试文书', version: '1', caseTypes: ['credit-card'], required, basis: '' }, body };
}

async function failure(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}

describe('renderTemplate', () => {
  it('fills values with the legal filters: amounts in figures and capitals, Chinese dates, masks', async () => {
    const model = await renderTemplate(
      template('# 起诉状\n本金人民币{{ fen | yuan }}元（大写：{{ fen | capitals }}），截至{{ d | cndate }}。\n< {{ id | mask_id }} {{ card | mask_card }}'),
      { fen: 1_001_050, d: '2026-03-05', id: '53010219860412002X', card: '6225880012345678' },
      'hash',
    );
    expect(model.title).toBe('起诉状');
    expect(model.meta).toEqual({ templateId: 't', templateVersion: '1', dataHash: 'hash' });
    expect(model.blocks[1]).toMatchObject({ text: '本金人民币10,010.50元（大写：壹万零壹拾元伍角整），截至2026年3月5日。' });
    const masked = (model.blocks[2] as { text: string }).text;
    expect(masked).toMatch(/^530102\*+002X 622588\*+5678$/);
  });

  it('stops with the list of missing required fields and produces nothing', async () => {
    const error = await failure(renderTemplate(template('{{ a.b }}{{ c }}', ['a.b', 'c', 'd']), { a: { b: '有' }, c: ' ' }, 'h'));
    expect(error.code).toBe('missing-fields');
    expect(error.details.map((d) => d.field)).toEqual(['c', 'd']);
    expect(error.text.zh).toContain('c、d');
    expect(missingFields(template('', ['a.b']), { a: { b: 0 } })).toEqual([]);
  });

  it('names each missing field by the template\'s own wording, or the shared label table, once it reaches the UI', async () => {
    const own = template('{{ court.name }}', ['court.name', 'enforcement.applicant']);
    own.manifest.labels = { 'enforcement.applicant': { zh: '申请执行人', en: 'applicant' } };
    const payload = toErrorPayload(await failure(renderTemplate(own, {}, 'h')));
    expect(payload.details.map((d) => d.label?.zh)).toEqual(['受诉法院', '申请执行人']);
    expect(payload.message.zh).not.toContain('court.name');
  });

  it('treats an unknown variable or filter as an error, never as blank text', async () => {
    expect((await failure(renderTemplate(template('{{ nothing }}'), {}, 'h'))).code).toBe('template-error');
    expect((await failure(renderTemplate(template('{{ 1 | shell }}'), {}, 'h'))).code).toBe('template-error');
  });

  it('cannot read files or reach prototypes', async () => {
    expect((await failure(renderTemplate(template("{% include '/etc/passwd' %}"), {}, 'h'))).code).toBe('template-error');
    expect((await failure(renderTemplate(template("{% render '../package.json' %}"), {}, 'h'))).code).toBe('template-error');
    const model = await renderTemplate(template('x{{ a.constructor }}y'), { a: {} }, 'h').catch((e: unknown) => e);
    // Either refused outright or rendered without exposing anything from the prototype chain.
    if (model instanceof DossierError) expect(model.code).toBe('template-error');
    else expect(JSON.stringify(model)).not.toContain('function');
  });

  it('bounds runaway loops', async () => {
    const loop = '{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}';
    expect((await failure(renderTemplate(template(loop), {}, 'h'))).code).toBe('template-error');
  });

  it('refuses a filter applied to a non-integer amount', async () => {
    expect((await failure(renderTemplate(template('{{ x | yuan }}'), { x: 12.5 }, 'h'))).text.zh).toContain('以分为单位');
  });
});

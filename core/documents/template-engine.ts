import { Liquid } from 'liquidjs';
import { maskCardNumber } from '../case/card-number';
import { maskResidentId } from '../case/resident-id';
import { DossierError } from '../errors';
import { amountInCapitals } from '../money/amount-in-capitals';
import { chineseDate } from '../calendar/chinese-date';
import { formatYuan } from '../money/fen';
import { parseBlockMarkup, protectValue } from './block-markup';
import type { DocumentModel } from './document-model';
import type { DocumentTemplate } from './template-manifest';
import { fieldLabel } from '../field-labels';
import { templateFailure } from './template-failure';

/**
 * Fills a template with case data and parses the result into the document model.
 * Liquid is configured so a template cannot run code or read files: no file system (includes
 * resolve only against an empty in-memory map), own properties only, and hard limits on parse
 * size, render time and memory, so a runaway loop stops with an error.
 */

function asFen(value: unknown, filter: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new DossierError('template-error', {
      zh: `过滤器 ${filter} 需要以分为单位的整数金额，收到：${String(value)}`,
      en: `Filter ${filter} needs an integer amount in fen, got: ${String(value)}`,
    });
  }
  return value;
}

function createEngine(): Liquid {
  const engine = new Liquid({
    // No prototype: the in-memory map is looked up by name, and {% include constructor %} must not find Object's.
    templates: Object.create(null) as Record<string, string>,
    relativeReference: false,
    dynamicPartials: false,
    strictFilters: true,
    strictVariables: true,
    ownPropertyOnly: true,
    parseLimit: 200_000,
    renderLimit: 2_000,
    memoryLimit: 20_000_000,
    outputEscape: (value: unknown) => protectValue(String(value ?? '')),
  });
  // Liquid's own date filter reads this machine's clock ("now") and time zone: a document would change with the day
  // and the computer it is made on. Dates in documents are the case's calendar dates, formatted by cndate.
  engine.registerFilter('date', () => {
    throw new DossierError('template-error', { zh: '模板不能使用 date 过滤器（它取本机的时钟和时区），日期请用 cndate', en: 'Templates cannot use the date filter (it reads this computer\'s clock and time zone); use cndate for dates' });
  });
  engine.registerFilter('capitals', (v: unknown) => amountInCapitals(asFen(v, 'capitals')));
  engine.registerFilter('yuan', (v: unknown) => formatYuan(asFen(v, 'yuan')));
  engine.registerFilter('cndate', (v: unknown) => chineseDate(String(v)));
  engine.registerFilter('mask_id', (v: unknown) => maskResidentId(String(v)));
  engine.registerFilter('mask_card', (v: unknown) => maskCardNumber(String(v)));
  // A check box of the element-style forms: ■ when the value is truthy (or equals the argument), else □.
  engine.registerFilter('box', (v: unknown, expected?: unknown) => ((expected === undefined ? Boolean(v) : v === expected) ? '■' : '□'));
  return engine;
}

const engine = createEngine();

/** The value at a dotted path (own properties only, array indices allowed), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The manifest's required fields that are absent or empty in the data. */
export function missingFields(template: DocumentTemplate, data: unknown): string[] {
  return template.manifest.required.filter((path) => {
    const value = valueAt(data, path);
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
}

/**
 * Renders a template to the document model. Missing required data stops rendering with the list
 * of missing fields, so no half-filled document is ever produced.
 */
export async function renderTemplate(template: DocumentTemplate, data: object, dataHash: string): Promise<DocumentModel> {
  const missing = missingFields(template, data);
  if (missing.length > 0) {
    const labels = template.manifest.labels ?? {};
    throw new DossierError(
      'missing-fields',
      {
        zh: `生成《${template.manifest.title}》缺少以下信息：${missing.map((path) => (labels[path] ?? fieldLabel(path)).zh).join('、')}`,
        en: `Cannot generate "${template.manifest.title}"; missing: ${missing.map((path) => (labels[path] ?? fieldLabel(path)).en).join(', ')}`,
      },
      { field: missing[0] },
      // A template's own wording of a field goes with the issue; otherwise the error names it from the shared table.
      missing.map((field) => ({ field, message: { zh: '此项为必填项', en: 'This field is required' }, ...(labels[field] ? { label: labels[field] } : {}) })),
    );
  }
  let text: string;
  try {
    // A copy: {% increment %} and {% decrement %} write into the scope they are given, which must not be the case data.
    text = await engine.parseAndRender(template.body, { ...data });
  } catch (error) {
    throw templateFailure(error, template.manifest.title);
  }
  const blocks = parseBlockMarkup(text, template.manifest.title);
  const title = blocks.find((b) => b.kind === 'title');
  return {
    title: title?.kind === 'title' ? title.text : template.manifest.title,
    meta: { templateId: template.manifest.id, templateVersion: template.manifest.version, dataHash },
    blocks,
  };
}

/**
 * Renders a short liquid template — a form field's value — to plain text with the same safe engine and
 * filters as the documents; an unknown variable or filter is an error, never blank text.
 */
export async function renderInlineTemplate(source: string, data: object): Promise<string> {
  try {
    return (await engine.parseAndRender(source, { ...data })).replace(/[\uE000\uE001]/g, '').trim();
  } catch (error) {
    const failure = templateFailure(error, '');
    throw new DossierError('template-error', { zh: `字段模板填充失败：${failure.text.zh}`, en: `The field template failed: ${failure.text.en}` });
  }
}

/** The template line a liquid error points at ("line:3, col:5"), if it says. */
export function errorLine(error: unknown): number | null {
  const text = error instanceof DossierError ? error.text.en : error instanceof Error ? error.message : String(error);
  const match = /line:?\s*(\d+)/i.exec(text);
  return match ? Number(match[1]) : null;
}

/** Parses a template body without rendering it; a syntax error is thrown as template-error naming its line. */
export function checkTemplateSyntax(body: string): void {
  try {
    engine.parse(body);
  } catch (error) {
    throw templateFailure(error, '');
  }
}

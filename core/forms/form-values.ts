/**
 * Resolves a form's mapping against the filing data: one value per mapped field, or the reason it has
 * none. Paths read the same FilingData the document templates use, so a form and the complaint agree.
 */
import { chineseDate } from '../calendar/chinese-date';
import { maskCardNumber } from '../case/card-number';
import { maskResidentId } from '../case/resident-id';
import { DossierError } from '../errors';
import { fieldLabel } from '../field-labels';
import { amountInCapitals } from '../money/amount-in-capitals';
import { formatYuan } from '../money/fen';
import { renderInlineTemplate, valueAt } from '../documents/template-engine';
import type { FieldSource, FieldValue, FormMapping, SkippedField, ValueFormat } from './form-model';

/** A mapped field's value, or why it has none. */
export type ResolvedValue = { value: FieldValue } | { skip: Omit<SkippedField, 'name' | 'type'> };

function formatted(value: unknown, format: ValueFormat): string {
  if (format === 'text') return typeof value === 'string' ? value : String(value);
  if (format === 'cndate') return chineseDate(String(value));
  if (format === 'mask_id') return maskResidentId(String(value));
  if (format === 'mask_card') return maskCardNumber(String(value));
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new DossierError('invalid-input', { zh: '金额格式只能用于金额，所选的案件数据不是金额', en: 'An amount format suits amounts only; the case data chosen is not an amount' });
  }
  if (format === 'yuan') return formatYuan(value);
  if (format === 'capitals') return amountInCapitals(value);
  return `${formatYuan(value)}元（大写：人民币${amountInCapitals(value)}）`;
}

// The field is named by its label (a path only where the label table has none: a mapping made under 高级).
const noValue = (path: string): ResolvedValue => ({
  skip: { reason: 'no-value', message: { zh: `本案没有“${fieldLabel(path).zh}”的记录`, en: `The case file has no ${fieldLabel(path).en}` } },
});

/** Resolves one source against the data. */
export async function resolveSource(source: FieldSource, data: object): Promise<ResolvedValue> {
  try {
    if ('value' in source) return { value: source.value };
    if ('template' in source) {
      const text = await renderInlineTemplate(source.template, data);
      return text === '' ? { skip: { reason: 'no-value', message: { zh: '组合文字填写后为空', en: 'The composed text came out empty' } } } : { value: text };
    }
    const value = valueAt(data, source.path);
    if ('equals' in source) return { value: value === source.equals };
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return noValue(source.path);
    if (typeof value === 'boolean') return { value };
    if (typeof value === 'object') {
      return { skip: { reason: 'invalid-value', message: { zh: `“${fieldLabel(source.path).zh}”不是单个值，不能填入一个字段`, en: `${fieldLabel(source.path).en} is not a single value and cannot fill one field` } } };
    }
    return { value: formatted(value, source.format) };
  } catch (error) {
    const message = error instanceof DossierError ? error.text : { zh: String(error), en: String(error) };
    return { skip: { reason: 'invalid-value', message } };
  }
}

/** Resolves every mapped field; fields of the form missing from the mapping are the caller's to report. */
export async function resolveMapping(mapping: FormMapping, data: object): Promise<Map<string, ResolvedValue>> {
  const resolved = new Map<string, ResolvedValue>();
  for (const [name, source] of Object.entries(mapping.fields)) resolved.set(name, await resolveSource(source, data));
  return resolved;
}

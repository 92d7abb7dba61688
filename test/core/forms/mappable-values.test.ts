import { describe, expect, it } from 'vitest';
import { mappableValues } from '../../../core/forms/mappable-values';

/** A slice of the filing data with an amount, a flag, an enum value and a name. */
const data = {
  defendant: { name: '䶮文静', sex: 'female', sexLabel: '女' },
  claim: { principalFen: 4823517, totalFen: 5691807 },
  serviceAddress: { electronic: true },
  court: { procedure: 'simplified' },
};

describe('the values a PDF form field can be mapped to', () => {
  it('offers the common values by their label, amounts in yuan with two decimals and flags in words', () => {
    const values = mappableValues(data);
    const byPath = new Map(values.map((v) => [v.path, v]));
    expect(byPath.get('claim.principalFen')).toEqual({ path: 'claim.principalFen', label: { zh: '诉请本金', en: 'principal claimed' }, example: { zh: '48,235.17 元', en: '¥48,235.17' }, amount: true });
    expect(byPath.get('serviceAddress.electronic')?.example).toEqual({ zh: '是', en: 'yes' });
    expect(byPath.get('defendant.sexLabel')?.label?.zh).toBe('被告性别');
  });

  it('keeps values without a label (enum codes among them) for the advanced view, after the offered ones', () => {
    const values = mappableValues(data);
    expect(values.find((v) => v.path === 'defendant.sex')?.label).toBeNull();
    expect(values.find((v) => v.path === 'court.procedure')?.label).toBeNull();
    const firstUnlabelled = values.findIndex((v) => v.label === null);
    expect(values.slice(firstUnlabelled).every((v) => v.label === null)).toBe(true);
  });
});

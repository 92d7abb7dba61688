import { describe, expect, it } from 'vitest';
import { resolveSource } from '../../../core/forms/form-values';
import { internalTextIn } from '../../support/internal-text';

const data = { court: { name: '' }, defendant: { name: '䶮文静' }, claim: { totalFen: 5691807 } };

describe('why a PDF-form field is left unfilled, in words', () => {
  it('names the missing case data by its label, not its path', async () => {
    const resolved = await resolveSource({ path: 'court.name', format: 'text' }, data);
    expect(resolved).toEqual({ skip: { reason: 'no-value', message: { zh: '本案没有“受诉法院”的记录', en: 'The case file has no court addressed' } } });
  });

  it('says an amount format was chosen for data that is not an amount, without codes or fen', async () => {
    const resolved = await resolveSource({ path: 'defendant.name', format: 'yuan' }, data);
    expect('skip' in resolved && resolved.skip.reason).toBe('invalid-value');
    const message = 'skip' in resolved ? resolved.skip.message : { zh: '', en: '' };
    expect(internalTextIn(message.zh)).toEqual([]);
    expect(message.en).not.toMatch(/fen|yuan/);
  });

  it('fills an amount in yuan with two decimals', async () => {
    expect(await resolveSource({ path: 'claim.totalFen', format: 'yuan' }, data)).toEqual({ value: '56,918.07' });
  });
});

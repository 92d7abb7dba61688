import { describe, it, expect } from 'vitest';
import {
  cardNumberProblem,
  luhnCheckDigit,
  maskCardNumber,
  normaliseCardNumber,
  passesLuhn,
} from '../../../core/case/card-number';
import { DossierError } from '../../../core/errors';
import { makeCardNumber } from '../../support/identities';

describe('luhnCheckDigit', () => {
  it('reproduces the textbook example 7992739871 → 3', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('rejects non-digits', () => {
    expect(() => luhnCheckDigit('6225 88')).toThrow(DossierError);
  });
});

describe('cardNumberProblem', () => {
  const card = makeCardNumber('622588012345678');

  it('accepts a valid 16-digit number, with or without spaces', () => {
    expect(card).toHaveLength(16);
    expect(cardNumberProblem(card)).toBeNull();
    expect(cardNumberProblem(card.replace(/(\d{4})(?=\d)/g, '$1 '))).toBeNull();
    expect(cardNumberProblem(` ${card.slice(0, 8)}\u3000${card.slice(8)} `)).toBeNull();
  });

  it('accepts the ISO range of 13 to 19 digits', () => {
    expect(cardNumberProblem(makeCardNumber('622588012345'))).toBeNull();
    expect(cardNumberProblem(makeCardNumber('622588012345678901'))).toBeNull();
  });

  it('rejects a Luhn failure', () => {
    const last = Number(card.slice(-1));
    const wrong = card.slice(0, 15) + String((last + 1) % 10);
    expect(cardNumberProblem(wrong)?.zh).toContain('校验位不符');
    const swapped = card.slice(0, 6) + card[7] + card[6] + card.slice(8); // '0' and '1' transposed
    expect(cardNumberProblem(swapped)?.en).toContain('check digit');
  });

  it('rejects too short, too long, empty and non-digit input', () => {
    expect(cardNumberProblem(makeCardNumber('62258801234'))?.zh).toContain('当前为 12 位');
    expect(cardNumberProblem(makeCardNumber('6225880123456789012'))?.en).toContain('this one has 20');
    expect(cardNumberProblem('')?.zh).toBe('请填写银行卡号');
    expect(cardNumberProblem('6225-8801-2345-6789')?.zh).toContain('只能包含数字');
  });
});

describe('normaliseCardNumber and maskCardNumber', () => {
  it('strips spaces', () => {
    expect(normaliseCardNumber(' 6225 8801\t2345 6789 ')).toBe('6225880123456789');
  });

  it('keeps the first 6 and last 4 digits', () => {
    expect(maskCardNumber('6225 8801 2345 1234')).toBe('622588******1234');
    expect(maskCardNumber('6225880123451234567')).toBe('622588*********4567');
  });

  it('masks very short input completely', () => {
    expect(maskCardNumber('1234567890')).toBe('**********');
  });
});

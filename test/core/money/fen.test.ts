import { describe, it, expect } from 'vitest';
import { DossierError } from '../../../core/errors';
import { MAX_FEN, addFen, amountProblem, assertFen, formatYuan, parseSignedYuan, parseYuan, yuanString } from '../../../core/money/fen';

describe('parseYuan', () => {
  it('parses plain, grouped and prefixed amounts into integer fen', () => {
    expect(parseYuan('12345.6')).toBe(1_234_560);
    expect(parseYuan('12,345.67')).toBe(1_234_567);
    expect(parseYuan('0')).toBe(0);
    expect(parseYuan('¥1,000')).toBe(100_000);
    expect(parseYuan('￥ 1,000.5')).toBe(100_050);
    expect(parseYuan(' 0.07 ')).toBe(7);
    expect(parseYuan('007.10')).toBe(710);
    expect(parseYuan('１２，３４５．６７')).toBe(1_234_567);
  });

  it('is exact where floating point is not (0.1 + 0.2, 19.99, 4.35)', () => {
    expect(parseYuan('0.1') + parseYuan('0.2')).toBe(parseYuan('0.3'));
    expect(parseYuan('19.99')).toBe(1999);
    expect(parseYuan('4.35')).toBe(435);
  });

  it('accepts the largest amount that can be written in capitals, and nothing larger', () => {
    expect(parseYuan('999,999,999,999.99')).toBe(MAX_FEN);
    expect(() => parseYuan('1,000,000,000,000.00')).toThrow(DossierError);
    expect(() => parseYuan('99999999999999999999')).toThrow(/too large/);
  });

  it('throws invalid-input with the field for negatives, three decimals and garbage', () => {
    const cases: Array<[string, string]> = [
      ['-5', '负数'],
      ['-0.01', '负数'],
      ['1.234', '两位小数'],
      ['1.230', '两位小数'],
      ['12,34.5', '不是有效的金额'],
      ['1,2345', '不是有效的金额'],
      ['abc', '不是有效的金额'],
      ['1.2.3', '不是有效的金额'],
      ['.5', '不是有效的金额'],
      ['5.', '不是有效的金额'],
      ['1e3', '不是有效的金额'],
      ['', '请填写金额'],
    ];
    for (const [text, zh] of cases) {
      try {
        parseYuan(text, 'principal');
        expect.fail(`"${text}" should not parse`);
      } catch (error) {
        expect(error, text).toBeInstanceOf(DossierError);
        expect((error as DossierError).code).toBe('invalid-input');
        expect((error as DossierError).location.field).toBe('principal');
        expect((error as DossierError).text.zh, text).toContain(zh);
      }
    }
  });

  it('defaults the error field to "amount"', () => {
    expect(() => parseYuan('x')).toThrow(expect.objectContaining({ location: { field: 'amount' } }));
  });
});

describe('amountProblem', () => {
  it('is null for acceptable amounts and a bilingual message otherwise', () => {
    expect(amountProblem('12,345.67')).toBeNull();
    expect(amountProblem('0')).toBeNull();
    expect(amountProblem('-1')).toEqual({ zh: '金额不能为负数', en: 'The amount cannot be negative' });
    expect(amountProblem('1.001')?.en).toContain('at most two decimal places');
  });
});

describe('formatYuan and yuanString', () => {
  it('always shows two decimals, with thousands separators in formatYuan only', () => {
    expect(formatYuan(1_234_567)).toBe('12,345.67');
    expect(yuanString(1_234_567)).toBe('12345.67');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(50)).toBe('0.50');
    expect(formatYuan(100_000)).toBe('1,000.00');
    expect(formatYuan(99_999)).toBe('999.99');
    expect(formatYuan(MAX_FEN)).toBe('999,999,999,999.99');
    expect(yuanString(7)).toBe('0.07');
  });

  it('shows a minus sign for negative ledger amounts', () => {
    expect(formatYuan(-123_456)).toBe('-1,234.56');
    expect(yuanString(-5)).toBe('-0.05');
  });

  it('round-trips through parseYuan', () => {
    for (const fen of [0, 1, 10, 99, 100, 101, 123_456_789, MAX_FEN]) {
      expect(parseYuan(formatYuan(fen))).toBe(fen);
      expect(parseYuan(yuanString(fen))).toBe(fen);
    }
  });

  it('refuses a fraction of a fen', () => {
    expect(() => formatYuan(1.5)).toThrow(DossierError);
  });
});

describe('assertFen and addFen', () => {
  it('accepts safe integers, negative ones included', () => {
    expect(assertFen(0)).toBe(0);
    expect(assertFen(-100)).toBe(-100);
    expect(assertFen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects fractions, NaN, infinities and unsafe integers', () => {
    for (const n of [0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => assertFen(n), String(n)).toThrow(DossierError);
    }
  });

  it('adds exactly and checks each value and the total', () => {
    expect(addFen()).toBe(0);
    expect(addFen(10, 20)).toBe(30);
    expect(addFen(1_000_000, -250, 5)).toBe(999_755);
    expect(() => addFen(10, 0.5)).toThrow(DossierError);
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(DossierError);
  });
});

describe('parseSignedYuan', () => {
  it('reads the sign as ledgers write it', () => {
    expect(parseSignedYuan('-1,234.56')).toBe(-123_456);
    expect(parseSignedYuan('(12.00)')).toBe(-1200);
    expect(parseSignedYuan('1234.56-')).toBe(-123_456);
    expect(parseSignedYuan('¥-5')).toBe(-500);
    expect(parseSignedYuan('RMB 12')).toBe(1200);
    expect(parseSignedYuan('+7.5')).toBe(750);
    expect(Object.is(parseSignedYuan('-0'), 0)).toBe(true);
  });

  it('refuses what parseYuan refuses, so no comma is read as a decimal point or dropped', () => {
    for (const text of ['1200,50', '-1200,50', '1,2,3', '12.345', '-', '', '--5', '1 234']) {
      expect(() => parseSignedYuan(text, 'amount'), text).toThrow(DossierError);
    }
    expect(() => parseSignedYuan('-1,000,000,000,000.00')).toThrow(/too large/);
  });
});

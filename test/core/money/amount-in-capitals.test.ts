import { describe, it, expect } from 'vitest';
import { DossierError } from '../../../core/errors';
import { amountInCapitals } from '../../../core/money/amount-in-capitals';
import { parseYuan } from '../../../core/money/fen';

/** Capitals of an amount written as the user would type it. */
function capitals(yuan: string): string {
  return amountInCapitals(parseYuan(yuan));
}

describe('amountInCapitals', () => {
  it('writes the cases listed in the brief', () => {
    expect(capitals('0')).toBe('零元整');
    expect(capitals('0.05')).toBe('伍分');
    expect(capitals('1.05')).toBe('壹元零伍分');
    expect(capitals('10.00')).toBe('壹拾元整');
    expect(capitals('100,010.50')).toBe('壹拾万零壹拾元伍角整');
    expect(capitals('1,000,000,000.00')).toBe('壹拾亿元整');
    expect(capitals('1,234,567.89')).toBe('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分');
    expect(capitals('100,000,000')).toBe('壹亿元整');
    expect(capitals('1,000,001')).toBe('壹佰万零壹元整');
    expect(capitals('10,000,100')).toBe('壹仟万零壹佰元整');
  });

  it('matches the worked examples of 《正确填写票据和结算凭证的基本规定》 (with 整 after 角)', () => {
    expect(capitals('1,409.50')).toBe('壹仟肆佰零玖元伍角整');
    expect(capitals('6,007.14')).toBe('陆仟零柒元壹角肆分');
    expect(capitals('1,680.32')).toBe('壹仟陆佰捌拾元叁角贰分');
    expect(capitals('107,000.53')).toBe('壹拾万零柒仟元伍角叁分');
    expect(capitals('16,409.02')).toBe('壹万陆仟肆佰零玖元零贰分');
    expect(capitals('325.04')).toBe('叁佰贰拾伍元零肆分');
  });

  it('handles amounts below one yuan', () => {
    expect(capitals('0.50')).toBe('伍角整');
    expect(capitals('0.55')).toBe('伍角伍分');
    expect(capitals('0.01')).toBe('壹分');
  });

  it('collapses zero runs across 万 and 亿 sections and drops trailing zeros', () => {
    expect(capitals('100,000,005')).toBe('壹亿零伍元整');
    expect(capitals('100,005,000')).toBe('壹亿零伍仟元整');
    expect(capitals('100,050,000')).toBe('壹亿零伍万元整');
    expect(capitals('150,000,000')).toBe('壹亿伍仟万元整');
    expect(capitals('105,000,000')).toBe('壹亿零伍佰万元整');
    expect(capitals('10,000')).toBe('壹万元整');
    expect(capitals('100,000')).toBe('壹拾万元整');
    expect(capitals('20')).toBe('贰拾元整');
    expect(capitals('15')).toBe('壹拾伍元整');
    expect(capitals('1,001,010.10')).toBe('壹佰万零壹仟零壹拾元壹角整');
    expect(capitals('1,010,101')).toBe('壹佰零壹万零壹佰零壹元整');
  });

  it('writes the largest supported amount', () => {
    expect(capitals('999,999,999,999.99')).toBe('玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分');
    expect(amountInCapitals(100_000_000_000_000 - 100)).toBe('玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整');
    expect(capitals('100,000,000,000')).toBe('壹仟亿元整');
  });

  it('throws DossierError beyond the range, for negatives and for fractions of a fen', () => {
    expect(() => amountInCapitals(100_000_000_000_000)).toThrow(DossierError);
    expect(() => amountInCapitals(-1)).toThrow(DossierError);
    expect(() => amountInCapitals(12.5)).toThrow(DossierError);
  });
});

import { describe, expect, it } from 'vitest';
import { amountTickStep, amountUnit, formatAmountIn, formatCountTick } from '../../renderer/features/dashboard/chart-amounts';
import { shortNames } from '../../renderer/features/dashboard/chart-labels';

describe('short chart names', () => {
  it('drops the bank name every branch shares, keeping the distinctive part whole', () => {
    expect(shortNames(['云岭银行股份有限公司第1分行', '云岭银行股份有限公司第2分行', '云岭银行股份有限公司昆明分行']))
      .toEqual(['第1分行', '第2分行', '昆明分行']);
    // Two branches whose shared characters run into the numbering still keep 第.
    expect(shortNames(['云岭银行股份有限公司第1分行', '云岭银行股份有限公司第2分行'])).toEqual(['第1分行', '第2分行']);
  });

  it('cuts court names after the shared city', () => {
    expect(shortNames(['昆明市第1基层人民法院', '昆明市第2基层人民法院'])).toEqual(['第1基层人民法院', '第2基层人民法院']);
  });

  it('keeps names whole when they share no whole word, when one would be left empty, and for a single name', () => {
    expect(shortNames(['昆明市盘龙区人民法院', '大理市人民法院'])).toEqual(['昆明市盘龙区人民法院', '大理市人民法院']);
    expect(shortNames(['云岭银行', '云岭银行昆明分行'])).toEqual(['云岭银行', '云岭银行昆明分行']);
    expect(shortNames(['云岭银行股份有限公司第1分行'])).toEqual(['云岭银行股份有限公司第1分行']);
  });
});

describe('chart amounts and counts', () => {
  it('labels in 万元 from 10,000 yuan, dividing the fen exactly', () => {
    expect(amountUnit([999_999, 50_000])).toBe('yuan');
    expect(amountUnit([1_000_000, 50_000])).toBe('wan');
    expect(formatAmountIn(2_500_000_000, 'wan')).toBe('2,500');
    expect(formatAmountIn(1_234_500, 'wan')).toBe('1.2345');
    expect(formatAmountIn(1_000_001, 'wan')).toBe('1.000001');
    expect(formatAmountIn(123_456, 'yuan')).toBe('1,234.56');
    expect(formatAmountIn(-120_000, 'yuan')).toBe('-1,200');
    expect(amountTickStep('wan')).toBe(1_000_000);
  });

  it('labels count ticks with whole numbers only', () => {
    expect(formatCountTick(2)).toBe('2');
    expect(formatCountTick(1_200)).toBe('1,200');
    expect(formatCountTick(0.5)).toBe('');
    expect(formatCountTick(1.5)).toBe('');
  });
});

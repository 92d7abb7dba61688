/**
 * Exhibit numbering as Chinese filings write it: 证据一、证据二 … 证据十一 … 证据一百零一, and 第二册 for
 * volumes. Lower-case numerals (小写数字), not the financial capitals of amount-in-capitals.ts.
 */
import { DossierError } from '../errors';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十; 1 … 9999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new DossierError('invalid-input', { zh: `编号超出范围：${n}`, en: `Number out of range: ${n}` });
  }
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = false;
  for (const [value, name] of units) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + name;
  }
  return out;
}

/** The label of the exhibit at 1-based position `n`: 证据一. */
export function exhibitLabel(n: number): string {
  return `证据${chineseNumeral(n)}`;
}

/** 第二册. */
export function volumeLabel(n: number): string {
  return `第${chineseNumeral(n)}册`;
}

/** A page range as the index prints it: 5 or 5–8. */
export function pageRangeText(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * 统一社会信用代码 (unified social credit identifier) of a bank, company or other organisation, as
 * defined by GB 32100-2015: 18 characters — registration authority (1), organisation type (1),
 * administrative division code (6 digits, GB/T 2260), organisation code (9, GB 11714) and a
 * check character. The alphabet omits I, O, Z, S and V, which are easily confused with 1, 0, 2, 5, U.
 *
 * Positions 1-2 are not checked against a list: the authority and type codes have been extended
 * since 2015, and a stale list would reject real codes. The organisation code's own check digit
 * (GB 11714) is also not enforced; the overall check character already catches typos.
 * Lowercase letters are rejected with a message (as certificates print capitals); forms may call
 * `normaliseCreditCode` first.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';

/** GB 32100-2015 Table 2: the 31 characters and, by index, their values 0-30. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 §5: weight of position i is 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Trims, removes spaces (including full-width) and capitalises, as a form does on blur. */
export function normaliseCreditCode(code: string): string {
  return code.replace(/[\s\u3000]/g, '').toUpperCase();
}

/** Whether every character of `s` is in the code alphabet. */
function inAlphabet(s: string): boolean {
  return [...s].every((c) => ALPHABET.includes(c));
}

/** The check character (18th) for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !inAlphabet(first17)) {
    throw new DossierError(
      'invalid-input',
      {
        zh: '计算统一社会信用代码校验码需要 17 位有效字符',
        en: 'Computing a credit code check character needs 17 characters from the code alphabet',
      },
      { field: 'creditCode' },
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  // GB 32100-2015 §5: C18 = 31 - (sum mod 31); a result of 31 is written as 0.
  const value = (31 - (sum % 31)) % 31;
  return ALPHABET[value] ?? '0';
}

/** Null when `code` is a well-formed 统一社会信用代码 with a correct check character, else what is wrong. */
export function creditCodeProblem(code: string): Bilingual | null {
  if (code.length === 0) return { zh: '请填写统一社会信用代码', en: 'Please enter the unified social credit code' };
  if (/[a-z]/.test(code)) {
    return { zh: '统一社会信用代码中的字母请使用大写', en: 'Please write the letters of the credit code in capitals' };
  }
  const excluded = [...new Set([...code].filter((c) => 'IOZSV'.includes(c)))];
  if (excluded.length > 0) {
    return {
      zh: `统一社会信用代码不使用字母 I、O、Z、S、V，但其中含有 ${excluded.join('、')}（可能是数字 1、0、2、5 或字母 U 之误）`,
      en: `Credit codes never use the letters I, O, Z, S or V, but this one contains ${excluded.join(', ')} (perhaps 1, 0, 2, 5 or U was meant)`,
    };
  }
  if (!inAlphabet(code)) {
    return {
      zh: '统一社会信用代码只能包含数字和大写字母（请勿包含空格或其他符号）',
      en: 'The credit code may contain only digits and capital letters (no spaces or other symbols)',
    };
  }
  if (code.length !== 18) {
    return {
      zh: `统一社会信用代码应为 18 位，当前为 ${code.length} 位`,
      en: `The credit code must be 18 characters; this one has ${code.length}`,
    };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return {
      zh: '统一社会信用代码第 3 至 8 位是行政区划代码，应为数字',
      en: 'Characters 3-8 of the credit code are the region code and must be digits',
    };
  }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.slice(17)) {
    return {
      zh: '统一社会信用代码校验码不符，请逐位核对是否有误',
      en: 'The credit code fails its check character; please check each character for typos',
    };
  }
  return null;
}

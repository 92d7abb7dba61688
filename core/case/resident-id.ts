/**
 * 公民身份号码 (citizen identification number) on the second-generation 居民身份证, as defined by
 * GB 11643-1999: a 6-digit address code (GB/T 2260 administrative division), an 8-digit birth date
 * YYYYMMDD, a 3-digit sequence code (odd for men, even for women) and one check character
 * computed by ISO 7064 MOD 11-2.
 *
 * Lowercase x: the standard writes the check value 10 as the capital letter X, and filings must
 * reproduce the number exactly as printed on the card, so `residentIdProblem` rejects a lowercase
 * x with a message asking for capital X. Forms may call `normaliseResidentId` (trim, drop spaces,
 * capitalise) before validating, so users are rarely shown that message.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import { isCalendarDate } from '../calendar/chinese-date';

/** GB 11643-1999 §7: weight of position i (1-based) is 2^(18-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Province-level codes of GB/T 2260 (first two digits of the address code), plus 81/82/83 used by
 * 港澳台居民居住证 (Residence Permits for Hong Kong, Macao and Taiwan residents, 2018).
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** Earliest birth date accepted: anyone born earlier is not a plausible credit-card holder or party. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Trims, removes spaces (including full-width) and capitalises a trailing x, as a form does on blur. */
export function normaliseResidentId(id: string): string {
  return id.replace(/[\s\u3000]/g, '').toUpperCase();
}

/** The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits of an ID number. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new DossierError(
      'invalid-input',
      { zh: '计算身份证校验码需要恰好 17 位数字', en: 'Computing an ID check character needs exactly 17 digits' },
      { field: 'residentId' },
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  // GB 11643-1999 §7.2: check value = (12 - sum mod 11) mod 11, where 10 is written as X.
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** The birth date embedded in digits 7-14, as 'YYYY-MM-DD' (not checked). */
function embeddedBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Every rule that does not depend on today's date; null when the number is well-formed. */
function structuralProblem(id: string): Bilingual | null {
  if (id.length === 0) return { zh: '请填写身份证号码', en: 'Please enter the ID card number' };
  if (!/^[0-9Xx]+$/.test(id)) {
    return {
      zh: '身份证号码只能包含数字和末位的 X（请勿包含空格或其他符号）',
      en: 'The ID card number may contain only digits and a final X (no spaces or other symbols)',
    };
  }
  if (id.length === 15) {
    // First-generation numbers (GB 11643-1989) were withdrawn in 2013; filings need the 18-digit number.
    return {
      zh: '这是 15 位的旧身份证号码，请填写 18 位的居民身份证号码',
      en: 'This is an old 15-digit ID number; please enter the 18-digit resident ID number',
    };
  }
  if (id.length !== 18) {
    return {
      zh: `身份证号码应为 18 位（17 位数字加 1 位校验码），当前为 ${id.length} 位`,
      en: `The ID card number must be 18 characters (17 digits and a check character); this one has ${id.length}`,
    };
  }
  if (!/^\d{17}/.test(id)) {
    return { zh: '身份证号码中字母 X 只能出现在最后一位', en: 'The letter X may appear only as the last character of an ID card number' };
  }
  if (id.endsWith('x')) {
    return { zh: '身份证号码末位校验码请使用大写字母 X', en: 'Please write the final check character as a capital X' };
  }
  if (!PROVINCE_CODES.has(id.slice(0, 2))) {
    return {
      zh: `身份证号码前两位“${id.slice(0, 2)}”不是有效的省级行政区划代码`,
      en: `The first two digits "${id.slice(0, 2)}" are not a valid province code`,
    };
  }
  const birth = embeddedBirthDate(id);
  if (!isCalendarDate(birth)) {
    return {
      zh: `身份证号码第 7 至 14 位的出生日期“${id.slice(6, 14)}”不是有效日期`,
      en: `The birth date in digits 7-14, "${id.slice(6, 14)}", is not a real date`,
    };
  }
  if (birth < EARLIEST_BIRTH_DATE) {
    return {
      zh: `身份证号码中的出生日期 ${birth} 早于 1900 年，请检查`,
      en: `The birth date in the ID number, ${birth}, is before 1900; please check it`,
    };
  }
  // Deliberately does not say which character was expected: the typo may be anywhere in the number.
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id.slice(17)) {
    return {
      zh: '身份证号码校验码不符，请逐位核对号码是否有误',
      en: 'The ID card number fails its check character; please check each digit for typos',
    };
  }
  return null;
}

/** Null when `id` is a valid 18-character resident ID number as of `today`, else what is wrong with it. */
export function residentIdProblem(id: string, today: string): Bilingual | null {
  if (!isCalendarDate(today)) {
    throw new DossierError('internal', { zh: `“今天”的日期无效：${today}`, en: `Invalid value for today: ${today}` });
  }
  const problem = structuralProblem(id);
  if (problem) return problem;
  const birth = embeddedBirthDate(id);
  if (birth > today) {
    return {
      zh: `身份证号码中的出生日期 ${birth} 晚于今天，请检查`,
      en: `The birth date in the ID number, ${birth}, is in the future; please check it`,
    };
  }
  return null;
}

/** The birth date and sex encoded in a valid ID number (17th digit odd = male); throws if the number is malformed. */
export function residentIdFacts(id: string): { birthDate: string; sex: 'male' | 'female' } {
  const problem = structuralProblem(id);
  if (problem) throw new DossierError('invalid-input', problem, { field: 'residentId' });
  // GB 11643-1999 §5.3: the sequence code is odd for men and even for women.
  const sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { birthDate: embeddedBirthDate(id), sex };
}

/**
 * Null when the separately stored birth date equals the one in the ID number, else a message.
 * Also null when the ID number itself is malformed: that is reported on the ID field, not twice.
 */
export function birthDateMismatch(id: string, birthDate: string): Bilingual | null {
  if (structuralProblem(id)) return null;
  const fromId = embeddedBirthDate(id);
  if (fromId === birthDate) return null;
  return {
    zh: `出生日期 ${birthDate} 与身份证号码中的出生日期 ${fromId} 不一致`,
    en: `The birth date ${birthDate} does not match the birth date in the ID number, ${fromId}`,
  };
}

/**
 * Masks an ID number for screens and logs: first 6 + ******** + last 4 (e.g. 110105********002X),
 * a de-identification measure under 个人信息保护法 (PIPL) art. 51. Anything of 10 characters or
 * fewer is masked completely, since showing 10 of them would reveal all of it.
 */
export function maskResidentId(id: string): string {
  const clean = normaliseResidentId(id);
  if (clean.length <= 10) return '*'.repeat(clean.length);
  return `${clean.slice(0, 6)}${'*'.repeat(clean.length - 10)}${clean.slice(-4)}`;
}

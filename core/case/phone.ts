/**
 * Telephone numbers of parties and agents as written on filings: mainland mobile numbers, landlines
 * with their area code and optional extension, and 400/800 service numbers. The usual ways of
 * writing them are accepted: spaces or hyphens between groups, brackets round the area code, a
 * +86 prefix on mobiles, 转 or # before an extension, and full-width characters typed in a Chinese IME.
 */
import type { Bilingual } from '../bilingual';

/** Full-width ASCII (U+FF01-FF5E) and the ideographic space become their half-width forms. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** A separator people put between digit groups. */
const SEP = '[ -]?';

/**
 * Mainland mobile: 11 digits, 1[3-9]… (MIIT numbering plan), commonly grouped 3-4-4, optionally
 * preceded by the country code +86.
 */
const MOBILE = new RegExp(`^(?:\\+86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}$`);

/**
 * Landline: area code 010 or 02x (3 digits) or 03xx-09xx (4 digits), optionally bracketed; a local
 * number of 7 or 8 digits not starting with 0 or 1 (0 is the trunk prefix, 1 starts service
 * numbers such as 110); optionally an extension of 1-6 digits after -, 转, # or ext.
 */
const LANDLINE = new RegExp(
  '^(?:\\((?:010|02\\d|0[3-9]\\d{2})\\) ?|(?:010|02\\d|0[3-9]\\d{2})' +
    SEP +
    `)[2-9]\\d{2,3}${SEP}\\d{4}(?: ?(?:-|转|#|ext\\.?) ?\\d{1,6})?$`,
  'i',
);

/** 400 and 800 numbers: 10 digits, usually grouped 3-3-4 (e.g. 400-820-8820). */
const SERVICE = new RegExp(`^[48]00${SEP}\\d{3}${SEP}\\d{4}$`);

/** Null when `phone` is a plausible mainland mobile, landline or 400/800 number, else what is wrong. */
export function phoneProblem(phone: string): Bilingual | null {
  const text = halfWidth(phone).trim().replace(/ {2,}/g, ' ');
  if (text.length === 0) return { zh: '请填写电话号码', en: 'Please enter a phone number' };
  if (MOBILE.test(text) || LANDLINE.test(text) || SERVICE.test(text)) return null;
  const digits = text.replace(/[ -]/g, '').replace(/^\+86/, '');
  if (/^1\d*$/.test(digits) && digits.length !== 11) {
    return {
      zh: `手机号码应为 11 位数字，当前为 ${digits.length} 位`,
      en: `A mobile number has 11 digits; this one has ${digits.length}`,
    };
  }
  return {
    zh: '电话号码格式不正确：请填写 11 位手机号码（如 138 0013 8000）、带区号的固定电话（如 010-62345678，分机可写 010-62345678-123）或 400/800 号码',
    en: 'This is not a valid phone number: enter an 11-digit mobile number (e.g. 138 0013 8000), a landline with its area code (e.g. 010-62345678, extension as 010-62345678-123) or a 400/800 number',
  };
}

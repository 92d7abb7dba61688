/**
 * Bank card numbers (PAN, ISO/IEC 7812-1): 13 to 19 digits, the last of which is a Luhn check digit.
 * China UnionPay credit cards are 16 digits, but other schemes and debit cards vary, so the whole
 * ISO range is accepted. People write card numbers in groups of four, so spaces are allowed.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';

/** Removes the spaces (ASCII, full-width, tabs) people put between digit groups. */
export function normaliseCardNumber(card: string): string {
  return card.replace(/[\s\u3000]/g, '');
}

/** The Luhn sum (ISO/IEC 7812-1 Annex B) of `digits`, doubling every second digit from the right when `doubleLast`. */
function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  let double = doubleLast;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/** The Luhn check digit to append to `partial` (all digits, without its check digit). */
export function luhnCheckDigit(partial: string): string {
  if (!/^\d+$/.test(partial)) {
    throw new DossierError(
      'invalid-input',
      { zh: '计算卡号校验位需要纯数字', en: 'Computing a Luhn check digit needs digits only' },
      { field: 'cardNumber' },
    );
  }
  // The check digit's own position is undoubled, so the rightmost digit of `partial` is doubled.
  return String((10 - (luhnSum(partial, true) % 10)) % 10);
}

/** Whether an all-digit string passes the Luhn check (its last digit being the check digit). */
export function passesLuhn(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/** Null when `card` (spaces allowed) is a 13-19 digit number passing the Luhn check, else what is wrong. */
export function cardNumberProblem(card: string): Bilingual | null {
  const digits = normaliseCardNumber(card);
  if (digits.length === 0) return { zh: '请填写银行卡号', en: 'Please enter the card number' };
  if (!/^\d+$/.test(digits)) {
    return { zh: '银行卡号只能包含数字（可用空格分组）', en: 'The card number may contain only digits (spaces between groups are fine)' };
  }
  if (digits.length < 13 || digits.length > 19) {
    return {
      zh: `银行卡号应为 13 至 19 位数字，当前为 ${digits.length} 位`,
      en: `The card number must have 13 to 19 digits; this one has ${digits.length}`,
    };
  }
  if (!passesLuhn(digits)) {
    return { zh: '银行卡号校验位不符，请逐位核对卡号是否有误', en: 'The card number fails its check digit; please check each digit for typos' };
  }
  return null;
}

/**
 * Masks a card number for screens and filings: first 6 (the issuer identification number) and
 * last 4 kept, the rest as asterisks, e.g. 622588******1234 — the PCI DSS 3.4 display limit and
 * common Chinese bank practice. Ten digits or fewer are masked completely.
 */
export function maskCardNumber(card: string): string {
  const digits = normaliseCardNumber(card);
  if (digits.length <= 10) return '*'.repeat(digits.length);
  return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

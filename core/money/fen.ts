/**
 * Money as an integer count of fen (分; 1 yuan = 100 fen). Amounts are parsed and printed by string
 * arithmetic so that no binary floating-point value ever stands for money: 0.1 + 0.2 !== 0.3.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';

/** An amount of money as an integer number of fen (may be negative only where a ledger needs it). */
export type Fen = number;

/**
 * The largest amount the app accepts from users: 9999,9999,9999.99 yuan, the most that
 * `amountInCapitals` can write (its highest unit is 仟亿), well inside Number.MAX_SAFE_INTEGER.
 */
export const MAX_FEN: Fen = 99_999_999_999_999;

/** Full-width ASCII (U+FF01-FF5E), typed in a Chinese IME's full-width mode, becomes half-width. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Plain digits, or digits grouped in threes by commas; then an optional point and 1-2 decimals. */
const AMOUNT = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/** Parses an amount typed by a user into fen, or says what is wrong with it. */
function parse(text: string): { fen: Fen } | { problem: Bilingual } {
  // ¥ (U+00A5) and ￥ (U+FFE5, the full-width yuan sign used in Chinese text) may prefix the amount.
  const t = halfWidth(text).trim().replace(/^[¥\uFFE5]\s*/, '');
  if (t.length === 0) return { problem: { zh: '请填写金额', en: 'Please enter an amount' } };
  if (/^-/.test(t)) return { problem: { zh: '金额不能为负数', en: 'The amount cannot be negative' } };
  if (/^[\d,]*\.\d{3,}$/.test(t)) {
    return { problem: { zh: '金额最多保留两位小数（精确到分）', en: 'The amount may have at most two decimal places (fen)' } };
  }
  const match = AMOUNT.exec(t);
  if (!match) {
    return {
      problem: {
        zh: `“${text}”不是有效的金额，请填写如 12345.67 或 12,345.67 的数字`,
        en: `"${text}" is not a valid amount; write a number such as 12345.67 or 12,345.67`,
      },
    };
  }
  const yuan = (match[1] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const fenDigits = `${yuan}${decimals}`.replace(/^0+(?=\d)/, '');
  // Compared as digit strings (equal length, then lexically) so that no oversized number is ever built.
  const max = String(MAX_FEN);
  if (fenDigits.length > max.length || (fenDigits.length === max.length && fenDigits > max)) {
    return {
      problem: {
        zh: '金额过大（上限为 999,999,999,999.99 元）',
        en: 'The amount is too large (the limit is 999,999,999,999.99 yuan)',
      },
    };
  }
  return { fen: Number(fenDigits) };
}

/**
 * Parses user input such as "12345.6", "12,345.67", "0" or "¥1,000" into fen. Throws
 * DossierError('invalid-input') for negatives, more than two decimals, oversized amounts or garbage.
 */
export function parseYuan(text: string, field = 'amount'): Fen {
  const result = parse(text);
  if ('problem' in result) throw new DossierError('invalid-input', result.problem, { field });
  return result.fen;
}

/**
 * Parses a signed amount as bank ledgers write it — "-1,234.56", "¥1234.5", "(12.00)", "1234.56-", "RMB 12" — into
 * fen: the sign is read here, the digits by the same rules as `parseYuan` (commas only as thousands separators, at
 * most two decimals, at most MAX_FEN), so "1200,50" and "1,2,3" are refused, never read as other amounts. -0 is 0.
 */
export function parseSignedYuan(text: string, field = 'amount'): Fen {
  let t = halfWidth(text).trim().replace(/^(CNY|RMB)\s*/i, '').replace(/^[¥\uFFE5]\s*/, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  } else if (t.startsWith('-') || t.endsWith('-')) {
    negative = true;
    t = t.startsWith('-') ? t.slice(1) : t.slice(0, -1);
  } else if (t.startsWith('+')) t = t.slice(1);
  const fen = parseYuan(t, field);
  return negative && fen !== 0 ? -fen : fen;
}

/** The form validator for amount fields: the same rules as `parseYuan`, null when the text is acceptable. */
export function amountProblem(text: string): Bilingual | null {
  const result = parse(text);
  return 'problem' in result ? result.problem : null;
}

/** Checks that `n` is a whole, safe-integer number of fen and returns it; throws DossierError otherwise. */
export function assertFen(n: number): Fen {
  if (!Number.isSafeInteger(n)) {
    throw new DossierError('invalid-input', {
      zh: `金额必须是整数分，收到 ${String(n)}`,
      en: `An amount must be a whole number of fen; got ${String(n)}`,
    });
  }
  return n;
}

/** Sums amounts exactly; throws if any is not whole fen or the total leaves the safe-integer range. */
export function addFen(...values: Fen[]): Fen {
  let total = 0;
  for (const value of values) total = assertFen(total + assertFen(value));
  return total;
}

/** Splits fen into sign, whole-yuan digits and two decimal digits, by string slicing only. */
function split(fen: Fen): { sign: string; yuan: string; cents: string } {
  assertFen(fen);
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return { sign: fen < 0 ? '-' : '', yuan: digits.slice(0, -2), cents: digits.slice(-2) };
}

/** Plain yuan with two decimals and no separators, e.g. 1234567 → "12345.67" (for data files). */
export function yuanString(fen: Fen): string {
  const { sign, yuan, cents } = split(fen);
  return `${sign}${yuan}.${cents}`;
}

/** Yuan with thousands separators and two decimals, e.g. 1234567 → "12,345.67" (for filings and screens). */
export function formatYuan(fen: Fen): string {
  const { sign, yuan, cents } = split(fen);
  return `${sign}${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

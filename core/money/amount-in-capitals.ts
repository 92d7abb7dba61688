/**
 * 人民币大写金额 — the amount in Chinese financial capitals, as written on complaints and other
 * legal documents, following 《正确填写票据和结算凭证的基本规定》 (PBOC, annexed to 《支付结算办法》,
 * 银发〔1997〕393号). Where that text allows two forms, this module picks one, always the same
 * (item numbers as in the commonly reproduced text: 二 is the 整 rule, 四 the zeros rule):
 *
 * - Item 二: "整" follows 元 when the amount ends at 元; after 角 it "may be omitted" — we write it
 *   (壹拾元伍角整), so every amount without 分 ends in 整 and nothing can be appended. No 整 after 分.
 * - Item 四(1)(2): zeros between non-zero digits of the yuan part are written as one 零, across
 *   万/亿 boundaries too (壹佰万零壹元整, 壹仟万零壹佰元整); trailing zeros are dropped (壹拾亿元整).
 * - Item 四(3): when the 元 digit is 0 but 角 is not, 零 may be written or not — we do not write it
 *   (壹仟陆佰捌拾元叁角贰分); when the 万 digit is 0 but 千 is not, we write it (壹拾万零柒仟元),
 *   the form the rule's own example gives for ¥107,000.53: 壹拾万零柒仟元伍角叁分.
 * - Item 四(4): when 角 is 0 and 分 is not, 零 follows 元 (壹元零伍分).
 * - 10-19 are written with 壹 (壹拾万元整, never 拾万元整), so that nothing can be inserted before 拾.
 * - Amounts below one yuan omit 元 (伍分, 伍角整); zero is 零元整.
 *
 * The caller writes the 人民币 prefix.
 */
import { DossierError } from '../errors';
import { MAX_FEN, assertFen, type Fen } from './fen';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;

/** Units inside a four-digit section, by position from the right. */
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;

/** Section units by section index from the right: 个, 万, 亿. */
const SECTION_UNITS = ['', '万', '亿'] as const;

/** A digit character '0'-'9' as its capital. */
function capital(digit: string): string {
  return DIGITS[Number(digit)] ?? '';
}

/** The yuan part (a digit string without leading zeros, not "0") in capitals, without 元. */
function yuanInCapitals(yuan: string): string {
  let out = '';
  let pendingZero = false;
  let sectionHasDigit = false;
  for (let i = 0; i < yuan.length; i += 1) {
    const position = yuan.length - 1 - i;
    const digit = yuan[i] ?? '0';
    if (digit === '0') {
      // Only a zero followed later by a non-zero digit is written, and a run of zeros only once.
      if (out.length > 0) pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += capital(digit) + (SMALL_UNITS[position % 4] ?? '');
      sectionHasDigit = true;
    }
    if (position % 4 === 0) {
      // 万 and 亿 are written only for a section with a non-zero digit: 壹亿元整, not 壹亿万元整.
      if (sectionHasDigit) out += SECTION_UNITS[position / 4] ?? '';
      sectionHasDigit = false;
    }
  }
  return out;
}

/**
 * The amount in Chinese financial capitals, e.g. 123456789 fen → 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分.
 * Throws DossierError for a negative amount, a fraction of a fen, or more than 9999,9999,9999.99 yuan.
 */
export function amountInCapitals(fen: Fen): string {
  assertFen(fen);
  if (fen < 0 || fen > MAX_FEN) {
    throw new DossierError('invalid-input', {
      zh: '大写金额只能写 0 至 999,999,999,999.99 元的金额',
      en: 'Amounts in capitals can be written only from 0 to 999,999,999,999.99 yuan',
    });
  }
  if (fen === 0) return '零元整';
  const digits = String(fen).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/^0+/, '');
  const jiao = digits.at(-2) ?? '0';
  const fenDigit = digits.at(-1) ?? '0';

  let out = yuan.length > 0 ? `${yuanInCapitals(yuan)}元` : '';
  if (jiao === '0' && fenDigit === '0') return `${out}整`;
  if (jiao !== '0') {
    out += `${capital(jiao)}角`;
  } else if (out.length > 0) {
    out += '零'; // Item 四(4): 壹元零伍分.
  }
  return fenDigit === '0' ? `${out}整` : `${out}${capital(fenDigit)}分`;
}

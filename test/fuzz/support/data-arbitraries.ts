/**
 * Generators shared by the data-surface fuzz tests: amounts written the many ways bank exports and users write them,
 * each with its value read independently by decimal.js; fictional identity numbers with correct check characters
 * and their one-character mutations; 案号; and tables of awkward cells with the CSV text that holds them.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { MAX_FEN } from '../../../core/money/fen';
import { makeCardNumber, makeCreditCode, makeResidentId } from '../../support/identities';

/** Every run of every fuzz property uses the seed in FUZZ_SEED when set, so a CI failure can be replayed. */
export const fuzzSeed: number | undefined = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** fast-check parameters for `numRuns` runs, seeded when FUZZ_SEED is set. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return fuzzSeed === undefined ? { numRuns } : { numRuns, seed: fuzzSeed };
}

/** A whole number of fen from 0 to MAX_FEN, biased towards the edges of the range. */
export const fenInRange = fc.bigInt({ min: 0n, max: BigInt(MAX_FEN) }).map(Number);

/** Groups yuan digits in threes with commas: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Full-width digits and punctuation, as a Chinese IME's full-width mode types them. */
function fullWidth(text: string): string {
  return text.replace(/[0-9,.\-+()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** How an amount is written: its parts, from which both the text and the independent reading are made. */
export type AmountWriting = { fen: number; grouped: boolean; decimals: 0 | 1 | 2; prefix: '' | '¥' | '￥' | '¥ '; leadingZeros: number; fullWidth: boolean };

/** An amount's text in yuan, and the fen decimal.js reads from the same digits (independently of the app's parser). */
export type WrittenAmount = { text: string; fen: number };

/** The unsigned text and its independent reading, for a fen amount written as `writing` says. */
export function writeAmount(writing: AmountWriting): WrittenAmount {
  const digits = String(writing.fen).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  const cents = digits.slice(-2);
  // Fewer decimals only where they lose nothing: 12.50 may be written 12.5, 12.00 may be written 12.
  const decimals = writing.decimals === 0 && cents !== '00' ? 2 : writing.decimals === 1 && cents[1] !== '0' ? 2 : writing.decimals;
  const fraction = decimals === 0 ? '' : `.${cents.slice(0, decimals)}`;
  const whole = writing.grouped ? groupThousands(yuan) : '0'.repeat(writing.leadingZeros) + yuan;
  const plain = `${whole}${fraction}`;
  const text = writing.prefix + (writing.fullWidth ? fullWidth(plain) : plain);
  const reading = new Decimal(plain.replace(/,/g, '')).times(100);
  return { text, fen: reading.toNumber() };
}

/** The parts of an amount's writing, for `fen` drawn from `fenArbitrary`. */
export function amountWriting(fenArbitrary: fc.Arbitrary<number> = fenInRange): fc.Arbitrary<AmountWriting> {
  return fc.record({
    fen: fenArbitrary,
    grouped: fc.boolean(),
    decimals: fc.constantFrom(0 as const, 1 as const, 2 as const),
    prefix: fc.constantFrom('' as const, '¥' as const, '￥' as const, '¥ ' as const),
    leadingZeros: fc.integer({ min: 0, max: 2 }),
    fullWidth: fc.boolean(),
  });
}

/** An unsigned amount as a user or a bank writes it ("1,234.50", "¥1234.5", "０.００"), with its fen. */
export const writtenAmount: fc.Arbitrary<WrittenAmount> = amountWriting().map(writeAmount);

/** A signed amount as a bank ledger writes it ("-1,234.56", "(12.00)", "1234.56-", "RMB 12"), with its signed fen. */
export const writtenSignedAmount: fc.Arbitrary<WrittenAmount> = fc
  .tuple(amountWriting(), fc.constantFrom('none', 'plus', 'minus', 'trailing-minus', 'parentheses'), fc.constantFrom('', 'RMB ', 'CNY', 'rmb '))
  .map(([writing, sign, currency]) => {
    const { text, fen } = writeAmount({ ...writing, prefix: writing.prefix === '' ? '' : '¥', fullWidth: false });
    const negative = sign === 'minus' || sign === 'trailing-minus' || sign === 'parentheses';
    const signed = { none: text, plus: `+${text}`, minus: `-${text}`, 'trailing-minus': `${text}-`, parentheses: `(${text})` }[sign];
    return { text: `${currency}${signed}`, fen: negative && fen !== 0 ? -fen : fen };
  });

/** Digits of the given length (a leading zero allowed). */
export function digitString(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
}

/** Province-level codes that begin a resident ID number (GB/T 2260, and 81-83 for residence permits). */
const provinceCodes = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'];

/** A calendar date between `min` and `max` (yyyy-mm-dd). */
export function calendarDate(min: string, max: string): fc.Arbitrary<string> {
  return fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
}

/** A fictional 18-character resident ID with a correct check character, born between 1900 and `today`. */
export function validResidentId(today: string): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...provinceCodes), digitString(4, 4), calendarDate('1900-01-01', today), digitString(3, 3))
    .map(([province, county, birth, sequence]) => makeResidentId(province + county, birth, sequence));
}

/** A fictional card number of 13 to 19 digits ending in its Luhn check digit. */
export const validCardNumber: fc.Arbitrary<string> = digitString(12, 18).map((digits) => makeCardNumber(digits));

/** The 31 characters of a unified social credit code (GB 32100-2015). */
const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fictional unified social credit code with a correct check character. */
export const validCreditCode: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...creditAlphabet), { minLength: 2, maxLength: 2 }), digitString(6, 6), fc.array(fc.constantFrom(...creditAlphabet), { minLength: 9, maxLength: 9 }))
  .map(([head, region, organisation]) => makeCreditCode(head.join('') + region + organisation.join('')));

/** `text` with the character at one position replaced by another from `alphabet` (a one-character typo). */
export function oneCharacterMutation(text: string, alphabet: string): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: alphabet.length - 1 })).map(([at, shift]) => {
    const index = alphabet.indexOf(text[at]!);
    const replacement = alphabet[(Math.max(index, 0) + shift) % alphabet.length]!;
    return text.slice(0, at) + (replacement === text[at] ? alphabet[(index + 1) % alphabet.length]! : replacement) + text.slice(at + 1);
  });
}

/** Provincial abbreviations that begin a 法院代字. */
const courtProvinces = [...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵'];

/** A 案号 with its parts: year, 法院代字 (high, intermediate or basic court), 类型代字 and serial. */
export const validCaseNumber = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    court: fc.oneof(fc.constantFrom(...courtProvinces), fc.tuple(fc.constantFrom(...courtProvinces), fc.oneof(digitString(2, 2), digitString(4, 4))).map(([p, d]) => p + d), fc.constant('最高法')),
    typeCode: fc.constantFrom('民初', '民终', '民再', '民申', '民特', '民督', '民撤', '执', '执恢'),
    serial: fc.integer({ min: 1, max: 999_999 }),
  })
  .map((parts) => ({ ...parts, text: `（${parts.year}）${parts.court}${parts.typeCode}${parts.serial}号` }));

/** Characters that make cells hard to read: delimiters, quotes, line breaks, spaces, CJK outside GBK, full-width signs. */
const awkwardCharacters = [...'abcXYZ019 ,;\t"\'\r\n-=+@.¥￥（）、，消费还款利息䶮𠀀é'];

/** A cell's text, mostly short, now and then empty or only spaces. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...awkwardCharacters), { maxLength: 12 }).map((c) => c.join('')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  ') },
);

/** Header cells: distinct, non-empty after trimming, with no line break (a header a user would write). */
export function headerCells(min: number, max: number): fc.Arbitrary<string[]> {
  const header = fc.array(fc.constantFrom(...'日期金额摘要类型ABCabc 1,;"\t'), { minLength: 1, maxLength: 6 }).map((c) => c.join('')).filter((h) => h.trim() !== '');
  return fc.uniqueArray(header, { minLength: min, maxLength: max, selector: (h) => h.trim() });
}

/** A table: distinct headers and data rows of the same width. */
export const generatedTable: fc.Arbitrary<{ headers: string[]; rows: string[][] }> = headerCells(2, 6).chain((headers) =>
  fc.record({ headers: fc.constant(headers), rows: fc.array(fc.array(cellText, { minLength: headers.length, maxLength: headers.length }), { maxLength: 8 }) }));

/** Line endings a file may mix: Windows, Unix and old Mac. */
export const lineEnding = fc.constantFrom('\r\n', '\n', '\r');

/** One CSV field, quoted when it must be (or, with `always`, every time) by RFC 4180's doubled quotes. */
export function csvField(value: string, delimiter: string, always: boolean): string {
  return always || value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

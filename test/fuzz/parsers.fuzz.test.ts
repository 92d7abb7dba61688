import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardNumberProblem } from '../../core/case/card-number';
import { creditCodeProblem } from '../../core/case/credit-code';
import { residentIdFacts, residentIdProblem } from '../../core/case/resident-id';
import { DossierError } from '../../core/errors';
import { MAX_FEN, formatYuan, parseSignedYuan, parseYuan, yuanString } from '../../core/money/fen';
import { caseNumberProblem, normaliseCaseNumber, parseCaseNumber } from '../../core/tracking/case-numbers';
import type { CaseNumberKind } from '../../core/tracking/case-numbers';
import {
  digitString, fenInRange, oneCharacterMutation, runs, validCardNumber, validCaseNumber, validCreditCode, validResidentId,
  writtenAmount, writtenSignedAmount,
} from './support/data-arbitraries';

const TODAY = '2026-11-28';
const RUNS = 10_000;

/** What `parse` does with `text`: the fen it returns, or the DossierError it throws (anything else fails the test). */
function outcome(parse: (text: string) => number, text: string): { fen: number } | { error: DossierError } {
  try {
    return { fen: parse(text) };
  } catch (error) {
    if (error instanceof DossierError) return { error };
    throw error;
  }
}

function refused(parse: (text: string) => number, text: string): boolean {
  const result = outcome(parse, text);
  if ('fen' in result) return false;
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.text.zh).not.toBe('');
  expect(result.error.text.en).not.toBe('');
  return true;
}

describe('amount parsers', () => {
  it('reads back every whole fen in range from its plain and its grouped text, and the negative from a signed text', { timeout: 20_000 }, () => {
    fc.assert(fc.property(fenInRange, (fen) => {
      expect(parseYuan(yuanString(fen))).toBe(fen);
      expect(parseYuan(formatYuan(fen))).toBe(fen);
      expect(parseSignedYuan(formatYuan(-fen))).toBe(fen === 0 ? 0 : -fen);
      expect(Object.is(parseSignedYuan(`-${yuanString(fen)}`), -0)).toBe(false);
    }), runs(RUNS));
  });

  it('reads "1,234.50", "¥1234.5", full-width and zero-padded amounts as decimal.js reads the same digits', { timeout: 20_000 }, () => {
    fc.assert(fc.property(writtenAmount, ({ text, fen }) => {
      expect(parseYuan(text)).toBe(fen);
    }), runs(RUNS));
  });

  it('reads signed ledger amounts ("-0.00", "(12.00)", "12.00-", "RMB 12") as decimal.js reads them, -0 as 0', { timeout: 20_000 }, () => {
    fc.assert(fc.property(writtenSignedAmount, ({ text, fen }) => {
      const read = parseSignedYuan(text);
      expect(read).toBe(fen);
      expect(Object.is(read, -0)).toBe(false);
    }), runs(RUNS));
  });

  it('refuses commas that are not thousands separators ("1200,50", "1,2,3") instead of reading another amount', { timeout: 20_000 }, () => {
    const badGroups = fc.array(digitString(1, 5), { minLength: 2, maxLength: 5 })
      .filter((groups) => !(groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)));
    fc.assert(fc.property(badGroups, fc.option(digitString(1, 2), { nil: undefined }), (groups, decimals) => {
      const text = groups.join(',') + (decimals === undefined ? '' : `.${decimals}`);
      expect(refused(parseYuan, text)).toBe(true);
      expect(refused(parseSignedYuan, `-${text}`)).toBe(true);
    }), runs(RUNS));
  });

  it('refuses exponent forms, more than two decimals and amounts over the limit', { timeout: 20_000 }, () => {
    const exponent = fc.tuple(digitString(1, 6), fc.constantFrom('e', 'E', 'e+', 'E-', 'e-'), digitString(1, 3)).map(([m, e, x]) => `${m}${e}${x}`);
    const tooPrecise = fc.tuple(digitString(1, 8), digitString(3, 6)).map(([y, d]) => `${y}.${d}`);
    const overLimit = fc.bigInt({ min: BigInt(MAX_FEN) + 1n, max: 10n ** 22n }).map((fen) => {
      const digits = fen.toString();
      return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
    });
    fc.assert(fc.property(fc.oneof(exponent, tooPrecise, overLimit), fc.boolean(), (text, grouped) => {
      const written = grouped ? text.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ',')) : text;
      expect(refused(parseYuan, written)).toBe(true);
      expect(refused(parseSignedYuan, `-${written}`)).toBe(true);
    }), runs(RUNS));
  });

  it('on any text either refuses with a DossierError or returns what decimal.js reads from the same digits', { timeout: 20_000 }, () => {
    const amountLike = fc.array(fc.constantFrom(...'0123456789,.-+()¥￥ eE１２，．RMBCNY'), { maxLength: 16 }).map((c) => c.join(''));
    fc.assert(fc.property(fc.oneof(amountLike, fc.string({ maxLength: 16 })), (text) => {
      for (const parse of [parseYuan, parseSignedYuan]) {
        const result = outcome(parse, text);
        if ('error' in result) continue;
        expect(Number.isSafeInteger(result.fen) && Math.abs(result.fen) <= MAX_FEN).toBe(true);
        const plain = text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        const digits = plain.replace(/[^0-9.]/g, '');
        expect(new Decimal(digits).times(100).toNumber()).toBe(Math.abs(result.fen));
      }
    }), runs(RUNS));
  });
});

describe('案号 parser', () => {
  const kindOf: Record<string, CaseNumberKind> = { 民初: 'first-instance', 民终: 'appeal', 执: 'enforcement', 执恢: 'resumed-enforcement' };

  it('splits every well-formed 案号 into the parts it was made of, also when typed with half-width parentheses and spaces', { timeout: 20_000 }, () => {
    fc.assert(fc.property(validCaseNumber, fc.boolean(), ({ text, year, court, typeCode, serial }, halfWidth) => {
      const typed = halfWidth ? ` ${text.replace('（', '(').replace('）', ') ')} ` : text;
      expect(parseCaseNumber(typed)).toEqual({ year, court, typeCode, serial });
      expect(normaliseCaseNumber(typed)).toBe(text);
      const kind = kindOf[typeCode];
      if (kind) expect(caseNumberProblem(typed, { kind, eventYear: year, docketedByEvent: true, courtCode: court, courtName: '某法院' })).toBeNull();
    }), runs(RUNS));
  });

  it('refuses a 案号 missing 号, its year or its serial, or with a type code of another kind of case', { timeout: 20_000 }, () => {
    const broken = validCaseNumber.chain(({ text, year, court, serial }) => fc.constantFrom(
      text.slice(0, -1),
      text.replace(`（${year}）`, ''),
      text.replace(`${serial}号`, '号'),
      text.replace(`（${year}）`, `（${year}${serial}）`),
      `（${year}）${court}刑初${serial}号`,
    ));
    fc.assert(fc.property(broken, fc.constantFrom<CaseNumberKind>('first-instance', 'appeal', 'enforcement', 'resumed-enforcement'), (text, kind) => {
      const problem = caseNumberProblem(text, { kind, eventYear: 2099, docketedByEvent: false, courtCode: null, courtName: '某法院' });
      expect(problem?.zh).toMatch(/案号/);
      expect(problem?.en).toMatch(/case number|type code/);
    }), runs(RUNS));
  });

  it('never throws on any text: it parses or returns null', { timeout: 20_000 }, () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (text) => {
      const parts = parseCaseNumber(text);
      if (parts) expect(Number.isInteger(parts.year) && parts.serial >= 0).toBe(true);
    }), runs(RUNS));
  });
});

describe('identity checks', () => {
  it('passes every generated resident ID and refuses each one-character mutation of it', { timeout: 20_000 }, () => {
    const id = validResidentId(TODAY);
    fc.assert(fc.property(id.chain((valid) => fc.tuple(fc.constant(valid), oneCharacterMutation(valid, '0123456789X'))), ([valid, mutated]) => {
      expect(residentIdProblem(valid, TODAY)).toBeNull();
      expect(residentIdFacts(valid).birthDate).toBe(`${valid.slice(6, 10)}-${valid.slice(10, 12)}-${valid.slice(12, 14)}`);
      expect(residentIdProblem(mutated, TODAY)).not.toBeNull();
    }), runs(RUNS));
  });

  it('passes every generated card number and refuses each one-digit mutation of it', { timeout: 20_000 }, () => {
    fc.assert(fc.property(validCardNumber.chain((valid) => fc.tuple(fc.constant(valid), oneCharacterMutation(valid, '0123456789'))), ([valid, mutated]) => {
      expect(cardNumberProblem(valid)).toBeNull();
      expect(cardNumberProblem(valid.replace(/(\d{4})(?=\d)/g, '$1 '))).toBeNull();
      expect(cardNumberProblem(mutated)).not.toBeNull();
    }), runs(RUNS));
  });

  it('passes every generated unified social credit code and refuses each one-character mutation of it', { timeout: 20_000 }, () => {
    fc.assert(fc.property(validCreditCode.chain((valid) => fc.tuple(fc.constant(valid), oneCharacterMutation(valid, '0123456789ABCDEFGHJKLMNPQRTUWXY'))), ([valid, mutated]) => {
      expect(creditCodeProblem(valid)).toBeNull();
      expect(creditCodeProblem(mutated)).not.toBeNull();
    }), runs(RUNS));
  });
});

import { describe, it, expect } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, normaliseCreditCode } from '../../../core/case/credit-code';
import { DossierError } from '../../../core/errors';
import { makeCreditCode } from '../../support/identities';

describe('creditCodeCheckCharacter', () => {
  it('reproduces the sample code 91350100M000100Y43 used in GB 32100 guidance', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('writes a check value of 31 as 0', () => {
    // '00000000000000000': sum 0, so C18 = 31 - 0 = 31 → 0.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('can yield a letter', () => {
    // Search fictional codes until one needs a letter check character, then verify it round-trips.
    const letters = new Set<string>();
    for (let n = 0; n < 200; n += 1) {
      const c = creditCodeCheckCharacter(`91110000MA${String(n).padStart(7, '0')}`);
      if (/[A-Y]/.test(c)) letters.add(c);
    }
    expect(letters.size).toBeGreaterThan(0);
    for (const c of letters) expect('IOZSV'.includes(c)).toBe(false);
  });

  it('rejects input outside the alphabet or of the wrong length', () => {
    expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(DossierError);
    expect(() => creditCodeCheckCharacter('91350100M000100Y')).toThrow(DossierError);
  });
});

describe('creditCodeProblem', () => {
  const code = makeCreditCode('91440300MA5F00001');

  it('accepts valid codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem(code)).toBeNull();
    expect(creditCodeProblem(makeCreditCode('Y1110000000000001'))).toBeNull();
  });

  it('rejects a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')?.zh).toContain('校验码不符');
    expect(creditCodeProblem('91350100M000100Y43'.replace('M', 'N'))?.en).toContain('check character');
  });

  it('names the excluded letters I, O, Z, S, V', () => {
    const problem = creditCodeProblem('91350100MO00I00Y43');
    expect(problem?.zh).toContain('O、I');
    expect(problem?.en).toContain('O, I');
    expect(creditCodeProblem('9135010SZV00100Y43')?.zh).toContain('S、Z、V');
  });

  it('asks for capitals and offers a normaliser', () => {
    expect(creditCodeProblem('91350100m000100y43')?.zh).toContain('大写');
    expect(normaliseCreditCode(' 91350100m000 100y43 ')).toBe('91350100M000100Y43');
    expect(creditCodeProblem(normaliseCreditCode(' 91350100m000 100y43 '))).toBeNull();
  });

  it('rejects wrong length, symbols, a non-digit region code and empty input', () => {
    expect(creditCodeProblem('91350100M000100Y4')?.zh).toContain('当前为 17 位');
    expect(creditCodeProblem('91350100M000100Y4-')?.en).toContain('only digits and capital letters');
    expect(creditCodeProblem(makeCreditCode('913501A0M000100Y4'))?.zh).toContain('行政区划代码');
    expect(creditCodeProblem('')?.en).toBe('Please enter the unified social credit code');
  });
});

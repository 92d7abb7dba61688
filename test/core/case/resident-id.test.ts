import { describe, it, expect } from 'vitest';
import {
  birthDateMismatch,
  maskResidentId,
  normaliseResidentId,
  residentIdCheckCharacter,
  residentIdFacts,
  residentIdProblem,
} from '../../../core/case/resident-id';
import { DossierError } from '../../../core/errors';
import { makeResidentId } from '../../support/identities';

const TODAY = '2026-03-05';

/** Replaces the last character with a different valid check character. */
function withWrongCheck(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}

describe('residentIdCheckCharacter', () => {
  it('reproduces the worked examples of GB 11643-1999', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(DossierError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(DossierError);
  });
});

describe('residentIdProblem', () => {
  const valid = makeResidentId('110105', '1985-07-14', '123');

  it('accepts a valid number, including one ending in X', () => {
    expect(residentIdProblem(valid, TODAY)).toBeNull();
    expect(residentIdProblem('11010519491231002X', TODAY)).toBeNull();
  });

  it('accepts a birth date of today and of 1900-01-01', () => {
    expect(residentIdProblem(makeResidentId('310101', TODAY, '001'), TODAY)).toBeNull();
    expect(residentIdProblem(makeResidentId('310101', '1900-01-01', '001'), TODAY)).toBeNull();
  });

  it('accepts every listed province code, including 71, 81, 82 and 83', () => {
    for (const province of ['11', '15', '21', '23', '37', '46', '54', '65', '71', '81', '82', '83']) {
      expect(residentIdProblem(makeResidentId(`${province}0101`, '1990-01-01', '002'), TODAY)).toBeNull();
    }
  });

  it('rejects a wrong check character without revealing the right one', () => {
    expect(residentIdProblem(withWrongCheck(valid), TODAY)).toEqual({
      zh: '身份证号码校验码不符，请逐位核对号码是否有误',
      en: 'The ID card number fails its check character; please check each digit for typos',
    });
    // A single-digit typo in the sequence code is caught too.
    const typo = `${valid.slice(0, 15)}${valid[15] === '9' ? '8' : '9'}${valid.slice(16)}`;
    expect(residentIdProblem(typo, TODAY)?.zh).toContain('校验码不符');
  });

  it('rejects an impossible birth date even with a valid checksum', () => {
    const id = makeResidentId('110105', '1999-02-30', '123');
    expect(residentIdProblem(id, TODAY)?.zh).toContain('19990230');
    expect(residentIdProblem(makeResidentId('110105', '2023-02-29', '123'), TODAY)?.en).toContain('not a real date');
    expect(residentIdProblem(makeResidentId('110105', '2024-02-29', '123'), TODAY)).toBeNull();
  });

  it('rejects a birth date after today or before 1900', () => {
    expect(residentIdProblem(makeResidentId('110105', '2026-03-06', '123'), TODAY)?.en).toContain('future');
    expect(residentIdProblem(makeResidentId('110105', '1899-12-31', '123'), TODAY)?.zh).toContain('1900');
    expect(residentIdProblem('440524188001010014', TODAY)?.zh).toContain('1900');
  });

  it('rejects unknown province codes', () => {
    for (const province of ['00', '10', '16', '20', '30', '38', '40', '47', '55', '60', '66', '72', '84', '91']) {
      const problem = residentIdProblem(makeResidentId(`${province}0101`, '1990-01-01', '002'), TODAY);
      expect(problem?.zh).toContain(`“${province}”`);
    }
  });

  it('rejects a lowercase x and asks for a capital X', () => {
    expect(residentIdProblem('11010519491231002x', TODAY)?.zh).toContain('大写字母 X');
    expect(normaliseResidentId(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });

  it('explains wrong lengths, 15-digit old numbers, stray letters and symbols', () => {
    expect(residentIdProblem('', TODAY)?.zh).toBe('请填写身份证号码');
    expect(residentIdProblem(valid.slice(0, 17), TODAY)?.zh).toContain('当前为 17 位');
    expect(residentIdProblem(`${valid}1`, TODAY)?.en).toContain('this one has 19');
    expect(residentIdProblem('110105850714123', TODAY)?.zh).toContain('15 位');
    expect(residentIdProblem('1101051985071X1234', TODAY)?.zh).toContain('只能出现在最后一位');
    expect(residentIdProblem(`${valid.slice(0, 6)} ${valid.slice(6)}`, TODAY)?.zh).toContain('只能包含数字');
    expect(residentIdProblem('11010519850714123A', TODAY)?.en).toContain('only digits');
  });

  it('refuses an invalid today, which is a programming error', () => {
    expect(() => residentIdProblem(valid, '2026-02-30')).toThrow(DossierError);
  });
});

describe('residentIdFacts', () => {
  it('reads the birth date and sex (odd 17th digit = male)', () => {
    expect(residentIdFacts(makeResidentId('440305', '1988-11-02', '017'))).toEqual({ birthDate: '1988-11-02', sex: 'male' });
    expect(residentIdFacts(makeResidentId('440305', '1988-11-02', '028'))).toEqual({ birthDate: '1988-11-02', sex: 'female' });
    expect(residentIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
  });

  it('throws an invalid-input DossierError for a malformed number', () => {
    const bad = withWrongCheck(makeResidentId('440305', '1988-11-02', '017'));
    expect(() => residentIdFacts(bad)).toThrow(DossierError);
    try {
      residentIdFacts(bad);
    } catch (error) {
      expect((error as DossierError).code).toBe('invalid-input');
      expect((error as DossierError).location.field).toBe('residentId');
    }
  });
});

describe('birthDateMismatch', () => {
  const id = makeResidentId('320102', '1975-05-20', '345');

  it('is null when the stored birth date matches the ID', () => {
    expect(birthDateMismatch(id, '1975-05-20')).toBeNull();
  });

  it('names both dates when they differ', () => {
    const problem = birthDateMismatch(id, '1975-05-21');
    expect(problem?.zh).toBe('出生日期 1975-05-21 与身份证号码中的出生日期 1975-05-20 不一致');
    expect(problem?.en).toContain('1975-05-20');
  });

  it('leaves a malformed ID to its own validator', () => {
    expect(birthDateMismatch(withWrongCheck(id), '1980-01-01')).toBeNull();
  });
});

describe('maskResidentId', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
  });

  it('masks short input completely', () => {
    expect(maskResidentId('1234567890')).toBe('**********');
  });
});

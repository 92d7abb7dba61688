import { describe, it, expect } from 'vitest';
import { phoneProblem } from '../../../core/case/phone';

describe('phoneProblem', () => {
  it('accepts mainland mobile numbers as commonly written', () => {
    for (const phone of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+8619912345678', '１３８００１３８０００']) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
  });

  it('accepts landlines with area code and optional extension', () => {
    for (const phone of [
      '010-62345678',
      '01062345678',
      '(010) 6234 5678',
      '（021）62345678',
      '0755-8888 8888',
      '0755 2345678',
      '0571-87654321-123',
      '010-62345678转8001',
      '028-8765 4321 ext. 12',
    ]) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
  });

  it('accepts 400 and 800 numbers', () => {
    for (const phone of ['400-820-8820', '4008208820', '800 810 8888']) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
  });

  it('rejects mobiles of the wrong length or prefix, saying how many digits there are', () => {
    expect(phoneProblem('1380013800')?.zh).toContain('当前为 10 位');
    expect(phoneProblem('138001380001')?.en).toContain('this one has 12');
    expect(phoneProblem('12800138000')?.zh).toContain('格式不正确');
  });

  it('rejects landlines without a valid area code or with an impossible local number', () => {
    for (const phone of ['62345678', '011-62345678', '021-12345678', '0755-0888888', '010-623456', '010-623456789']) {
      expect(phoneProblem(phone)?.en, phone).toContain('not a valid phone number');
    }
  });

  it('rejects empty input and garbage', () => {
    expect(phoneProblem('  ')?.zh).toBe('请填写电话号码');
    expect(phoneProblem('call me')?.zh).toContain('格式不正确');
    expect(phoneProblem('400-820-882')?.zh).toContain('格式不正确');
  });
});

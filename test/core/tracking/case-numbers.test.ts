import { describe, expect, it } from 'vitest';
import { courtCodeOf } from '../../../core/tracking/case-number-court-code';
import { caseNumberProblem, normaliseCaseNumber, parseCaseNumber } from '../../../core/tracking/case-numbers';
import type { CaseNumberExpectation } from '../../../core/tracking/case-numbers';

const guandu: CaseNumberExpectation = { kind: 'first-instance', eventYear: 2026, docketedByEvent: true, courtCode: '云0111', courtName: '昆明市官渡区人民法院' };

describe('court case numbers (案号)', () => {
  it('splits the example of the issue into year, court code, type code and serial', () => {
    expect(parseCaseNumber('（2026）云0111民初1234号')).toEqual({ year: 2026, court: '云0111', typeCode: '民初', serial: 1234 });
    expect(parseCaseNumber('（2026）沪74民终88号')).toEqual({ year: 2026, court: '沪74', typeCode: '民终', serial: 88 });
    expect(parseCaseNumber('（2026）京0105执678号')).toEqual({ year: 2026, court: '京0105', typeCode: '执', serial: 678 });
    expect(parseCaseNumber('（2027）云0102执恢12号')?.typeCode).toBe('执恢');
  });

  it('accepts half-width parentheses and stray spaces, and writes them the official way', () => {
    expect(normaliseCaseNumber(' (2026) 云0111民初1234号 ')).toBe('（2026）云0111民初1234号');
    expect(caseNumberProblem('(2026)云0111民初1234号', guandu)).toBeNull();
  });

  it('refuses a malformed number, naming the field 案号 and showing the form', () => {
    for (const text of ['2026云0111民初1234号', '（2026）X0111民初1234号', '（2026）云0111民初1234']) {
      const problem = caseNumberProblem(text, guandu);
      expect(problem?.zh).toContain('案号');
      expect(problem?.zh).toContain('格式不正确');
      expect(problem?.zh).toContain('（2026）云0111民初1234号');
    }
  });

  it('wants the type code of the event: 民初 for an acceptance, 民终 for an appeal, 执 and 执恢 for enforcement', () => {
    expect(caseNumberProblem('（2026）云0111民终1234号', guandu)?.zh).toContain('应为“民初”');
    expect(caseNumberProblem('（2026）云01民终56号', { ...guandu, kind: 'appeal', courtCode: null })).toBeNull();
    expect(caseNumberProblem('（2026）云01民初56号', { ...guandu, kind: 'appeal', courtCode: null })?.zh).toContain('应为“民终”');
    expect(caseNumberProblem('（2026）云0111执恢9号', { ...guandu, kind: 'enforcement' })?.zh).toContain('应为“执”');
    expect(caseNumberProblem('（2026）云0111执9号', { ...guandu, kind: 'resumed-enforcement' })?.zh).toContain('应为“执恢”');
    expect(caseNumberProblem('（2026）云0111执恢9号', { ...guandu, kind: 'resumed-enforcement' })).toBeNull();
    // An enforcement number's messages name its own field.
    expect(caseNumberProblem('（2026）云0111民初9号', { ...guandu, kind: 'enforcement' })?.zh).toMatch(/^执行案号的类型代字/);
  });

  it('refuses a receiving year after the event, and for a docketing one more than a year before it', () => {
    expect(caseNumberProblem('（2027）云0111民初1234号', guandu)?.zh).toContain('晚于登记日期的年度（2026）');
    expect(caseNumberProblem('（2027）云0111民初1234号', { ...guandu, docketedByEvent: false })?.zh).toContain('晚于');
    // Received in late December, docketed in January: the year before is accepted.
    expect(caseNumberProblem('（2025）云0111民初1234号', guandu)).toBeNull();
    expect(caseNumberProblem('（2024）云0111民初1234号', guandu)?.zh).toContain('收案年度（2024）');
    // A judgment carries the number its case was docketed under, of whatever earlier year.
    expect(caseNumberProblem('（2024）云0111民初1234号', { ...guandu, docketedByEvent: false })).toBeNull();
    expect(caseNumberProblem('（2026）云0111民初0号', guandu)?.zh).toContain('不能为 0');
  });

  it('checks the court code against the accepting court when it is known, and accepts any when it is not', () => {
    const problem = caseNumberProblem('（2026）云0103民初1234号', guandu);
    expect(problem?.zh).toBe('案号的法院代字“云0103”不是昆明市官渡区人民法院的代字（应为“云0111”）');
    expect(caseNumberProblem('（2026）云0103民初1234号', { ...guandu, courtCode: null })).toBeNull();
  });
});

describe('the court code (法院代字) a directory entry gives', () => {
  const basic = { level: 'basic' as const, kind: 'general', divisionCode: '530111', towns: [] };

  it('is the province abbreviation and the last four digits of a basic court’s county-level division', () => {
    expect(courtCodeOf(basic)).toBe('云0111');
    expect(courtCodeOf({ ...basic, divisionCode: '532901' })).toBe('云2901');
    expect(courtCodeOf({ ...basic, divisionCode: '110105' })).toBe('京0105');
  });

  it('is unknown for intermediate, high and specialised courts, a shared division, or no court', () => {
    expect(courtCodeOf({ ...basic, level: 'intermediate', divisionCode: '530100' })).toBeNull();
    expect(courtCodeOf({ ...basic, level: 'high', divisionCode: '530000' })).toBeNull();
    expect(courtCodeOf({ ...basic, kind: 'internet' })).toBeNull();
    expect(courtCodeOf({ ...basic, divisionCode: '441900', towns: ['莞城街道'] })).toBeNull();
    expect(courtCodeOf(null)).toBeNull();
  });
});

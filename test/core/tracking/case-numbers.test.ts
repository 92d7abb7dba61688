import { describe, expect, it } from 'vitest';
import { caseNumberProblem, normaliseCaseNumber, parseCaseNumber } from '../../../core/tracking/case-numbers';

describe('court case numbers (案号)', () => {
  it('splits the example of the issue into year, court code, type code and serial', () => {
    expect(parseCaseNumber('（2026）京0105民初12345号')).toEqual({ year: 2026, court: '京0105', typeCode: '民初', serial: 12345 });
    expect(parseCaseNumber('（2026）沪74民终88号')).toEqual({ year: 2026, court: '沪74', typeCode: '民终', serial: 88 });
    expect(parseCaseNumber('（2026）京0105执678号')).toEqual({ year: 2026, court: '京0105', typeCode: '执', serial: 678 });
    expect(parseCaseNumber('（2027）云0102执恢12号')?.typeCode).toBe('执恢');
  });

  it('accepts half-width parentheses and stray spaces, and writes them the official way', () => {
    expect(normaliseCaseNumber(' (2026) 京0105民初12345号 ')).toBe('（2026）京0105民初12345号');
    expect(caseNumberProblem('(2026)京0105民初12345号', 'civil', 2026)).toBeNull();
  });

  it('refuses malformed numbers, the wrong kind of case and a year that does not fit the event', () => {
    expect(caseNumberProblem('2026京0105民初12345号', 'civil', 2026)?.zh).toContain('格式不正确');
    expect(caseNumberProblem('（2026）X0105民初12345号', 'civil', 2026)?.zh).toContain('格式不正确');
    expect(caseNumberProblem('（2026）京0105民初12345', 'civil', 2026)?.zh).toContain('格式不正确');
    expect(caseNumberProblem('（2026）京0105执678号', 'civil', 2026)?.zh).toContain('不是民事诉讼案件');
    expect(caseNumberProblem('（2026）京0105民初12345号', 'enforcement', 2026)?.zh).toContain('不是执行案件');
    expect(caseNumberProblem('（2024）京0105民初12345号', 'civil', 2026)?.zh).toContain('年度');
    // Received in late December, docketed in January: the year before is accepted.
    expect(caseNumberProblem('（2025）京0105民初12345号', 'civil', 2026)).toBeNull();
    expect(caseNumberProblem('（2026）京0105民初0号', 'civil', 2026)?.zh).toContain('不能为 0');
  });
});

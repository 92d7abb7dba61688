/**
 * Checking entered document inputs: amounts and dates are parsed one field at a time and every problem is
 * collected against its dotted field path (`settlement.firstDueDate`), so a form shows them all at once
 * next to their fields instead of the first one only.
 */
import type { Bilingual } from '../bilingual';
import { isCalendarDate } from '../calendar/chinese-date';
import { DossierError } from '../errors';
import { fieldLabel } from '../field-labels';
import type { FieldIssue } from '../errors';
import { amountProblem, parseYuan } from '../money/fen';
import type { Fen } from '../money/fen';

/** Collects field problems while facts are built; `finish` throws them together. */
export type InputChecker = {
  /** An amount in fen; `fallback` stands in for an empty field (null = the field is required). */
  amount(text: string, field: string, fallback: Fen | null): Fen;
  /** A 'YYYY-MM-DD' date; `fallback` stands in for an empty field (null = required). */
  date(text: string, field: string, fallback: string | null): string;
  /** Records a problem found by a rule across fields. */
  problem(field: string, message: Bilingual): void;
  /** Throws DossierError('invalid-input') listing every problem, if there is any. */
  finish(): void;
};

const required: Bilingual = { zh: '此项为必填项', en: 'This field is required' };

/** A fresh checker. */
export function inputChecker(): InputChecker {
  const issues: FieldIssue[] = [];
  return {
    amount(text, field, fallback) {
      if (text.trim() === '') {
        if (fallback === null) issues.push({ field, message: required });
        return fallback ?? 0;
      }
      const problem = amountProblem(text);
      if (problem) {
        issues.push({ field, message: problem });
        return 0;
      }
      return parseYuan(text, field);
    },
    date(text, field, fallback) {
      if (text.trim() === '') {
        if (fallback === null) issues.push({ field, message: required });
        return fallback ?? '';
      }
      if (!isCalendarDate(text)) {
        issues.push({ field, message: { zh: `日期“${text}”应为真实日期，格式 YYYY-MM-DD`, en: `"${text}" must be a real date written YYYY-MM-DD` } });
        return fallback ?? '';
      }
      return text;
    },
    problem(field, message) {
      issues.push({ field, message });
    },
    finish() {
      if (issues.length === 0) return;
      throw new DossierError(
        'invalid-input',
        {
          zh: `文书所需信息有 ${issues.length} 处需要修改：${issues.map((i) => `${fieldLabel(i.field).zh}：${i.message.zh}`).join('；')}`,
          en: `${issues.length} document input(s) need correcting: ${issues.map((i) => `${fieldLabel(i.field).en}: ${i.message.en}`).join('; ')}`,
        },
        { field: issues[0]!.field },
        issues,
      );
    },
  };
}

/**
 * What a malformed operation input says to the user: the field by its label and the problem in words,
 * never zod's own English message or the dotted path of the field.
 */
import type { z } from 'zod';
import type { Bilingual } from '../../core/bilingual';
import { fieldLabel } from '../../core/field-labels';
import { issueProblem } from '../../core/zod-issue-text';

/** The message for an operation input that failed its schema, naming the first problem's field by its label. */
export function inputIssueMessage(issue: z.core.$ZodIssue | undefined): { message: Bilingual; field: string } {
  const field = issue?.path.join('.') ?? '';
  const label = field === '' ? { zh: '输入', en: 'The input' } : fieldLabel(field);
  const problem = issue ? issueProblem(issue) : { zh: '不符合要求', en: 'is not valid' };
  return { field, message: { zh: `参数有误：${label.zh}${problem.zh}`, en: `Malformed input: ${label.en} ${problem.en}` } };
}

/**
 * What a malformed operation input says to the user: the field by its label and the problem in words,
 * never zod's own English message or the dotted path of the field.
 */
import type { z } from 'zod';
import type { Bilingual } from '../../core/bilingual';
import { fieldLabel } from '../../core/field-labels';

/** The problem of one zod issue, in both languages. */
function problemText(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? { zh: '未填写', en: 'is missing' } : { zh: '格式不正确', en: 'has the wrong form' };
    case 'too_big':
      return issue.origin === 'string' ? { zh: `不能超过 ${String(issue.maximum)} 个字符`, en: `may have at most ${String(issue.maximum)} characters` } : { zh: `不能大于 ${String(issue.maximum)}`, en: `may be at most ${String(issue.maximum)}` };
    case 'too_small':
      return issue.origin === 'string' ? { zh: '不能为空', en: 'may not be empty' } : { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'invalid_value':
      return { zh: '不是可选的值之一', en: 'is not one of the allowed values' };
    case 'invalid_format':
      return { zh: '格式不正确', en: 'has the wrong format' };
    case 'unrecognized_keys':
      return { zh: `含有无法识别的项（${issue.keys.length} 项）`, en: `has ${issue.keys.length} unrecognised item(s)` };
    default:
      return { zh: '不符合要求', en: 'is not valid' };
  }
}

/** The message for an operation input that failed its schema, naming the first problem's field by its label. */
export function inputIssueMessage(issue: z.core.$ZodIssue | undefined): { message: Bilingual; field: string } {
  const field = issue?.path.join('.') ?? '';
  const label = field === '' ? { zh: '输入', en: 'The input' } : fieldLabel(field);
  const problem = issue ? problemText(issue) : { zh: '不符合要求', en: 'is not valid' };
  return { field, message: { zh: `参数有误：${label.zh}${problem.zh}`, en: `Malformed input: ${label.en} ${problem.en}` } };
}

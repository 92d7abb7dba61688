/**
 * A zod issue's problem said in words, in both languages, for messages a user reads: never zod's own
 * English message, which names types ("expected string to have <=60 characters") and not the field.
 */
import type { z } from 'zod';
import type { Bilingual } from './bilingual';

/** The problem of one zod issue, in both languages. */
export function issueProblem(issue: z.core.$ZodIssue): Bilingual {
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

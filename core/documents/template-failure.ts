/**
 * What went wrong while filling a template, said to the lawyer who edits it: the template's name, the line, and
 * the reason in Chinese and English. The template library's own messages are English and name its internals
 * ("memory alloc limit exceeded", "Failed to lookup"); each known kind is put into words here.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';

/** The library's reason as words in both languages; an unknown reason is kept in English only. */
function reasonOf(message: string): Bilingual {
  const quoted = (pattern: RegExp) => (pattern.exec(message)?.[1] ?? '').replace(/^["']|["']$/g, '').slice(0, 80);
  if (/undefined variable/.test(message)) {
    const name = quoted(/undefined variable: ([^,\s]+)/);
    return { zh: `没有名为“${name}”的案件数据`, en: `there is no case data named "${name}"` };
  }
  if (/undefined filter/.test(message)) {
    const name = quoted(/undefined filter: ([^,\s]+)/);
    return { zh: `没有名为“${name}”的过滤器`, en: `there is no filter named "${name}"` };
  }
  if (/Failed to lookup|ENOENT|illegal filename/.test(message)) {
    return { zh: '模板不能引用其他文件（include、render、layout）', en: 'a template cannot include other files (include, render, layout)' };
  }
  if (/render limit exceeded/.test(message)) return { zh: '填充用时超过上限，可能是循环次数过多', en: 'filling took too long; a loop may run too many times' };
  if (/memory alloc limit exceeded/.test(message)) return { zh: '填充内容超过大小上限，可能是循环次数过多或文字过长', en: 'the filled text grew too large; a loop may run too many times' };
  if (/Maximum call stack/.test(message)) return { zh: '模板嵌套层数过多', en: 'the template nests too deeply' };
  if (/parse length limit exceeded/.test(message)) return { zh: '模板过长', en: 'the template is too long' };
  if (/not closed/.test(message)) {
    const tag = quoted(/tag (.+?) not closed/);
    return { zh: `标签 ${tag} 没有对应的结束标签`, en: `the tag ${tag} is never closed` };
  }
  if (/tag .* not found/.test(message)) {
    const tag = quoted(/tag "?([^"\s]+)"? not found/);
    return { zh: `没有名为“${tag}”的标签`, en: `there is no tag named "${tag}"` };
  }
  if (/output .* not closed|unexpected token|invalid value expression|illegal tag|unexpected/i.test(message)) {
    return { zh: '模板语法有误，请检查 {{ }} 与 {% %} 是否成对', en: `the template syntax is broken (${message.replace(/, line:.*$/s, '').slice(0, 120)})` };
  }
  return { zh: '模板语法有误', en: message.replace(/, line:.*$/s, '').slice(0, 200) };
}

/** The line a template-library error points at ("line:3, col:5"), if it says. */
function lineOf(message: string): number | null {
  const match = /line:(\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * The DossierError for a failure while parsing or filling the template `name`: a filter's own error (a non-integer
 * amount) keeps its words, prefixed with the template and the line where it was used.
 */
export function templateFailure(error: unknown, name: string): DossierError {
  const message = error instanceof Error ? error.message : String(error);
  const original = (error as { originalError?: unknown }).originalError;
  const reason = original instanceof DossierError ? original.text : error instanceof DossierError ? error.text : reasonOf(message);
  const line = lineOf(message);
  const where = {
    zh: `模板${name ? `《${name}》` : ''}${line !== null ? `第 ${line} 行` : ''}`,
    en: `Template${name ? ` "${name}"` : ''}${line !== null ? `, line ${line}` : ''}`,
  };
  return new DossierError('template-error', { zh: `${where.zh}：${reason.zh}`, en: `${where.en}: ${reason.en}` });
}

/**
 * Checks an edited template before it is saved as a new version, so a lawyer's edit cannot break
 * generation later: the title is set; every required path exists in the filing data; the body parses;
 * it renders against a complete fictional filing (an unknown variable or filter, a ragged table or a
 * template that never ends are all caught here); and every character it prints is in the PDF font.
 * Warnings point at what a court filing usually has (a title line, a signature block).
 */
import { DossierError } from '../errors';
import type { TemplateIssue } from './document-operations';
import type { TemplateManifest } from './template-manifest';
import { checkTemplateSyntax, errorLine, renderTemplate, valueAt } from './template-engine';

/** An edited template: the fields the editor may change. */
export type TemplateDraft = { title: string; required: string[]; body: string };

const PATH = /^[A-Za-z][A-Za-z0-9]*(\.(?:[A-Za-z][A-Za-z0-9]*|\d+))*$/;

function issue(severity: TemplateIssue['severity'], field: TemplateIssue['field'], line: number | null, zh: string, en: string): TemplateIssue {
  return { severity, field, line, message: { zh, en } };
}

/**
 * Validates `draft` (a new version of `base`) against `sample`, a complete filing data object.
 * `missingGlyphs` names the characters the PDF font lacks.
 */
export async function validateTemplate(
  base: TemplateManifest,
  draft: TemplateDraft,
  sample: object,
  missingGlyphs: (chars: Set<string>) => string[],
): Promise<TemplateIssue[]> {
  const issues: TemplateIssue[] = [];
  if (draft.title.trim() === '') issues.push(issue('error', 'title', null, '请填写文书标题', 'Give the document a title'));
  for (const path of draft.required) {
    if (!PATH.test(path)) issues.push(issue('error', 'required', null, `必填字段“${path}”不是有效的数据路径（如 defendant.name）`, `"${path}" is not a data path (e.g. defendant.name)`));
    else if (valueAt(sample, path) === undefined) issues.push(issue('error', 'required', null, `必填字段“${path}”在案件数据中不存在`, `"${path}" does not exist in the case data`));
  }
  try {
    checkTemplateSyntax(draft.body);
  } catch (error) {
    const text = error instanceof DossierError ? error.text : { zh: String(error), en: String(error) };
    issues.push({ severity: 'error', field: 'body', line: errorLine(error), message: text });
    return issues;
  }
  try {
    const model = await renderTemplate({ manifest: { ...base, title: draft.title, required: [] }, body: draft.body }, sample, 'validation');
    if (!model.blocks.some((b) => b.kind === 'title')) {
      issues.push(issue('warning', 'body', null, '模板没有标题行（以“# ”开头）', 'The template has no title line (starting "# ")'));
    }
    if (!model.blocks.some((b) => b.kind === 'signature')) {
      issues.push(issue('warning', 'body', null, '模板没有落款（以“@ ”开头的行）', 'The template has no signature lines (starting "@ ")'));
    }
  } catch (error) {
    const text = error instanceof DossierError ? error.text : { zh: String(error), en: String(error) };
    issues.push({ severity: 'error', field: 'body', line: errorLine(error), message: text });
  }
  // Characters written into the template itself must be printable too (values are checked at generation).
  const literal = new Set(Array.from(draft.body.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '')).filter((ch) => ch > ' '));
  const missing = missingGlyphs(literal);
  if (missing.length > 0) {
    issues.push(issue('error', 'body', null, `模板中的字符${missing.map((c) => `“${c}”`).join('、')}不在文书字体中，PDF 无法显示`, `The font has no glyph for ${missing.map((c) => `"${c}"`).join(', ')} used in the template`));
  }
  return issues;
}


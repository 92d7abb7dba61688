/**
 * Collects the strings of the code base that reach a user without running it: the rule file's texts, every
 * UI string table, the bundled data files' notes and bases, and every Chinese or English text written into a
 * bilingual message ({ zh, en }) in core/ and electron/ — rule messages, errors, labels and notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { en } from '../../renderer/i18n/en';

const root = join(import.meta.dirname, '..', '..');

/** Keys of data files whose values are codes, not text shown to a user. */
const codeKeys = new Set(['id', 'type', 'kinds', 'check', 'fixAt', 'kind', 'severity', 'caseType', 'version', 'level', 'divisionCode', 'appealCourtId', 'initials', 'include', 'exclude', 'province', 'date', 'source', 'generator', 'package', 'dataset']);

function jsonStrings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => jsonStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!codeKeys.has(k)) jsonStrings(v, `${path}.${k}`, out);
  }
}

/** The user-facing strings of the bundled data files (rule file, court directory, thresholds, holidays). */
export function dataFileStrings(): [string, string][] {
  const out: [string, string][] = [];
  const files = ['templates/rules/credit-card.json', 'templates/data/courts.json', 'templates/data/small-claims-thresholds.json', 'templates/data/holidays.json'];
  for (const file of files) jsonStrings(JSON.parse(readFileSync(join(root, file), 'utf8')), file, out);
  return out;
}

/** Every UI string, both languages. */
export function uiStrings(): [string, string][] {
  return [...Object.entries(zhCN).map(([k, v]): [string, string] => [`zh-CN ${k}`, v]), ...Object.entries(en).map(([k, v]): [string, string] => [`en ${k}`, v])];
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The literal text of a string or template expression (template holes become "…"). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  if (ts.isConditionalExpression(node)) {
    const parts = [literalText(node.whenTrue), literalText(node.whenFalse)].filter((p) => p !== null);
    return parts.length ? parts.join(' | ') : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [literalText(node.left), literalText(node.right)].filter((p) => p !== null).join('…');
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

/** Every text written as the zh or en part of a bilingual message in core/ and electron/. */
export function bilingualSourceStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of [...sourceFiles(join(root, 'core')), ...sourceFiles(join(root, 'electron'))]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'zh' || node.name.text === 'en')) {
        const text = literalText(node.initializer);
        if (text !== null) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          out.push([`${relative(root, file)}:${line + 1}`, text]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

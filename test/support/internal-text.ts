/**
 * Finds text that is for the team only in something a user sees: references to the domain notes and their
 * source tags, rule and template ids, other internal codes (kebab-case enum values, camelCase field names,
 * dotted field paths) and amounts in fen. Used by the tests that walk every user-facing string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Every kebab-case string literal in core/: the enum values, rule ids, check types and template ids of the code. */
function internalCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) codes.add(m[1]!);
      }
    }
  };
  walk(join(root, 'core'));
  const rules = JSON.parse(readFileSync(join(root, 'templates/rules/credit-card.json'), 'utf8')) as { rules: { id: string }[] };
  for (const rule of rules.rules) codes.add(rule.id);
  for (const entry of readdirSync(join(root, 'templates/documents'))) codes.add(entry);
  return codes;
}

let codes: Set<string> | null = null;

/**
 * The one-word values of core's enumerations (`export const … = [...] as const`: stages, statuses, formats …),
 * which read as English words in English text but are codes when a Chinese page shows them.
 */
function singleWordEnumValues(): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const list of readFileSync(path, 'utf8').matchAll(/export const \w+ = \[([^\]]*)\] as const/g)) {
          for (const m of list[1]!.matchAll(/'([a-z][a-z0-9]*(?:_[a-z0-9]+)*)'/g)) words.add(m[1]!);
        }
      }
    }
  };
  walk(join(root, 'core'));
  for (const word of words) if (extensions.test(word)) words.delete(word);
  return words;
}

let enumWords: Set<string> | null = null;

/** The court directory's ids (high-110000, financial-beijing); the command line names them for `court override`, a page never does. */
function courtIds(): Set<string> {
  const courts = JSON.parse(readFileSync(join(root, 'templates/data/courts.json'), 'utf8')) as { courts: { id: string }[] };
  return new Set(courts.courts.map((court) => court.id));
}

let courts: Set<string> | null = null;

/** What else to look for beyond what every user-facing string is checked for. */
export type InternalTextOptions = {
  /** One-word enum values (draft, filed, yuan) standing in Chinese text; for rendered pages, not for English strings. */
  singleWordCodes?: boolean;
  /** The court directory's ids: a page names a court by its name. */
  courtIds?: boolean;
};

/** File extensions a dotted word may end in without being a field path. */
const extensions = /^(pdf|docx|xlsx|csv|json|sqlite|ics|txt|liquid|zip|jpg|jpeg|png|tif|tiff|html|ofd)$/i;
/** Hyphenated English words that are words, not codes, where they also happen to be codes — accepted in English text only. */
const englishWords = new Set(['read-only', 'small-claims', 'joint-stock', 'pre-suit', 'first-instance', 'in-suit']);
const chinese = /[\u4e00-\u9fff]/;

/** One piece of internal text found, with what kind it is. */
export type InternalText = { kind: string; match: string };

/** The internal text in `text`, empty when it is clean. */
export function internalTextIn(text: string, options: InternalTextOptions = {}): InternalText[] {
  codes ??= internalCodes();
  const found: InternalText[] = [];
  const add = (kind: string, pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) found.push({ kind, match: m[0] });
  };
  add('domain notes', /domain\.md|§/g);
  add('source tag', /\[(?:P|S|U)(?:\]|[\s—–-][^\]]{0,80}\])/g);
  for (const m of text.matchAll(/(?<![\w./\\-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w/\\-])/g)) {
    if (codes.has(m[0]) && m[0] !== 'e-mail' && !(englishWords.has(m[0]) && !chinese.test(text))) found.push({ kind: 'code', match: m[0] });
  }
  add('field name', /(?<![\w./\\-])[a-z]+[A-Z][a-zA-Z0-9]*(?![\w/\\-])/g);
  for (const m of text.matchAll(/(?<![\w./\\@-])[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)+(?![\w/\\-])/g)) {
    const last = m[0].split('.').at(-1)!;
    if (!extensions.test(last) && !/^(e\.g|i\.e|domain\.md)$/.test(m[0])) found.push({ kind: 'field path', match: m[0] });
  }
  if (options.singleWordCodes && chinese.test(text)) {
    enumWords ??= singleWordEnumValues();
    for (const m of text.matchAll(/(?<![\w./\\@-])[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?![\w./\\@-])/g)) {
      if (enumWords.has(m[0])) found.push({ kind: 'code', match: m[0] });
    }
  }
  if (options.courtIds) {
    courts ??= courtIds();
    for (const m of text.matchAll(/(?<![\w./\\-])[a-z]+(?:-[a-z0-9]+)+(?![\w/\\-])/g)) if (courts.has(m[0])) found.push({ kind: 'court id', match: m[0] });
  }
  add('amount in fen', /\d\s*fen\b|(?<![\d:时])\d{3,}\s*分(?!钟|之|期|册|项)/gi);
  return found;
}

/** A readable list of what was found in each named text, for a test's failure message. */
export function internalTextReport(texts: Iterable<[where: string, text: string]>): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) {
    for (const f of internalTextIn(text)) out.push(`${where}: ${f.kind} “${f.match}”`);
  }
  return out;
}

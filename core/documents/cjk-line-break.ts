/**
 * Line breaking for Chinese legal prose: UAX #14 break opportunities (the `linebreak` package) narrowed by
 * the Chinese typesetting rules of GB/T 15834 — 行首禁则 (no line starts with closing punctuation) and
 * 行尾禁则 (no line ends with opening punctuation).
 *
 * Policy when a break would violate those rules: the break opportunity is simply withdrawn, so the
 * preceding character travels down to the next line with the punctuation (推入下行). We never let
 * punctuation hang past the measure: every line stays within `maxWidth`, which keeps table cells inside
 * their borders, and the justifier spreads the short line back out to the full width.
 *
 * Whitespace: a line keeps the ASCII spaces/tabs that follow its last word (so the lines concatenate back
 * to the input), but they do not count towards its width — renderers drop them when drawing.
 */
import LineBreaker from 'linebreak';
import { DossierError } from '../errors';

/**
 * Characters that must not begin a line (行首禁则): closing punctuation, full-width and ASCII — and the
 * check boxes ■ □ of the element-style forms, which belong to the label before them (是■ 否□).
 */
export const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕〗〉］｝”’…‥·・%％‰℃,.;:?!)]}■□'));

/** Characters that must not end a line (行尾禁则): opening punctuation, full-width and ASCII. */
export const NO_LINE_END = new Set(Array.from('（《「『【〔〖〈［｛“‘([{'));

/** One output line; `hard` marks the last line before an explicit newline or the end of the text. */
export type BrokenLine = { text: string; hard: boolean };

/** Options of breakTextLines: the line measure, a narrower first line (indent), and the width function. */
export type BreakOptions = {
  maxWidth: number;
  /** Width of the very first line, e.g. maxWidth minus a two-character indent; defaults to maxWidth. */
  firstLineWidth?: number;
  /** Width of a string; assumed additive (sum of glyph advances), which holds for our fonts. */
  measure: (s: string) => number;
};

// Floating-point slack so that a line measuring exactly maxWidth (summed from fractions) still fits.
const EPSILON = 1e-6;
const TRAILING_SPACE = /[ \t]+$/;

/** Breaks `text` into lines no wider than `maxWidth` (see the module comment for the punctuation rule). */
export function breakLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  return breakTextLines(text, { maxWidth, measure }).map((line) => line.text);
}

/** Like breakLines, but says which lines end a hard paragraph (not to be justified) and supports a first-line width. */
export function breakTextLines(text: string, options: BreakOptions): BrokenLine[] {
  const { maxWidth, measure } = options;
  const firstLineWidth = options.firstLineWidth ?? maxWidth;
  if (!(maxWidth > 0) || !(firstLineWidth > 0) || !Number.isFinite(maxWidth) || !Number.isFinite(firstLineWidth)) {
    throw new DossierError('invalid-input', {
      zh: `排版行宽无效：${maxWidth}`,
      en: `Invalid line width: ${maxWidth}`,
    });
  }
  const out: BrokenLine[] = [];
  const pieces = text.split(/\r\n|\r|\n/);
  for (const piece of pieces) {
    const limitOf = (): number => (out.length === 0 ? firstLineWidth : maxWidth);
    fillPiece(piece, limitOf, maxWidth, measure, out);
  }
  return out;
}

/** Greedy fill of one newline-free piece, appending its lines to `out`; its last line is marked hard. */
function fillPiece(
  piece: string,
  limitOf: () => number,
  restWidth: number,
  measure: (s: string) => number,
  out: BrokenLine[],
): void {
  let line = '';
  let width = 0; // width of `line` including its trailing spaces
  for (const segment of segmentsOf(piece)) {
    const trimmed = segment.replace(TRAILING_SPACE, '');
    const full = measure(segment);
    const visible = trimmed === segment ? full : measure(trimmed);
    if (width + visible <= limitOf() + EPSILON) {
      line += segment;
      width += full;
      continue;
    }
    if (visible > restWidth + EPSILON || (line === '' && visible > limitOf() + EPSILON)) {
      // A unit wider than any line (a long card number, a long Latin word) must be split by character
      // anyway, so it continues the current line instead of leaving a gap there. (The second case is a
      // unit wider than a narrower, indented first line.)
      const parts = splitOverlong(line, trimmed, limitOf(), restWidth, measure);
      line = parts.pop() ?? '';
      for (const part of parts) out.push({ text: part, hard: false });
      line += segment.slice(trimmed.length);
      width = measure(line);
      continue;
    }
    if (line !== '') out.push({ text: line, hard: false });
    line = segment;
    width = full;
  }
  out.push({ text: line, hard: true });
}

// Ideographs (BMP and supplementary planes) and the CJK and full-width punctuation blocks.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;

/**
 * Break opportunities UAX #14 withholds in Chinese text: its rule LB19 glues the ambiguous quotation
 * marks to both neighbours, so 填“无”或 would travel as one unit. In Chinese, “ ‘ open and ” ’ close, so
 * a break is allowed before an opening quote and after a closing one when the other side is CJK.
 */
function quoteBreak(s: string, at: number): boolean {
  const before = s[at - 1] ?? '';
  const after = s[at] ?? '';
  if ((after === '“' || after === '‘') && CJK.test(s.slice(Math.max(0, at - 2), at))) return true;
  return (before === '”' || before === '’') && CJK.test(s.slice(at, at + 2));
}

/** The unbreakable segments of a newline-free string: text between allowed break opportunities. */
function segmentsOf(piece: string): string[] {
  if (piece === '') return [];
  const opportunities = new Set<number>();
  const breaker = new LineBreaker(piece);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) opportunities.add(bk.position);
  for (let at = 1; at < piece.length; at++) if (quoteBreak(piece, at)) opportunities.add(at);
  const segments: string[] = [];
  let start = 0;
  for (const at of [...opportunities].sort((a, b) => a - b)) {
    if (at <= start) continue;
    if (at < piece.length && !breakAllowed(piece, at)) continue;
    segments.push(piece.slice(start, at));
    start = at;
  }
  if (start < piece.length) segments.push(piece.slice(start));
  return segments;
}

/** The Chinese rules on top of UAX #14: never before closing punctuation, never after opening punctuation. */
function breakAllowed(s: string, at: number): boolean {
  // The rule sets hold BMP characters only, so looking at single UTF-16 units is exact.
  return !NO_LINE_START.has(s[at] ?? '') && !NO_LINE_END.has(s[at - 1] ?? '');
}

/**
 * Continues `prefix` (the current line) with a unit wider than the line, by code point, at least one per
 * line; a closing mark is still kept off a line start, and an opening mark off a line end, by carrying the
 * character before the break down with it (from the prefix too) when the next line has room for both.
 */
function splitOverlong(
  prefix: string,
  unit: string,
  firstWidth: number,
  restWidth: number,
  measure: (s: string) => number,
): string[] {
  const parts: string[][] = [];
  let current = Array.from(prefix);
  let width = prefix === '' ? 0 : measure(prefix);
  for (const ch of Array.from(unit)) {
    const w = measure(ch);
    const limit = parts.length === 0 ? firstWidth : restWidth;
    if (current.length > 0 && width + w > limit + EPSILON) {
      const last = current[current.length - 1] ?? '';
      const violates = NO_LINE_START.has(ch) || NO_LINE_END.has(last);
      const carried = violates && current.length > 1 && measure(last) + w <= restWidth + EPSILON ? [current.pop() ?? ''] : [];
      parts.push(current);
      current = carried;
      width = carried.reduce((sum, c) => sum + measure(c), 0);
    }
    current.push(ch);
    width += w;
  }
  parts.push(current);
  return parts.map((p) => p.join(''));
}

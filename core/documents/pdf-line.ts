/**
 * Places one already-broken line of text: alignment, and justification by inter-character spacing.
 *
 * Justification: pdf-lib's drawText has no character-spacing option, and the PDF Tc operator would also
 * spread the digits of 12,345.67 and the letters of Latin words. So the line is cut into runs at the
 * "stretchable" gaps — every gap next to a CJK character, punctuation mark or space, but not between two
 * ASCII/Latin characters — and each run is drawn at its own computed x. The slack is shared equally by
 * those gaps, the way Word justifies Chinese text.
 */

/** The two weights of the document font. */
export type FontKey = 'regular' | 'bold';

/** Advance width of one character in the given font at size 1 (i.e. as a fraction of the em). */
export type Metrics = (ch: string, font: FontKey) => number;

/** A run of text drawn at a baseline position, in PDF points from the bottom-left of the page. */
export type TextItem = { kind: 'text'; x: number; y: number; text: string; font: FontKey; size: number };

/** How a line sits in its box; `justify` lines fill the width exactly. */
export type LineAlign = 'justify' | 'left' | 'right' | 'center';

/** Where a line goes: its left edge and width, and the baseline y. */
export type LineBox = { left: number; width: number; baseline: number };

// Beyond one em of extra space per gap a justified line looks gappy (a long word was pushed down);
// such a line is set flush left instead, as word processors do.
const MAX_STRETCH_EM = 1;
const TRAILING_SPACE = /[ \t]+$/;
// Characters that are set solid with their neighbours of the same kind (digits, Latin letters, ASCII marks).
const TIGHT = /^[\u0021-\u007e\u00c0-\u024f]$/u;

/** Width of a string in a font at a size: the sum of its characters' advances. */
export function textWidth(text: string, font: FontKey, size: number, metrics: Metrics): number {
  let width = 0;
  for (const ch of text) width += metrics(ch, font) * size;
  return width;
}

/** Positions one line in its box, returning the runs to draw (none for a blank line). */
export function placeLine(text: string, font: FontKey, size: number, box: LineBox, align: LineAlign, metrics: Metrics): TextItem[] {
  const visible = text.replace(TRAILING_SPACE, '');
  const chars = Array.from(visible);
  if (chars.length === 0) return [];
  const advances = chars.map((ch) => metrics(ch, font) * size);
  const natural = advances.reduce((sum, w) => sum + w, 0);
  const run = (x: number, s: string): TextItem => ({ kind: 'text', x, y: box.baseline, text: s, font, size });

  if (align === 'justify') {
    const stretchable = chars.map((ch, i) => i < chars.length - 1 && isStretchable(ch, chars[i + 1] ?? ''));
    const gaps = stretchable.filter(Boolean).length;
    const slack = box.width - natural;
    if (gaps > 0 && slack > 0 && slack / gaps <= MAX_STRETCH_EM * size) {
      const extra = slack / gaps;
      const runs: TextItem[] = [];
      let x = box.left;
      let start = box.left;
      let current = '';
      chars.forEach((ch, i) => {
        current += ch;
        x += advances[i] ?? 0;
        if (stretchable[i]) {
          runs.push(run(start, current));
          x += extra;
          start = x;
          current = '';
        }
      });
      if (current !== '') runs.push(run(start, current));
      return runs;
    }
  }
  const offset = align === 'right' ? box.width - natural : align === 'center' ? (box.width - natural) / 2 : 0;
  return [run(box.left + offset, visible)];
}

/** Whether the gap between two adjacent characters may take justification space. */
function isStretchable(left: string, right: string): boolean {
  return !(TIGHT.test(left) && TIGHT.test(right));
}

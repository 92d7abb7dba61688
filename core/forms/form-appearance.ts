/**
 * Appearance streams for filled text and choice fields, drawn with the embedded CJK subset font: pdf-lib's
 * own appearances use its standard fonts, which cannot encode Chinese, and break lines only at spaces.
 * Here a value is set on one line (shrunk to fit, down to 6 pt), broken over several lines with the same
 * CJK rules as the documents (cjk-line-break.ts) in a multiline field, or one character per cell in a
 * combed field (a resident ID box). A value that does not fit even at 6 pt is not drawn: the caller
 * reports the field instead of printing clipped text into a court form.
 */
import {
  beginMarkedContent, beginText, clip, endMarkedContent, endPath, endText, popGraphicsState, pushGraphicsState,
  fill, rectangle, setFillingCmykColor, setFillingGrayscaleColor, setFillingRgbColor, setFontAndSize, setLineWidth,
  setStrokingCmykColor, setStrokingGrayscaleColor, setStrokingRgbColor, setTextMatrix, showText, stroke,
  type PDFFont, type PDFOperator,
} from '@cantoo/pdf-lib';
import { breakTextLines } from '../documents/cjk-line-break';

/** How a value sits in its box. */
export type TextBoxOptions = {
  width: number;
  height: number;
  multiline: boolean;
  /** Cells of a combed field (its maximum length), or 0. */
  combCells: number;
  /** The size the field's /DA asks for; 0 = choose automatically. */
  fontSize: number;
  align: 'left' | 'center' | 'right';
  /** The widget's own border and background (/MK /BC, /BG and /BS /W): kept so a filled box still looks like a box. */
  border?: { width: number; color: number[] } | null;
  background?: number[] | null;
};

/** The operators of the appearance, or null when the value does not fit. */
export type TextAppearance = { operators: PDFOperator[]; size: number } | null;

const PADDING = 2;
const MIN_SIZE = 6;
const MAX_SIZE = 12;
const LINE_FACTOR = 1.25;
// The CJK em box sits about 0.12 em below the baseline.
const DESCENT = 0.12;

/** The colour operator for 1 (grey), 3 (RGB) or 4 (CMYK) components; none for an empty colour. */
function colour(components: number[], stroking: boolean): PDFOperator[] {
  const [a = 0, b = 0, c = 0, d = 0] = components;
  if (components.length === 1) return [stroking ? setStrokingGrayscaleColor(a) : setFillingGrayscaleColor(a)];
  if (components.length === 3) return [stroking ? setStrokingRgbColor(a, b, c) : setFillingRgbColor(a, b, c)];
  if (components.length === 4) return [stroking ? setStrokingCmykColor(a, b, c, d) : setFillingCmykColor(a, b, c, d)];
  return [];
}

/** Background and border of the widget, drawn under the text. */
function decoration(options: TextBoxOptions): PDFOperator[] {
  const out: PDFOperator[] = [];
  const { width, height } = options;
  const background = options.background ?? [];
  if (background.length > 0) out.push(pushGraphicsState(), ...colour(background, false), rectangle(0, 0, width, height), fill(), popGraphicsState());
  const border = options.border;
  if (border && border.width > 0 && border.color.length > 0) {
    const w = border.width;
    out.push(pushGraphicsState(), ...colour(border.color, true), setLineWidth(w), rectangle(w / 2, w / 2, width - w, height - w), stroke(), popGraphicsState());
  }
  return out;
}

function frame(options: TextBoxOptions, font: PDFFont, size: number, body: PDFOperator[]): PDFOperator[] {
  return [
    ...decoration(options),
    beginMarkedContent('Tx'),
    pushGraphicsState(),
    rectangle(1, 1, Math.max(0, options.width - 2), Math.max(0, options.height - 2)),
    clip(),
    endPath(),
    beginText(),
    setFillingGrayscaleColor(0),
    setFontAndSize(font.name, size),
    ...body,
    endText(),
    popGraphicsState(),
    endMarkedContent(),
  ];
}

function lineAt(font: PDFFont, text: string, x: number, y: number): PDFOperator[] {
  return [setTextMatrix(1, 0, 0, 1, x, y), showText(font.encodeText(text))];
}

function aligned(options: TextBoxOptions, textWidth: number): number {
  const room = options.width - 2 * PADDING;
  if (options.align === 'center') return PADDING + (room - textWidth) / 2;
  if (options.align === 'right') return PADDING + room - textWidth;
  return PADDING;
}

/** Lays out `text` in a field's box with `font`; null when it cannot fit at the smallest size. */
export function textAppearance(text: string, font: PDFFont, options: TextBoxOptions): TextAppearance {
  const innerWidth = options.width - 2 * PADDING;
  const innerHeight = options.height - 2 * PADDING;
  if (innerWidth <= 0 || innerHeight <= 0) return null;
  const chars = Array.from(text);

  if (options.combCells > 0 && !options.multiline) {
    if (chars.length > options.combCells) return null;
    const cell = options.width / options.combCells;
    const size = Math.min(options.fontSize || MAX_SIZE, innerHeight * 0.8, cell * 0.95);
    if (size < MIN_SIZE) return null;
    const y = (options.height - size) / 2 + DESCENT * size;
    const body = chars.flatMap((ch, i) => lineAt(font, ch, i * cell + (cell - font.widthOfTextAtSize(ch, size)) / 2, y));
    return { operators: frame(options, font, size, body), size };
  }

  if (!options.multiline) {
    let size = options.fontSize || Math.min(MAX_SIZE, innerHeight * 0.8);
    while (size >= MIN_SIZE && font.widthOfTextAtSize(text, size) > innerWidth) size -= 0.5;
    if (size < MIN_SIZE || size > innerHeight + 1e-6) return null;
    const y = (options.height - size) / 2 + DESCENT * size;
    const body = lineAt(font, text, aligned(options, font.widthOfTextAtSize(text, size)), y);
    return { operators: frame(options, font, size, body), size };
  }

  for (let size = options.fontSize || MAX_SIZE; size >= MIN_SIZE; size -= 0.5) {
    const measure = (s: string): number => font.widthOfTextAtSize(s, size);
    const lines = breakTextLines(text, { maxWidth: innerWidth, measure });
    const pitch = size * LINE_FACTOR;
    if (lines.length * pitch > innerHeight + 1e-6) continue;
    const body = lines.flatMap((line, i) => {
      const visible = line.text.replace(/[ \t]+$/, '');
      const baseline = options.height - PADDING - (i + 1) * pitch + (pitch - size) / 2 + DESCENT * size;
      return lineAt(font, visible, aligned(options, measure(visible)), baseline);
    });
    return { operators: frame(options, font, size, body), size };
  }
  return null;
}

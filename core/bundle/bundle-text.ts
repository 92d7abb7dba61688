/**
 * Text with the bundle's embedded font, written as content-stream operators directly. Widths and glyph
 * codes are looked up per character and cached: the font is embedded with shaping features that change
 * glyphs switched off (core/documents/pdf-fonts.ts), so a run's glyphs are its characters' glyphs, and a
 * bundle draws the same few hundred characters thousands of times — shaping every stamp and index cell
 * through fontkit would cost more than copying the sources.
 */
import type { PDFFont } from '@cantoo/pdf-lib';
import { pdfNumber } from './pdf-object-writer';

/** Stroke width of emboldened text as a share of its size, as render-pdf draws bold (Word's synthetic bold for 宋体). */
const BOLD_STROKE = 0.03;

/** The parts of a fontkit font the fast path reads. */
type GlyphSource = { unitsPerEm: number; glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };

/**
 * The fontkit font pdf-lib embedded (its custom-font embedder keeps it), for cmap lookups without
 * shaping; null if pdf-lib ever stops exposing it, and the slower public API is used instead.
 */
function glyphSourceOf(font: PDFFont): GlyphSource | null {
  const candidate = (font as unknown as { embedder?: { font?: Partial<GlyphSource> } }).embedder?.font;
  return candidate && typeof candidate.glyphForCodePoint === 'function' && typeof candidate.unitsPerEm === 'number' ? (candidate as GlyphSource) : null;
}

/** Measures and writes text in one embedded font, named `/name` in page resources. */
export class BundleText {
  private readonly widths = new Map<string, number>();
  private readonly codes = new Map<string, string>();
  private readonly glyphs: GlyphSource | null;

  constructor(readonly font: PDFFont, readonly name = 'F1') {
    this.glyphs = glyphSourceOf(font);
  }

  /** Advance width of one character at size 1. */
  charWidth(ch: string): number {
    let width = this.widths.get(ch);
    if (width === undefined) {
      width = this.glyphs
        ? this.glyphs.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / this.glyphs.unitsPerEm
        : this.font.widthOfTextAtSize(ch, 1000) / 1000;
      this.widths.set(ch, width);
    }
    return width;
  }

  /** Width of `text` at `size`. */
  width(text: string, size: number): number {
    let width = 0;
    for (const ch of text) width += this.charWidth(ch);
    return width * size;
  }

  /** `text` as a hex string of glyph codes. */
  hex(text: string): string {
    let out = '<';
    for (const ch of text) {
      let code = this.codes.get(ch);
      if (code === undefined) {
        code = this.glyphs
          ? this.glyphs.glyphForCodePoint(ch.codePointAt(0) ?? 0).id.toString(16).toUpperCase().padStart(4, '0')
          : this.font.encodeText(ch).toString().slice(1, -1);
        this.codes.set(ch, code);
      }
      out += code;
    }
    return `${out}>`;
  }

  /** Operators drawing `text` with its baseline starting at (x, y); bold is stroked as well as filled. */
  show(text: string, x: number, y: number, size: number, bold = false): string {
    const weight = bold ? `2 Tr ${pdfNumber(size * BOLD_STROKE)} w 0 G ` : '0 Tr ';
    return `BT 0 g ${weight}/${this.name} ${pdfNumber(size)} Tf 1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm ${this.hex(text)} Tj ET`;
  }
}

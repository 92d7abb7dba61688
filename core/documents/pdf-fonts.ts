/**
 * Font preparation for the PDF: refuse characters the font cannot draw, then subset with harfbuzz
 * (subset-font) and embed the subset whole. pdf-lib's own subsetter is never used: with CJK fonts it
 * silently drops or scrambles glyphs, which prints tofu in a court filing.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import subsetFont, { type SubsetFontOptions } from 'subset-font';
import { DossierError } from '../errors';
import { DROPPED_TABLES, type FontSubsetter } from './harfbuzz-subsetter';

/** Fonts parsed for the glyph check, by their bytes: parsing a 15 MB CJK face costs more than the check itself. */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();

function parsed(fontBytes: Uint8Array): ReturnType<typeof fontkit.create> {
  let font = parsedFonts.get(fontBytes);
  if (!font) {
    font = fontkit.create(fontBytes);
    parsedFonts.set(fontBytes, font);
  }
  return font;
}

/** The characters of `chars` that the font's cmap lacks, in the order given. */
export function missingGlyphs(fontBytes: Uint8Array, chars: Iterable<string>): string[] {
  const font = parsed(fontBytes);
  return [...chars].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
}

/** The characters named for a message: “𠮷”(U+20BB7). */
export function describeCharacters(chars: readonly string[]): { zh: string; en: string } {
  const codes = chars.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return { zh: chars.map((ch, i) => `“${ch}”(${codes[i]})`).join('、'), en: chars.map((ch, i) => `"${ch}" (${codes[i]})`).join(', ') };
}

/** Throws missing-glyph naming every character of `chars` the font's cmap lacks, e.g. “𠮷”(U+20BB7). */
export function assertGlyphs(fontBytes: Uint8Array, chars: Iterable<string>): void {
  const font = parsed(fontBytes);
  const missing = missingGlyphs(fontBytes, chars);
  if (missing.length === 0) return;
  const { zh, en } = describeCharacters(missing);
  throw new DossierError('missing-glyph', {
    zh: `字体缺少字符${zh}，无法生成 PDF；请改用常用字或通用写法。`,
    en: `The document font (${font.familyName}) has no glyph for ${en}; the PDF cannot be produced. Use a common character instead.`,
  });
}

/**
 * OpenType features switched off when pdf-lib shapes a run. Layout measures text character by character,
 * so a run must draw exactly those glyphs: Noto Serif SC's `locl` swaps digits for narrower forms inside
 * Latin runs (3fa1 → other glyphs, other widths, and text that no longer copies out), and ligatures would
 * merge characters. CJK text is unaffected; its full-width quotation marks are the default glyphs.
 */
const SHAPING_FEATURES = { locl: false, liga: false, clig: false, calt: false, dlig: false };

/**
 * harfbuzz options: nothing is shaped (see SHAPING_FEATURES), so the OpenType layout tables and their glyph
 * closure (locale forms, ligatures) and the vertical metrics are left out — measured on a complaint, the
 * subset is a third smaller and made in well under half the time.
 */
const SUBSET_OPTIONS: SubsetFontOptions = {
  targetFormat: 'truetype',
  keepFeatures: [],
  noLayoutClosure: true,
  dropTables: [...DROPPED_TABLES],
};

/** A harfbuzz subset of the document font, made once and embedded into one or many PDFs. */
export type FontSubset = { chars: ReadonlySet<string>; bytes: Uint8Array; name: string };

/**
 * Subsets `fontBytes` to exactly `chars` under a deterministic subset name (tag derived from the
 * characters), so identical input gives identical bytes. A batch makes one subset for the characters of
 * all its documents and embeds it in each (render-pdf's `subset` option) instead of one per document.
 * `subsetter`, when given, must have been made for `fontBytes` (harfbuzz-subsetter.ts: same harfbuzz, same
 * options, the font loaded once); without it subset-font loads the whole font again on every call.
 */
export async function prepareSubset(fontBytes: Uint8Array, chars: Iterable<string>, subsetter?: FontSubsetter): Promise<FontSubset> {
  const set = new Set(chars);
  const text = [...set].sort().join('');
  const bytes = subsetter ? await subsetter(text) : await subsetFont(asNodeBuffer(fontBytes), text, SUBSET_OPTIONS);
  const postscriptName = fontkit.create(bytes).postscriptName || 'NotoSerifSC';
  return { chars: set, bytes, name: `${subsetTag(text)}+${postscriptName}` };
}

/** Embeds a prepared subset whole (no further subsetting by pdf-lib). */
export function embedPrepared(pdf: PDFDocument, subset: FontSubset): Promise<PDFFont> {
  return pdf.embedFont(subset.bytes, { subset: false, customName: subset.name, features: SHAPING_FEATURES });
}

/** Subsets `fontBytes` to exactly `chars` and embeds the result. */
export async function embedSubset(pdf: PDFDocument, fontBytes: Uint8Array, chars: Set<string>): Promise<PDFFont> {
  return embedPrepared(pdf, await prepareSubset(fontBytes, chars));
}

/** A PDF subset tag: six capital letters from an FNV-1a hash of the subset's characters. */
function subsetTag(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

type BufferConstructor = { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array };

/**
 * subset-font sniffs the font format with Buffer#toString('ascii'), which a plain Uint8Array lacks. It only
 * runs under Node anyway (it loads its wasm with fs), where Buffer is a global: wrap without copying.
 */
function asNodeBuffer(bytes: Uint8Array): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: BufferConstructor }).Buffer;
  if (NodeBuffer === undefined) {
    throw new DossierError('internal', { zh: '字体子集化需要 Node 运行环境', en: 'Font subsetting needs a Node runtime' });
  }
  return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

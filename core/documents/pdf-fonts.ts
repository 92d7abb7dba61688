/**
 * Font preparation for the PDF: refuse characters the font cannot draw, then subset with harfbuzz
 * (subset-font) and embed the subset whole. pdf-lib's own subsetter is never used: with CJK fonts it
 * silently drops or scrambles glyphs, which prints tofu in a court filing.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import subsetFont from 'subset-font';
import { DossierError } from '../errors';

/** Throws missing-glyph naming every character of `chars` the font's cmap lacks, e.g. “𠮷”(U+20BB7). */
export function assertGlyphs(fontBytes: Uint8Array, chars: Iterable<string>): void {
  const font = fontkit.create(fontBytes);
  const missing = [...chars].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
  if (missing.length === 0) return;
  const codes = missing.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const zh = missing.map((ch, i) => `“${ch}”(${codes[i]})`).join('、');
  const en = missing.map((ch, i) => `"${ch}" (${codes[i]})`).join(', ');
  throw new DossierError('missing-glyph', {
    zh: `字体缺少字符${zh}，无法生成 PDF；请改用常用字或通用写法。`,
    en: `The document font (${font.familyName}) has no glyph for ${en}; the PDF cannot be produced. Use a common character instead.`,
  });
}

/**
 * Subsets `fontBytes` to exactly `chars` and embeds the result without further subsetting, under a
 * deterministic subset name (tag derived from the characters) so identical input gives identical bytes.
 */
export async function embedSubset(pdf: PDFDocument, fontBytes: Uint8Array, chars: Set<string>): Promise<PDFFont> {
  const text = [...chars].sort().join('');
  const subset = await subsetFont(asNodeBuffer(fontBytes), text, { targetFormat: 'truetype' });
  const postscriptName = fontkit.create(subset).postscriptName || 'NotoSerifSC';
  return pdf.embedFont(subset, { subset: false, customName: `${subsetTag(text)}+${postscriptName}` });
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

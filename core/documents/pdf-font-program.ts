/**
 * The document font as PDF objects, written by us rather than by pdf-lib's font embedder: a Type0 font
 * over a CIDFontType2 (Identity-H, CIDToGIDMap Identity), the harfbuzz subset as FontFile2, widths for
 * every glyph and a ToUnicode CMap so text copies out as written.
 *
 * Why (profiled, bench/documents): pdf-lib shapes every drawn run with fontkit (OpenType layout, the
 * largest single cost of a PDF) and deflates the font file again for every document. Layout already
 * measures character by character with shaping off (pdf-fonts.ts), so a character maps to exactly one
 * glyph; this program holds that map and the compressed font objects, made once per subset — per
 * document, or once for a whole batch and then only copied into each PDF.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFName, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { DossierError } from '../errors';
import type { FontSubset } from './pdf-fonts';

/** A glyph of the subset: its id and advance in thousandths of an em. */
export type ProgramGlyph = { id: number; width: number };

/** A subset ready to embed and to encode text with. */
export type FontProgram = {
  subset: FontSubset;
  glyphs: ReadonlyMap<string, ProgramGlyph>;
  /** The font file, deflated once. */
  fontFile: Uint8Array;
  /** The ToUnicode CMap, deflated once. */
  toUnicode: Uint8Array;
  /** The /W array: [first [w w …]] runs over the glyph ids. */
  widths: (number | number[])[];
  descriptor: { flags: number; bbox: number[]; italicAngle: number; ascent: number; descent: number; capHeight: number; xHeight: number };
};

const programs = new WeakMap<FontSubset, Promise<FontProgram>>();

/**
 * zlib-deflates bytes (the FlateDecode format) with the platform's CompressionStream — native zlib in Node
 * and Electron, about five times faster than pdf-lib's JavaScript deflate on a font file.
 */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes.slice()]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** UTF-16BE hex of one character, for the CMap. */
function utf16Hex(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += hex4(ch.charCodeAt(i));
  return out;
}

/** The ToUnicode CMap text for glyph → character pairs (bfchar blocks of at most 100, as the format requires). */
function toUnicodeCMap(pairs: [number, string][]): string {
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([id, ch]) => `<${hex4(id)}> <${utf16Hex(ch)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange', ...blocks, 'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

/** The FontDescriptor /Flags: serif by the OS/2 family class, always symbolic (non-Latin glyphs), as pdf-lib derives them. */
function flagsOf(font: ReturnType<typeof fontkit.create>): number {
  const familyClass = (font as unknown as { 'OS/2'?: { sFamilyClass?: number } })['OS/2']?.sFamilyClass ?? 0;
  const serif = familyClass >= 1 && familyClass <= 7;
  return (serif ? 2 : 0) | 4;
}

/** Parses a subset once into a font program (cached per subset object). */
export function fontProgram(subset: FontSubset): Promise<FontProgram> {
  let program = programs.get(subset);
  if (!program) {
    program = buildProgram(subset);
    programs.set(subset, program);
  }
  return program;
}

async function buildProgram(subset: FontSubset): Promise<FontProgram> {
  const font = fontkit.create(subset.bytes);
  const scale = 1000 / font.unitsPerEm;
  const glyphs = new Map<string, ProgramGlyph>();
  const byId = new Map<number, { width: number; ch: string }>();
  // Outline offsets per glyph: equal neighbours mean an empty outline. A visible character drawn with an
  // empty glyph would print as a blank in a filing, so a subset that lost an outline is refused.
  const outlineOffsets = (font as unknown as { loca?: { offsets?: number[] } }).loca?.offsets;
  for (const ch of [...subset.chars].sort()) {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
    if (outlineOffsets && !/\s/u.test(ch) && outlineOffsets[glyph.id + 1] === outlineOffsets[glyph.id]) {
      throw new DossierError('internal', {
        zh: `字体子集中字符“${ch}”的字形为空，已停止生成以免出现空白`,
        en: `The font subset has an empty outline for "${ch}"; stopped rather than print a blank`,
      });
    }
    const entry = { id: glyph.id, width: Math.round(glyph.advanceWidth * scale * 1000) / 1000 };
    glyphs.set(ch, entry);
    if (!byId.has(glyph.id)) byId.set(glyph.id, { width: entry.width, ch });
  }
  const ids = [...byId.keys()].sort((a, b) => a - b);
  const widths: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((id, i) => {
    if (i === 0 || id !== (ids[i - 1] ?? -2) + 1) {
      if (run.length > 0) widths.push(run);
      widths.push(id);
      run = [];
    }
    run.push(byId.get(id)!.width);
  });
  if (run.length > 0) widths.push(run);
  const { minX, minY, maxX, maxY } = font.bbox;
  const [fontFile, toUnicode] = await Promise.all([
    deflate(subset.bytes),
    deflate(new TextEncoder().encode(toUnicodeCMap(ids.map((id) => [id, byId.get(id)!.ch])))),
  ]);
  return {
    subset,
    glyphs,
    fontFile,
    toUnicode,
    widths,
    descriptor: {
      flags: flagsOf(font), bbox: [minX * scale, minY * scale, maxX * scale, maxY * scale], italicAngle: font.italicAngle,
      ascent: font.ascent * scale, descent: font.descent * scale, capHeight: (font.capHeight || font.ascent) * scale, xHeight: (font.xHeight || 0) * scale,
    },
  };
}

/** Adds the program's font objects to a PDF; returns the Type0 font's reference. */
export function embedFontProgram(pdf: PDFDocument, program: FontProgram): PDFRef {
  const { context } = pdf;
  const name = program.subset.name;
  const fontFile = context.register(context.stream(program.fontFile, { Filter: 'FlateDecode' }));
  const toUnicode = context.register(context.stream(program.toUnicode, { Filter: 'FlateDecode' }));
  const d = program.descriptor;
  const descriptor = context.register(context.obj({
    Type: 'FontDescriptor', FontName: name, Flags: d.flags, FontBBox: d.bbox, ItalicAngle: d.italicAngle,
    Ascent: d.ascent, Descent: d.descent, CapHeight: d.capHeight, XHeight: d.xHeight, StemV: 0, FontFile2: fontFile,
  }));
  const cidFont = context.register(context.obj({
    Type: 'Font', Subtype: 'CIDFontType2', BaseFont: name, CIDToGIDMap: 'Identity',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: descriptor, W: program.widths,
  }));
  return context.register(context.obj({
    Type: 'Font', Subtype: 'Type0', BaseFont: PDFName.of(name), Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode,
  }));
}

/** The hex string of glyph ids for `text` (Identity-H); control characters are dropped, anything else missing is a bug upstream. */
export function encodeGlyphs(program: FontProgram, text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch < ' ') continue;
    const glyph = program.glyphs.get(ch);
    if (!glyph) {
      throw new DossierError('internal', { zh: `字符“${ch}”不在字体子集中`, en: `The character "${ch}" is not in the font subset` });
    }
    out += hex4(glyph.id);
  }
  return out;
}

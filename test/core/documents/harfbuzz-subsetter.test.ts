import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarfbuzzSubsetter, type HarfbuzzSubsetter } from '../../../core/documents/harfbuzz-subsetter';
import { charactersUsed, NO_MORE_TEXT, PAGE_WITHOUT_TEXT } from '../../../core/documents/pdf-layout';
import { prepareSubset } from '../../../core/documents/pdf-fonts';
import { renderPdf } from '../../../core/documents/render-pdf';
import { documentFontPaths } from '../../../electron/services/document-fonts';
import { useTempDir } from '../../support/temp-dir';
import { sampleDocument } from '../../support/sample-document';

const CREATED = new Date('2024-06-01T08:00:00Z');
const REQUESTED = '民事起诉状原告被告云岭银行股份有限公司信用卡中心诉讼请求：本金¥12,345.67元（第1页共3页）“合同”';

const tempDir = useTempDir('dossier-harfbuzz-');
let font: Uint8Array;
let harfbuzz: HarfbuzzSubsetter;

/** The subset's mapped code points; fontkit lists cmap format 4's closing 0xFFFF segment as one, it maps no glyph. */
function mapped(bytes: Uint8Array): Set<number> {
  return new Set(fontkit.create(bytes).characterSet.filter((code) => code !== 0xffff));
}

/** `count` distinct CJK ideographs starting at `start` (U+4E00 block), as a complaint's text would hold. */
function ideographs(start: number, count: number): string {
  return Array.from({ length: count }, (_, i) => String.fromCodePoint(0x4e00 + ((start + i * 7) % 20000))).join('');
}

beforeAll(async () => {
  font = readFileSync(documentFontPaths().regular);
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  harfbuzz = await createHarfbuzzSubsetter(wasm, font);
});

describe('createHarfbuzzSubsetter', () => {
  it('makes a subset whose cmap covers exactly the requested characters', async () => {
    const requested = new Set([...REQUESTED].map((ch) => ch.codePointAt(0)));
    const bytes = await harfbuzz.subset(REQUESTED);
    const subset = fontkit.create(bytes);
    expect(mapped(bytes)).toEqual(requested);
    expect(subset.hasGlyphForCodePoint('判'.codePointAt(0)!)).toBe(false);
    expect(subset.hasGlyphForCodePoint('A'.codePointAt(0)!)).toBe(false);
    // .notdef plus one glyph per requested character: no layout closure pulled in variants.
    expect(subset.numGlyphs).toBe(requested.size + 1);
  });

  it('gives the same bytes as the subset-font path it replaces (same harfbuzz, same options)', async () => {
    const chars = [...REQUESTED];
    const viaSubsetFont = await prepareSubset(font, chars);
    const viaPersistent = await prepareSubset(font, chars, harfbuzz.subset);
    expect(Buffer.from(viaPersistent.bytes).equals(Buffer.from(viaSubsetFont.bytes))).toBe(true);
    expect(viaPersistent.name).toBe(viaSubsetFont.name);
  });

  it('renders a complaint PDF identical to the default path, whose text pdftotext reads back', async () => {
    const doc = sampleDocument();
    const withSubsetter = await renderPdf(doc, { regular: font, subsetter: harfbuzz.subset }, { createdAt: CREATED });
    const withoutSubsetter = await renderPdf(doc, { regular: font }, { createdAt: CREATED });
    expect(Buffer.from(withSubsetter).equals(Buffer.from(withoutSubsetter))).toBe(true);

    const file = join(tempDir(), 'complaint.pdf');
    writeFileSync(file, withSubsetter);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(doc.title.replace(/\s+/g, ''));
    const used = charactersUsed(doc);
    // The notes a layout adds when the closing moves to a new page are in the subset, but drawn only then.
    const ownText = JSON.stringify(doc.blocks);
    const drawn = new Set([...used.regular, ...used.bold].filter((ch) => /\S/.test(ch) && (!(NO_MORE_TEXT + PAGE_WITHOUT_TEXT).includes(ch) || ownText.includes(ch))));
    for (const ch of drawn) expect(text).toContain(ch);
  });

  it('does not grow its wasm memory over 50 consecutive subsets once warmed up, and keeps every character', async () => {
    // Warm-up: the first calls may grow the heap to its working size; after that every call must free
    // what it made (input, subset face, result blob), so the memory stays where it is.
    for (let i = 0; i < 3; i++) await harfbuzz.subset(ideographs(i * 101, 4000) + REQUESTED);
    const warmedUp = harfbuzz.memoryBytes();
    for (let i = 0; i < 50; i++) {
      const text = ideographs(1000 + i * 53, 4000) + REQUESTED;
      // A leak would exhaust harfbuzz's fixed 65 MiB heap within a few calls and show up as lost characters.
      // (an exhausted heap drops glyph outlines while the cmap survives, so the outlines are checked too).
      const bytes = await harfbuzz.subset(text);
      expect(mapped(bytes)).toEqual(new Set([...text].map((ch) => ch.codePointAt(0))));
      const subset = fontkit.create(bytes);
      for (const ch of text.slice(0, 50)) expect(subset.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG()).not.toBe('');
    }
    expect(harfbuzz.memoryBytes()).toBe(warmedUp);
  });

  it('serves overlapping calls with the subsets sequential calls give', async () => {
    const texts = [0, 1, 2, 3].map((i) => ideographs(i * 997, 200));
    const sequential: Uint8Array[] = [];
    for (const text of texts) sequential.push(await harfbuzz.subset(text));
    const overlapping = await Promise.all(texts.map((text) => harfbuzz.subset(text)));
    overlapping.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(sequential[i]!))).toBe(true));
  });
});

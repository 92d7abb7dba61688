import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from '../../../core/documents/cjk-line-break';
import type { DocumentModel } from '../../../core/documents/document-model';
import { renderPdf, type PdfFonts } from '../../../core/documents/render-pdf';
import { DossierError } from '../../../core/errors';
import { testFonts } from '../../support/fonts';
import { LONG_PARAGRAPH, RARE_NAME, sampleDocument, TABLE_HEADER, TABLE_ROWS } from '../../support/sample-document';

const CREATED = new Date('2024-06-01T08:00:00Z');
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string): string => s.replace(/\s+/g, '');

let dir: string;
let file: string;
let fonts: PdfFonts;
let bytes: Uint8Array;
let pageCount: number;
let pageTexts: string[];

beforeAll(async () => {
  fonts = await testFonts();
  bytes = await renderPdf(sampleDocument(), fonts, { createdAt: CREATED });
  dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
  file = join(dir, 'complaint.pdf');
  writeFileSync(file, bytes);
  pageCount = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [file]))?.[1]);
  pageTexts = Array.from({ length: pageCount }, (_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('renderPdf', () => {
  it('writes a structurally valid A4 PDF (qpdf --check) of several pages', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // Title page, the 60-row table continuing over two more pages, and the forced page for 附件.
    expect(pageCount).toBeGreaterThanOrEqual(4);
  });

  it('records title, author, subject, creator and the given date, and no template id, version or data hash', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Title:\s+民事起诉状$/m);
    expect(info).toMatch(/^Author:\s+测试律师$/m);
    expect(info).toMatch(/^Creator:\s+Dossier$/m);
    expect(info).toMatch(/^Subject:\s+民事起诉状（信用卡纠纷）$/m);
    expect(info).toMatch(/^Keywords:\s+信用卡纠纷 民事起诉状$/m);
    for (const internal of ['complaint-credit-card', 'sha256-0123abcd', '1.2.0', 'templateId', 'dataHash']) expect(info).not.toContain(internal);
    expect(info).toMatch(/^CreationDate:\s+Sat Jun\s+1 08:00:00 2024 UTC$/m);
  });

  it('embeds exactly one font, the harfbuzz subset of Noto Serif SC Regular, bold title included', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/\s+/)[0]).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular$/);
    expect(rows[0]).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    // Subsetting keeps the file small: the full face is ~15 MB.
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('emboldens the title by stroking the regular face (text render mode 2), not by a second font', () => {
    const uncompressed = join(dir, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, uncompressed]);
    const content = readFileSync(uncompressed, 'latin1');
    expect(content).toMatch(/\b2 Tr\b/);
    // pdf-lib wraps each text run in q … Q, so the render mode cannot leak into body text.
    expect(content).toMatch(/q\s+BT[^Q]*?\b2 Tr\b[^Q]*?ET\s+Q/);
  });

  it('contains every value of the document, the rare character included', () => {
    const all = squash(pageTexts.join(''));
    const doc = sampleDocument();
    for (const value of ['民事起诉状', RARE_NAME, '人民币壹万贰仟叁佰肆拾伍元陆角柒分', '12,345.67', '¥12,345.67', '6222021234567890123']) {
      expect(all).toContain(value);
    }
    expect(all).toContain(squash(LONG_PARAGRAPH));
    for (const block of doc.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'title') expect(all).toContain(squash(block.text));
      if (block.kind === 'signature') block.lines.forEach((line) => expect(all).toContain(squash(line)));
    }
  });

  it('extracts exactly the characters that went in: every glyph maps back to its Unicode text', () => {
    const doc = sampleDocument();
    const input = new Set<string>();
    const add = (s: string): void => Array.from(squash(s)).forEach((ch) => input.add(ch));
    for (const block of doc.blocks) {
      if (block.kind === 'table') [block.header, ...block.rows].flat().forEach(add);
      else if (block.kind === 'signature') block.lines.forEach(add);
      else if (block.kind !== 'page-break') add(block.text);
    }
    add(`第页共${pageCount}`);
    for (let n = 1; n <= pageCount; n++) add(String(n));
    const output = new Set(Array.from(squash(pageTexts.join(''))));
    expect([...output].filter((ch) => !input.has(ch))).toEqual([]);
    expect([...input].filter((ch) => !output.has(ch))).toEqual([]);
  });

  it('never starts an extracted line with closing punctuation nor ends one with opening punctuation', () => {
    for (const text of pageTexts) {
      for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
        expect(NO_LINE_START.has(line[0]!), `line starts with punctuation: ${line}`).toBe(false);
        expect(NO_LINE_END.has(line[line.length - 1]!), `line ends with punctuation: ${line}`).toBe(false);
      }
    }
  });

  it('prints “第 x 页 共 N 页” on every page with the true page count', () => {
    pageTexts.forEach((text, i) => {
      expect(squash(text)).toContain(`第${i + 1}页共${pageCount}页`);
    });
    // And the spaced form, as drawn.
    expect(run('pdftotext', ['-raw', '-f', '1', '-l', '1', file, '-'])).toContain(`第 1 页 共 ${pageCount} 页`);
  });

  it('repeats the table header on each page the table continues to, without splitting a row', () => {
    const pagesWithRows = pageTexts.map((text, i) => (/\d{4}-\d{2}-\d{2}/.test(text) ? i : -1)).filter((i) => i >= 0);
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    expect(pagesWithRows).toContain(1);
    for (const i of pagesWithRows) {
      for (const cell of TABLE_HEADER) expect(squash(pageTexts[i]!), `header “${cell}” missing on page ${i + 1}`).toContain(cell);
    }
    // Each row's date and amount are on one and the same page, and each row appears exactly once.
    const rows = sampleDocument().blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows).toHaveLength(TABLE_ROWS);
    for (const [, date, , amount] of rows) {
      const pages = pageTexts.map((text, i) => (text.includes(date!) ? i : -1)).filter((i) => i >= 0);
      expect(pages, `row ${date}`).toHaveLength(1);
      expect(pageTexts[pages[0]!]).toContain(amount);
    }
  });

  it('justifies body lines to the right margin and indents the first line by two characters', () => {
    const xml = run('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-']);
    const lines = [...xml.matchAll(/<line xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
      xMin: Number(m[1]),
      xMax: Number(m[2]),
      text: [...m[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
    }));
    // Longer than any table cell, so only the paragraph's own lines qualify.
    const paragraph = lines.filter((l) => l.text.length > 12 && LONG_PARAGRAPH.includes(l.text));
    expect(paragraph.length).toBeGreaterThanOrEqual(5);
    const rightMargin = 595.28 - 73.7;
    expect(paragraph[0]!.xMin).toBeCloseTo(79.37 + 24, 1);
    paragraph.slice(1).forEach((l) => expect(l.xMin).toBeCloseTo(79.37, 1));
    paragraph.slice(0, -1).forEach((l) => expect(l.xMax, l.text).toBeCloseTo(rightMargin, 1));
    expect(paragraph.at(-1)!.xMax).toBeLessThan(rightMargin - 12);
  });

  it('puts ink on the page: glyphs have outlines', () => {
    const prefix = join(dir, 'page1');
    run('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
    const { width, height, pixels } = parsePgm(readFileSync(`${prefix}.pgm`));
    expect(Math.abs(width - (595.28 / 72) * 50)).toBeLessThan(1.5);
    const dark = (from: number, to: number): number => {
      let count = 0;
      for (let i = from * width; i < to * width; i++) if (pixels[i]! < 128) count++;
      return count / ((to - from) * width);
    };
    const all = dark(0, height);
    expect(all).toBeGreaterThan(0.01);
    expect(all).toBeLessThan(0.3);
    // The title band (top margin to ~110 pt) and the footer band (bottom 60 pt) both carry ink.
    const px = (pt: number): number => Math.round((pt / 72) * 50);
    expect(dark(px(72), px(110))).toBeGreaterThan(0.01);
    expect(dark(height - px(60), height - px(25))).toBeGreaterThan(0.001);
  });

  it('is deterministic: the same document and date give the same bytes', async () => {
    const again = await renderPdf(sampleDocument(), fonts, { createdAt: CREATED });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a character the font lacks, naming it and its code point', async () => {
    const doc: DocumentModel = {
      ...sampleDocument(),
      blocks: [{ kind: 'paragraph', text: '被告：吉𠮷，女。', indent: true, align: 'justify' }],
    };
    const error = await renderPdf(doc, fonts).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DossierError);
    const dossierError = error as DossierError;
    expect(dossierError.code).toBe('missing-glyph');
    expect(dossierError.text.zh).toContain('“𠮷”(U+20BB7)');
    expect(dossierError.text.en).toContain('U+20BB7');
    // Only the missing character is named, not its neighbours.
    expect(dossierError.text.zh).not.toContain('吉');
  });

  it('splits only a row taller than a page, repeating the header on every page it reaches', async () => {
    const huge = '本行为超长单元格内容，用于检验跨页拆分。'.repeat(150);
    const doc: DocumentModel = {
      title: '长表',
      meta: { templateId: 't', templateVersion: '1', dataHash: 'h' },
      blocks: [{ kind: 'table', header: ['项目', '说明'], rows: [['甲', '短'], ['乙', huge], ['丙', '末行']], columnWidths: [1, 3] }],
    };
    const out = join(dir, 'tall-row.pdf');
    writeFileSync(out, await renderPdf(doc, fonts));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [out]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const texts = Array.from({ length: pages }, (_, i) => squash(run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), out, '-'])));
    texts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('项目说明');
      expect(text).toContain(`第${i + 1}页共${pages}页`);
    });
    // The tall row starts on page 1 right after 甲 (it cannot fit anywhere whole), and 丙 follows it.
    expect(texts[0]).toContain('乙本行为超长');
    expect(texts.at(-1)).toContain('丙末行');
    // Nothing lost or doubled at the page split (a phrase may straddle it, so count a character of it).
    expect(texts.join('').split('超').length - 1).toBe(150);
    expect(texts.join('').split('检').length - 1).toBe(150);
  });

  it('renders a minimal document to one page with a footer', async () => {
    const doc: DocumentModel = { title: '空白', meta: { templateId: 't', templateVersion: '1', dataHash: 'h' }, blocks: [{ kind: 'page-break' }] };
    const out = join(dir, 'empty.pdf');
    writeFileSync(out, await renderPdf(doc, fonts));
    expect(run('pdfinfo', [out])).toMatch(/^Pages:\s+1$/m);
    expect(squash(run('pdftotext', [out, '-']))).toBe('第1页共1页');
    expect(run('pdffonts', [out]).trim().split('\n')).toHaveLength(3);
  });
});

/** Reads a binary greyscale PGM (P5, maxval 255) as pdftoppm -gray writes it. */
function parsePgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P5 PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

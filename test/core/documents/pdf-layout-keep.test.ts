import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../core/documents/document-model';
import { buildFilingData } from '../../../core/documents/filing-data';
import { layoutDocument, NO_MORE_TEXT, PAGE_WITHOUT_TEXT } from '../../../core/documents/pdf-layout';
import { renderDocx } from '../../../core/documents/render-docx';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import { renderTemplate } from '../../../core/documents/template-engine';
import { defaultTemplatesDir } from '../../../electron/services/open-services';
import { createTemplateStore } from '../../../electron/services/template-store';
import { useTempDir } from '../../support/temp-dir';

// Every character one em wide: enough to exercise pagination without a real font.
const metrics = () => 1;

function pageOf(pages: ReturnType<typeof layoutDocument>, text: string): number {
  return pages.findIndex((page) => page.items.some((item) => item.kind === 'text' && item.text.includes(text)));
}

function documentWithFiller(fillerLines: number, closing: Block[]): DocumentModel {
  const filler: Block[] = Array.from({ length: fillerLines }, (_, i) => ({ kind: 'paragraph', text: `第${i}行`, indent: false, align: 'left' }));
  return { title: 't', meta: { templateId: 't', templateVersion: '1', dataHash: 'h' }, blocks: [...filler, ...closing] };
}

const closing: Block[] = [
  { kind: 'paragraph', text: '此致', indent: true, align: 'justify', keepWithNext: true },
  { kind: 'paragraph', text: '某某市人民法院', indent: false, align: 'left', keepWithNext: true },
  { kind: 'signature', lines: ['具状人：某银行', '2026年11月28日'] },
];

describe('keep with next', () => {
  it('moves 此致 and the court to the page of the signature when they would be parted', () => {
    // Find a filler length that leaves room for 此致 and the court, but not for the signature too.
    for (let filler = 20; filler < 30; filler++) {
      const loose = layoutDocument(documentWithFiller(filler, closing.map((b) => (b.kind === 'paragraph' ? { ...b, keepWithNext: false } : b))), metrics);
      if (pageOf(loose, '此致') !== pageOf(loose, '具状人')) {
        const kept = layoutDocument(documentWithFiller(filler, closing), metrics);
        expect(pageOf(kept, '此致')).toBe(pageOf(kept, '具状人'));
        expect(pageOf(kept, '某某市人民法院')).toBe(pageOf(kept, '具状人'));
        return;
      }
    }
    throw new Error('no filler length parted the closing from the signature');
  });
});

describe('the signature never stands alone on a page', () => {
  const lastText = (page: ReturnType<typeof layoutDocument>[number]) => page.items.filter((item) => item.kind === 'text').at(-1);
  const signatureOnly: Block[] = [{ kind: 'signature', lines: ['具状人：某银行', '2026年11月28日'] }];

  for (const [name, ending] of [['after 此致 and the court', closing], ['right after the text', signatureOnly]] as const) {
    it(`prints （以下无正文） under the text when the closing moves to the next page (${name})`, () => {
      let moved = 0;
      let stayed = 0;
      for (let filler = 15; filler < 40; filler++) {
        const pages = layoutDocument(documentWithFiller(filler, [...ending]), metrics);
        const signaturePage = pageOf(pages, '具状人');
        const note = pageOf(pages, NO_MORE_TEXT);
        const startsPage = pages[signaturePage]!.items.some((item) => item.kind === 'text' && item.text.startsWith('第'));
        if (!startsPage) {
          moved++;
          // Under the last text of the page before: a page filled to its last line is laid out again with that line
          // kept free, so the note always has its line and （此页无正文） is never needed.
          expect(note).toBe(signaturePage - 1);
          expect((lastText(pages[note]!) as { text: string }).text).toContain(NO_MORE_TEXT);
          expect(pageOf(pages, PAGE_WITHOUT_TEXT)).toBe(-1);
        } else {
          stayed++;
          expect(note).toBe(-1);
          expect(pageOf(pages, PAGE_WITHOUT_TEXT)).toBe(-1);
        }
      }
      expect(moved).toBeGreaterThan(0);
      expect(stayed).toBeGreaterThan(0);
    });
  }

  it('keeps the real complaint\'s signature with text whatever length its evidence table has', async () => {
    const store = createTemplateStore(defaultTemplatesDir());
    let moved = 0;
    for (let rows = 1; rows <= 30; rows++) {
      const source = sampleFilingSource('2026-11-28');
      source.sources = { complaint: { evidence: Array.from({ length: rows }, (_, i) => ({ name: `证据${i + 1}`, source: '原告', proves: '待证事实' })) } };
      const model = await renderTemplate(store.load('complaint'), buildFilingData(source), 'h');
      const pages = layoutDocument(model, metrics);
      const signaturePage = pageOf(pages, '具状人');
      const texts = pages[signaturePage]!.items.filter((item) => item.kind === 'text').map((item) => (item as { text: string }).text).join('');
      const before = texts.slice(0, texts.indexOf('此致'));
      expect(pageOf(pages, PAGE_WITHOUT_TEXT)).toBe(-1);
      if (before.trim() === '') {
        moved++;
        expect(pageOf(pages, NO_MORE_TEXT)).toBe(signaturePage - 1);
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});

describe('the signature keeps its text on the page in Word too', () => {
  const tempDir = useTempDir();
  /** The w:p elements of the DOCX body in order, as XML. */
  async function paragraphs(blocks: Block[]): Promise<string[]> {
    const file = join(tempDir(), 'keep.docx');
    writeFileSync(file, await renderDocx({ title: 't', meta: { templateId: 't', templateVersion: '1', dataHash: 'h' }, blocks }));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    return xml.match(/<w:p[ >].*?<\/w:p>/gs) ?? [];
  }
  const text = (p: string) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
  const kept = (p: string) => p.includes('<w:keepNext/>');

  it('keeps the last paragraph before 此致 with it, and only that one', async () => {
    const ps = await paragraphs([
      { kind: 'paragraph', text: '前文', indent: true, align: 'justify' },
      { kind: 'paragraph', text: '末段', indent: true, align: 'justify' },
      ...closing,
    ]);
    expect(kept(ps.find((p) => text(p) === '末段')!)).toBe(true);
    expect(kept(ps.find((p) => text(p) === '前文')!)).toBe(false);
  });

  it('keeps the last table row (and the space after the table) with a signature that follows it', async () => {
    const ps = await paragraphs([
      { kind: 'table', header: [], rows: [['一', '甲'], ['二', '乙']] },
      { kind: 'signature', lines: ['具状人：某银行', '2026年11月28日'] },
    ]);
    expect(ps.filter((p) => ['二', '乙'].includes(text(p))).every(kept)).toBe(true);
    expect(ps.filter((p) => ['一', '甲'].includes(text(p))).some(kept)).toBe(false);
    const spacer = ps.findIndex((p) => text(p) === '具状人：某银行') - 1;
    expect(kept(ps[spacer]!)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../core/documents/document-model';
import { layoutDocument } from '../../../core/documents/pdf-layout';

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

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultBundleOrder, bundlePlan } from '../../../core/bundle/bundle-order';
import { BundleText } from '../../../core/bundle/bundle-text';
import { chineseNumeral, exhibitLabel, volumeLabel } from '../../../core/bundle/exhibit-label';
import { orientationMatrix } from '../../../core/bundle/exif-orientation';
import { readJpegInfo } from '../../../core/bundle/jpeg-info';
import { a4For, apply, contentArea, fitInto, multiply, STAMP, transformBox, uprightMatrix } from '../../../core/bundle/page-geometry';
import type { Box } from '../../../core/bundle/page-geometry';
import { embedSubset } from '../../../core/documents/pdf-fonts';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import { scanJpeg } from '../../support/bundle-sources';
import { testFonts } from '../../support/fonts';

describe('exhibit labels', () => {
  it('writes numbers the way filings do', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1010].map(chineseNumeral)).toEqual(
      ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千', '一千零一十'],
    );
    expect(exhibitLabel(12)).toBe('证据十二');
    expect(volumeLabel(2)).toBe('第二册');
    expect(() => chineseNumeral(0)).toThrow();
  });
});

function item(id: number, kind: EvidenceItem['kind'], proves: string, extra: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id, caseId: 1, kind, title: `item ${id}`, proves, periodFrom: '', periodTo: '', source: '原告', excluded: false, recordedName: '', recordedIdNumber: '',
    hasKeyTermNotice: false, fileName: `f${id}.pdf`, fileType: 'pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: 'a'.repeat(64), pageCount: 1, addedAt: '', ...extra,
  };
}

describe('bundle order', () => {
  it('follows the evidence list and groups items proving the same fact, groups in order of first appearance', () => {
    const items = [
      item(1, 'statement', '透支事实'),
      item(2, 'application-form', '合同关系'),
      item(3, 'contact-record', '催收'),
      item(4, 'card-agreement', '合同关系'),
      item(5, 'arrears-calculation', '透支事实'),
    ];
    // Evidence-list order: application-form(2), card-agreement(4), statement(1), contact-record(3), arrears(5).
    expect(defaultBundleOrder(items).map((i) => i.id)).toEqual([2, 4, 1, 5, 3]);
  });

  it('lists Word files and excluded items as left out, with the reason, after the bundle items', () => {
    const plan = bundlePlan(1, [item(1, 'statement', 'a'), item(2, 'other', 'b', { fileType: 'docx' }), item(3, 'identity', 'c', { excluded: true })]);
    expect(plan.defaultOrder).toEqual([1]);
    expect(plan.items.map((i) => [i.evidenceId, i.leftOut === null])).toEqual([[1, true], [3, false], [2, false]]);
    expect(plan.items[2]!.leftOut?.zh).toContain('PDF');
  });
});

const inside = (inner: Box, outer: Box) => inner[0] >= outer[0] - 1e-6 && inner[1] >= outer[1] - 1e-6 && inner[2] <= outer[2] + 1e-6 && inner[3] <= outer[3] + 1e-6;

describe('page geometry', () => {
  it('places any page, of any size and rotation, between the stamp bands of its A4 page', () => {
    fc.assert(fc.property(
      fc.double({ min: 50, max: 3000, noNaN: true }), fc.double({ min: 50, max: 3000, noNaN: true }),
      fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }),
      fc.constantFrom(0, 90, 180, 270, -90, 450),
      (w, h, x0, y0, rotate) => {
        const box: Box = [x0, y0, x0 + w, y0 + h];
        const upright = uprightMatrix(box, rotate);
        const page = a4For(upright.width, upright.height);
        const placed = multiply(upright.matrix, fitInto(upright.width, upright.height, contentArea(page)).matrix);
        const shown = transformBox(placed, box);
        expect(inside(shown, contentArea(page))).toBe(true);
        expect(shown[1]).toBeGreaterThanOrEqual(STAMP.bottomBand - 1e-6);
        expect(shown[3]).toBeLessThanOrEqual(page.height - STAMP.topBand + 1e-6);
      },
    ));
  });

  it('shows a page turned by /Rotate 90 with its left edge at the top, as viewers do', () => {
    const box: Box = [0, 0, 100, 200];
    const { matrix, width, height } = uprightMatrix(box, 90);
    expect([width, height]).toEqual([200, 100]);
    // The original bottom-left corner goes to the top-left, the top-left to the top-right.
    expect(apply(matrix, 0, 0)).toEqual([0, 100]);
    expect(apply(matrix, 0, 200)).toEqual([200, 100]);
  });

  it('turns the unit square for each EXIF orientation onto itself', () => {
    for (let o = 1; o <= 8; o++) {
      const m = orientationMatrix(o);
      expect(transformBox(m, [0, 0, 1, 1]).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 0, 1, 1]);
    }
    // 6 = turned 90° clockwise to view: the stored top-left corner ends top-right.
    expect(apply(orientationMatrix(6), 0, 1)).toEqual([1, 1]);
  });
});

describe('jpeg info', () => {
  it('reads size and EXIF orientation without decoding', () => {
    const info = readJpegInfo(scanJpeg(64, 32, 8));
    expect(info).toMatchObject({ width: 64, height: 32, components: 3, supported: true, orientation: 8 });
    expect(readJpegInfo(scanJpeg(64, 32))?.orientation).toBe(1);
    expect(readJpegInfo(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('bundle text', () => {
  it('encodes and measures per character exactly as pdf-lib shapes the same text', async () => {
    const fonts = await testFonts();
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const sample = '证据目录 第12页/共30页 — 7 — SHA-256 ab12 信用卡纠纷（虚构）';
    const font = await embedSubset(doc, fonts.regular, new Set(sample));
    const text = new BundleText(font);
    expect(text.hex(sample)).toBe(font.encodeText(sample).toString());
    expect(text.width(sample, 10.5)).toBeCloseTo(font.widthOfTextAtSize(sample, 10.5), 6);
  });
});

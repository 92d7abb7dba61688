import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { BundleExhibit } from '../../../core/bundle/bundle-model';
import { buildToFiles, bundleMetadata, outline, pageLinks, pageTexts, qpdfCheck, squashedPageTexts } from '../../support/bundle-inspect';
import { encryptedPdf, scanJpeg, scanPng, textPdf, truncated } from '../../support/bundle-sources';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('dossier-bundle-');

const sha = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

function exhibit(title: string, mediaType: BundleExhibit['mediaType'], bytes: Uint8Array, n: number, proves = '被告透支消费、还款及逾期的事实'): BundleExhibit {
  return { title, source: '原告', proves, fileName: `${title}.${mediaType}`, sha256: sha(n), mediaType, bytes };
}

/** A case of mixed exhibits: odd sizes, rotation, split content, a form field, scans with EXIF and transparency. */
async function mixedCase(): Promise<{ exhibits: BundleExhibit[]; sourcePages: number }> {
  const exhibits = [
    exhibit('信用卡申请表', 'pdf', await textPdf('Application', 2, { formField: 'LI Xiaomei' }), 1, '被告申领信用卡，双方成立信用卡合同关系'),
    exhibit('领用合约', 'pdf', await textPdf('Agreement', 3, { size: [841.89, 1190.55] }), 2),
    exhibit('身份证', 'jpeg', scanJpeg(800, 500, 6), 3),
    exhibit('对账单', 'pdf', await textPdf('Statement', 4, { rotate: 90, splitContent: true }), 4),
    // Lazily loaded, as the service passes its sources.
    { ...exhibit('催收函签收回执', 'png', new Uint8Array(), 5), bytes: () => scanPng(620, 877, 200) },
    exhibit('欠款计算明细', 'pdf', await textPdf('Arrears', 1, { size: [612, 792] }), 6),
  ];
  return { exhibits, sourcePages: 2 + 3 + 1 + 4 + 1 + 1 };
}

describe('buildBundle', () => {
  it('has cover, index, a divider per exhibit and every source page; each page carries its number and label', async () => {
    const dir = tempDir();
    const { exhibits, sourcePages } = await mixedCase();
    const { report, paths } = await buildToFiles(dir, exhibits);
    expect(paths).toHaveLength(1);
    const texts = squashedPageTexts(paths[0]!);
    // Page count = sources + cover + index + dividers.
    expect(report.indexPages).toBe(1);
    expect(texts).toHaveLength(sourcePages + 1 + report.indexPages + exhibits.length);
    expect(report.pageCount).toBe(texts.length);
    texts.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`—${i + 1}—`));
    expect(texts[0]).toContain('证据材料');
    expect(texts[0]).toContain('李晓梅');
    expect(texts[1]).toContain('证据目录');
    for (const placed of report.exhibits) {
      expect(texts[placed.dividerPage - 1]).toContain(placed.label);
      expect(texts[placed.dividerPage - 1]).toContain(placed.sha256);
      for (let page = placed.firstPage; page <= placed.lastPage; page++) {
        expect(texts[page - 1], `page ${page}`).toContain(`${placed.label}第${page - placed.firstPage + 1}页/共${placed.pageCount}页`);
      }
    }
    // The sources' own text survives (the text PDFs), and in order.
    expect(texts[report.exhibits[0]!.firstPage - 1]).toContain('Applicationpage1');
    expect(texts[report.exhibits[3]!.lastPage - 1]).toContain('Statementpage4');
    expect(qpdfCheck(paths[0]!).ok).toBe(true);
  });

  it('prints on the index the page ranges that are stamped on the pages, and a short SHA-256 per exhibit', async () => {
    const dir = tempDir();
    const { exhibits } = await mixedCase();
    const { report, paths } = await buildToFiles(dir, exhibits);
    const texts = squashedPageTexts(paths[0]!);
    const indexText = pageTexts(paths[0]!).slice(1, 1 + report.indexPages).join('\n');
    for (const placed of report.exhibits) {
      const row = indexText.split('\n').find((line) => line.includes(placed.label));
      const range = placed.firstPage === placed.lastPage ? `${placed.firstPage}` : `${placed.firstPage}–${placed.lastPage}`;
      expect(row, placed.label).toMatch(new RegExp(`\\s${range}\\s`));
      expect(row).toContain(placed.sha256.slice(0, 8));
      // The range printed is where the label's pages are stamped.
      expect(texts[placed.firstPage - 1]).toContain(`${placed.label}第1页`);
      expect(texts[placed.lastPage - 1]).toContain(`${placed.label}第${placed.pageCount}页/共${placed.pageCount}页`);
      expect(texts[placed.lastPage]?.includes(`${placed.label}第`) ?? false).toBe(false);
    }
  });

  it('bookmarks every exhibit at its divider, links every index row there, and records each SHA-256 in the metadata', async () => {
    const dir = tempDir();
    const { exhibits } = await mixedCase();
    const { report, paths } = await buildToFiles(dir, exhibits);
    const bytes = readFileSync(paths[0]!);
    const marks = await outline(bytes);
    expect(marks).toHaveLength(2 + exhibits.length);
    expect(marks.slice(0, 2)).toEqual([{ title: '封面', page: 1 }, { title: '证据目录', page: 2 }]);
    report.exhibits.forEach((placed, i) => expect(marks[i + 2]).toEqual({ title: `${placed.label} ${placed.title}`, page: placed.dividerPage }));
    const links = await pageLinks(bytes, 2);
    expect(links.map((l) => l.page)).toEqual(report.exhibits.map((e) => e.dividerPage));
    // Rows are stacked top to bottom without overlapping.
    links.slice(1).forEach((link, i) => expect(link.rect[3]!).toBeLessThanOrEqual(links[i]!.rect[1]! + 0.01));
    const meta = await bundleMetadata(bytes);
    for (const placed of report.exhibits) {
      expect(meta.hashes).toContain(`${placed.label} ${placed.sha256}`);
      expect(meta.xmp).toContain(`<dossier:sha256>${placed.sha256}</dossier:sha256>`);
    }
    expect(meta.title).toContain('李晓梅');
  });

  it('splits into volumes above the page limit, numbering on across them, with links to the other volume', async () => {
    const dir = tempDir();
    const exhibits = [
      exhibit('对账单一', 'pdf', await textPdf('One', 12), 1),
      exhibit('对账单二', 'pdf', await textPdf('Two', 12), 2),
      exhibit('对账单三', 'pdf', await textPdf('Three', 12), 3),
    ];
    const { report, paths } = await buildToFiles(dir, exhibits, { maxPagesPerVolume: 30 });
    expect(report.volumes.length).toBeGreaterThan(1);
    expect(paths).toHaveLength(report.volumes.length);
    let expected = 1;
    paths.forEach((path, v) => {
      const texts = squashedPageTexts(path);
      expect(texts.length).toBeLessThanOrEqual(30);
      texts.forEach((text) => expect(text).toContain(`—${expected++}—`));
      expect(qpdfCheck(path).ok).toBe(true);
      if (v > 0) expect(texts[0]).toMatch(/第[二三四]册/);
    });
    expect(expected - 1).toBe(report.pageCount);
    const links = await pageLinks(readFileSync(paths[0]!), 2);
    const later = report.exhibits.filter((e) => e.volume > 1);
    expect(later.length).toBeGreaterThan(0);
    for (const placed of later) {
      const link = links[report.exhibits.indexOf(placed)]!;
      const volume = report.volumes[placed.volume - 1]!;
      expect(link.remote).toEqual({ file: `bundle-${placed.volume}.pdf`, page: placed.dividerPage - volume.firstPage + 1 });
    }
  });

  it('turns a JPEG by its EXIF orientation and downsamples an image finer than the limit', async () => {
    const dir = tempDir();
    // 1500 × 1000 stored landscape, EXIF 6: upright it is portrait; fitted on A4 it prints at ~150 dpi, over 1.5 × 72.
    const { report, paths } = await buildToFiles(dir, [exhibit('身份证', 'jpeg', scanJpeg(1500, 1000, 6), 1)], { maxImageDpi: 72 });
    expect(report.exhibits[0]!.downsampled).toBe(true);
    const info = execFileSync('pdfimages', ['-list', paths[0]!], { encoding: 'utf8' });
    const row = info.split('\n').find((line) => /image/.test(line))!;
    const [width, height] = row.trim().split(/\s+/).slice(3, 5).map(Number);
    // Stored (not upright) pixels, shrunk to about 72 dpi over the printed height of ~10 inches.
    expect(width).toBeGreaterThan(height!);
    expect(width).toBeLessThan(1500);
    const size = (await PDFDocument.load(readFileSync(paths[0]!))).getPage(report.exhibits[0]!.firstPage - 1).getSize();
    expect(size.height).toBeGreaterThan(size.width);
  });

  it('refuses an encrypted PDF that needs a password, naming the file, and opens one protected only against editing', async () => {
    const dir = tempDir();
    const plain = await textPdf('Secret', 2);
    const locked = encryptedPdf(dir, plain, 'user-pass', 'locked.pdf');
    await expect(buildToFiles(dir, [exhibit('对账单', 'pdf', locked, 1)])).rejects.toMatchObject({
      code: 'invalid-input', location: { file: '对账单.pdf' }, text: { zh: expect.stringContaining('已加密') },
    });
    const ownerOnly = encryptedPdf(dir, plain, '', 'owner-only.pdf');
    const { paths } = await buildToFiles(dir, [exhibit('对账单', 'pdf', ownerOnly, 1)]);
    const texts = squashedPageTexts(paths[0]!);
    expect(texts.at(-1)).toContain('Secretpage2');
    expect(qpdfCheck(paths[0]!).ok).toBe(true);
  });

  it('refuses a damaged (truncated) PDF, an empty one, a damaged image and an unsupported file, naming each', async () => {
    const dir = tempDir();
    const good = await textPdf('Good', 3);
    const cases: [BundleExhibit, RegExp][] = [
      [exhibit('截断的对账单', 'pdf', truncated(good, 0.5), 1), /已损坏/],
      [exhibit('空文件', 'pdf', new Uint8Array(), 2), /文件为空/],
      [exhibit('截断的扫描件', 'png', truncated(scanPng(300, 300), 0.7), 3), /已损坏|不完整/],
      [exhibit('表格', 'pdf', new TextEncoder().encode('PK\u0003\u0004 not a pdf'), 4), /格式不支持/],
    ];
    for (const [bad, message] of cases) {
      const error = await buildToFiles(dir, [exhibit('正常', 'pdf', good, 9), bad]).then(() => null, (e: unknown) => e);
      expect(error, bad.fileName).toMatchObject({ location: { file: bad.fileName } });
      expect((error as { text: { zh: string } }).text.zh).toMatch(message);
      expect((error as { text: { zh: string } }).text.zh).toContain('证据二');
    }
  });

  it('refuses a source over the size or page limit', async () => {
    const dir = tempDir();
    const pdf = await textPdf('Big', 4);
    await expect(buildToFiles(dir, [exhibit('大文件', 'pdf', pdf, 1)], { maxSourceBytes: 1000 })).rejects.toMatchObject({ text: { zh: expect.stringContaining('过大') } });
    await expect(buildToFiles(dir, [exhibit('大文件', 'pdf', pdf, 1)], { maxSourcePages: 3 })).rejects.toMatchObject({ text: { zh: expect.stringContaining('过大') } });
    await expect(buildToFiles(dir, [exhibit('大图', 'png', scanPng(400, 400), 1)], { maxImagePixels: 1000 })).rejects.toMatchObject({ text: { zh: expect.stringContaining('过大') } });
  });
});


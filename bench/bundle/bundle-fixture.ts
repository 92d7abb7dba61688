/**
 * The benchmark's case: 20 exhibits, about 120 pages, mixed as a real credit-card file is — statements
 * and agreements as text PDFs (some with Chinese text from the app's own renderer), identity cards and
 * signed letters as scans (JPEG at 200 dpi, PNG at 150 dpi). Files are written to a folder; image
 * exhibits also get a one-page PDF twin for qpdf, which cannot merge images.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { BundleMediaType } from '../../core/bundle/bundle-model';
import type { DocumentModel } from '../../core/documents/document-model';
import { renderPdf } from '../../core/documents/render-pdf';
import { loadDocumentFonts } from '../../electron/services/document-fonts';
import { scanJpeg, scanPng, textPdf } from '../../test/support/bundle-sources';

/** One generated exhibit file. */
export type BenchFile = { title: string; path: string; mediaType: BundleMediaType; pages: number; pdfTwin: string };

async function chinesePdf(title: string, pages: number): Promise<Uint8Array> {
  const rows = Array.from({ length: pages * 22 }, (_, i) => [`2025-${String((i % 12) + 1).padStart(2, '0')}-15`, i % 5 === 0 ? '还款' : '消费', `${(i * 173.21).toFixed(2)}`, '昆明某商城（虚构）']);
  const model: DocumentModel = {
    title, meta: { templateId: 'bench', templateVersion: '1', dataHash: 'bench' },
    blocks: [{ kind: 'title', text: title }, { kind: 'table', header: ['日期', '类型', '金额（元）', '摘要'], rows }],
  };
  return renderPdf(model, await loadDocumentFonts(), { createdAt: new Date('2026-11-01T00:00:00Z') });
}

async function imagePdf(bytes: Uint8Array, mediaType: 'jpeg' | 'png'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = mediaType === 'jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save();
}

/** Writes the 20 exhibits into `dir`. */
export async function writeBenchCase(dir: string): Promise<BenchFile[]> {
  const files: BenchFile[] = [];
  const add = async (title: string, mediaType: BundleMediaType, bytes: Uint8Array, pages: number) => {
    const n = files.length + 1;
    const path = join(dir, `exhibit-${n}.${mediaType === 'jpeg' ? 'jpg' : mediaType}`);
    writeFileSync(path, bytes);
    let pdfTwin = path;
    if (mediaType !== 'pdf') {
      pdfTwin = join(dir, `exhibit-${n}-twin.pdf`);
      writeFileSync(pdfTwin, await imagePdf(bytes, mediaType));
    }
    files.push({ title, path, mediaType, pages, pdfTwin });
  };
  for (let i = 0; i < 20; i++) {
    if (i % 10 === 2 || i % 10 === 6) await add(`身份证明扫描件 ${i + 1}`, 'jpeg', scanJpeg(1654, 2339), 1);
    else if (i % 10 === 4) await add(`催收函签收回执 ${i + 1}`, 'png', scanPng(1240, 1754), 1);
    else if (i % 3 === 0) await add(`对账单 ${i + 1}`, 'pdf', await chinesePdf(`信用卡对账单（第${i + 1}期）`, 7), 0);
    else await add(`交易明细 ${i + 1}`, 'pdf', await textPdf(`Transactions ${i + 1}`, 8), 8);
  }
  for (const file of files) {
    if (file.mediaType === 'pdf' && file.pages === 0) {
      file.pages = (await PDFDocument.load(readFileSync(file.path))).getPageCount();
    }
  }
  return files;
}

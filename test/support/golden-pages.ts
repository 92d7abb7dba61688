/**
 * Golden page images: pages of fixed filings rendered by poppler (pdftoppm) to 8-bit grey, stored
 * gzipped as PGM under test/fixtures/golden, and compared with a tolerance so anti-aliasing noise passes
 * but a moved line, a lost glyph or a different font does not. Regenerate with
 * `npx tsx test/support/regenerate-fixtures.ts` after an intended change, and look at the pages first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildFilingData } from '../../core/documents/filing-data';
import { renderPdf } from '../../core/documents/render-pdf';
import { sampleFilingSource } from '../../core/documents/sample-filing-data';
import { renderTemplate } from '../../core/documents/template-engine';
import { createTemplateStore } from '../../electron/services/template-store';
import { defaultTemplatesDir } from '../../electron/services/open-services';
import { loadDocumentFonts } from '../../electron/services/document-fonts';

/** A grey image: one byte per pixel, 0 = black. */
export type GreyImage = { width: number; height: number; pixels: Uint8Array };

/** Resolution of the golden images: enough to see every line of text, small enough to commit. */
export const GOLDEN_DPI = 50;

/** The golden pages: a template rendered for the fictional sample filing, and the page kept. */
export const goldenPages = [
  { name: 'complaint-element-2025-p1', templateId: 'complaint-element-2025', page: 1, evidenceRows: 0 },
  { name: 'evidence-list-120-rows-p2', templateId: 'evidence-list', page: 2, evidenceRows: 120 },
] as const;
export type GoldenPage = (typeof goldenPages)[number];

export const goldenDir = fileURLToPath(new URL('../fixtures/golden', import.meta.url));

/** The filing data of a golden page: the sample filing, with a long evidence list when asked for. */
export function goldenData(evidenceRows: number) {
  const source = sampleFilingSource('2026-11-28');
  if (evidenceRows > 0) {
    source.inputs = {
      ...source.inputs,
      evidence: Array.from({ length: evidenceRows }, (_, i) => ({
        name: `对账单（${2020 + Math.floor(i / 12)}年${(i % 12) + 1}月）`,
        source: '原告',
        proves: i % 5 === 0 ? '被告当期透支消费、还款及逾期的事实，以及截至账单日的欠款余额' : '被告当期透支及还款情况',
        pages: 1 + (i % 3),
        sha256: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8),
      })),
    };
  }
  return buildFilingData(source);
}

/** The PDF of a golden page's template. */
export async function goldenPdf(golden: GoldenPage): Promise<Uint8Array> {
  const template = createTemplateStore(defaultTemplatesDir()).load(golden.templateId);
  const data = goldenData(golden.evidenceRows);
  const model = await renderTemplate(template, data, 'golden');
  return renderPdf(model, await loadDocumentFonts(), { createdAt: new Date('2026-11-28T02:00:00Z') });
}

/** Parses a binary PGM (P5, maxval 255). */
export function parsePgm(data: Uint8Array): GreyImage {
  const head = Buffer.from(data.subarray(0, 64)).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (!match) throw new Error('not a P5 PGM');
  const width = Number(match[1]);
  const height = Number(match[2]);
  return { width, height, pixels: data.subarray(match[0].length, match[0].length + width * height) };
}

/** Renders one page of a PDF file to grey pixels with pdftoppm. */
export function renderPage(pdfPath: string, page: number, dpi = GOLDEN_DPI): GreyImage {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-page-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, join(dir, 'page')]);
    return parsePgm(readFileSync(join(dir, 'page.pgm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders page `page` of PDF bytes. */
export function renderPdfPage(bytes: Uint8Array, page: number, dpi = GOLDEN_DPI): GreyImage {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return renderPage(path, page, dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stored golden image. */
export function readGolden(name: string): GreyImage {
  return parsePgm(gunzipSync(readFileSync(join(goldenDir, `${name}.pgm.gz`))));
}

/** Stores an image as a golden (gzipped PGM). */
export function writeGolden(name: string, image: GreyImage): void {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  writeFileSync(join(goldenDir, `${name}.pgm.gz`), gzipSync(Buffer.concat([header, Buffer.from(image.pixels)]), { level: 9 }));
}

/** How far two images differ: mean absolute difference (0–255) and the share of pixels off by more than 96. */
export function compareImages(a: GreyImage, b: GreyImage): { sameSize: boolean; meanDifference: number; differingShare: number } {
  if (a.width !== b.width || a.height !== b.height) return { sameSize: false, meanDifference: 255, differingShare: 1 };
  let sum = 0;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0));
    sum += d;
    if (d > 96) differing++;
  }
  return { sameSize: true, meanDifference: sum / a.pixels.length, differingShare: differing / a.pixels.length };
}

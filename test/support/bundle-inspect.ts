/**
 * Reads a built bundle back the way a clerk and a viewer would: text of each page (pdftotext), the
 * outline and the index's links resolved to page numbers (pdf-lib), the qpdf structural check.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { buildBundle } from '../../core/bundle/build-bundle';
import type { BundleRequest } from '../../core/bundle/build-bundle';
import { defaultBundleOptions } from '../../core/bundle/bundle-model';
import type { BundleExhibit, BundleHeader, BundleOptions, BundleReport } from '../../core/bundle/bundle-model';
import { testFonts } from './fonts';

/** A fictional case header. */
export const testHeader: BundleHeader = {
  plaintiff: '云岭银行股份有限公司信用卡中心（虚构）', defendant: '李晓梅', cause: '信用卡纠纷', court: '昆明市五华区人民法院',
  courtCaseNumber: '（2026）云0102民初1234号', submittedBy: '云岭银行股份有限公司信用卡中心（虚构）', date: '2026-11-28',
};

/** Builds in memory; writes each volume to `dir` as bundle-N.pdf and returns the paths with the report. */
export async function buildToFiles(dir: string, exhibits: BundleExhibit[], options: Partial<BundleOptions> = {}, extra: Partial<BundleRequest> = {}): Promise<{ report: BundleReport; paths: string[] }> {
  const chunks: Uint8Array[][] = [];
  const report = await buildBundle({
    header: testHeader, exhibits, fonts: await testFonts(),
    options: { ...defaultBundleOptions, createdAt: new Date('2026-11-28T02:00:00Z'), ...options },
    sink: (volume) => {
      chunks[volume] = [];
      return { write: (chunk) => void chunks[volume]!.push(chunk), close: () => undefined };
    },
    volumeFileName: (volume) => `bundle-${volume}.pdf`,
    ...extra,
  });
  const paths = chunks.slice(1).map((parts, i) => {
    const path = join(dir, `bundle-${i + 1}.pdf`);
    writeFileSync(path, Buffer.concat(parts));
    return path;
  });
  return { report, paths };
}

/** The text of every page, in order (pdftotext -layout). */
export function pageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The text of every page without any whitespace (text extraction spaces narrow gaps unpredictably). */
export function squashedPageTexts(path: string): string[] {
  return pageTexts(path).map((text) => text.replace(/\s+/g, ''));
}

/** qpdf --check: exit code and output. */
export function qpdfCheck(path: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function decodeText(object: unknown): string {
  return object instanceof PDFHexString || object instanceof PDFString ? object.decodeText() : '';
}

/** The outline: each bookmark's title and the 1-based page its destination is on. */
export async function outline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(bytes);
  const pageOf = pageIndexer(doc);
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const items: { title: string; page: number }[] = [];
  let ref = root.get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const item = doc.context.lookup(ref, PDFDict);
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    items.push({ title: decodeText(item.lookup(PDFName.of('Title'))), page: pageOf(dest.get(0)) });
    ref = item.get(PDFName.of('Next'));
  }
  return items;
}

/** The links of one page (1-based): the page each /Dest leads to, or the remote file and page of a GoToR. */
export async function pageLinks(bytes: Uint8Array, page: number): Promise<{ rect: number[]; page: number | null; remote: { file: string; page: number } | null }[]> {
  const doc = await PDFDocument.load(bytes);
  const pageOf = pageIndexer(doc);
  const annots = doc.getPage(page - 1).node.Annots();
  if (!annots) return [];
  return annots.asArray().map((ref) => {
    const annot = doc.context.lookup(ref, PDFDict);
    const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()));
    const dest = annot.lookup(PDFName.of('Dest'));
    if (dest instanceof PDFArray) return { rect, page: pageOf(dest.get(0)), remote: null };
    const action = annot.lookup(PDFName.of('A'), PDFDict);
    const file = action.lookup(PDFName.of('F'), PDFDict);
    const target = action.lookup(PDFName.of('D'), PDFArray);
    return { rect, page: null, remote: { file: decodeText(file.lookup(PDFName.of('UF'))), page: Number(target.get(0).toString()) + 1 } };
  });
}

function pageIndexer(doc: PDFDocument): (ref: unknown) => number {
  const refs = doc.getPages().map((p) => p.ref);
  return (ref) => refs.findIndex((r) => r === ref) + 1;
}

/** The Info dictionary's custom hash list and the XMP packet. */
export async function bundleMetadata(bytes: Uint8Array): Promise<{ hashes: string; xmp: string; title: string }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const metadata = doc.catalog.lookup(PDFName.of('Metadata'));
  const xmp = metadata && 'contents' in metadata ? new TextDecoder().decode((metadata as { contents: Uint8Array }).contents) : '';
  return { hashes: decodeText(info.lookup(PDFName.of('DossierEvidenceSHA256'))), xmp, title: doc.getTitle() ?? '' };
}

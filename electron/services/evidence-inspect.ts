/**
 * Checks a file before it enters the evidence store: size within the configured limit, a type we accept
 * recognised from its bytes, and readable. PDFs and images first pass the bundle's own checks
 * (core/bundle/source-check.ts: page tree and page limit, encryption, pixel limit), so a file accepted here
 * never stops a bundle later; a PDF is then opened with pdf.js (the reader the app previews with) and its
 * pages loaded; images are checked by core/evidence/file-type.ts. Returns the type and page count.
 */
import { inflateRawSync } from 'node:zlib';
import { checkBundleSource } from '../../core/bundle/source-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DossierError } from '../../core/errors';
import { evidenceMimeTypes } from '../../core/evidence/evidence-model';
import type { EvidenceFileType } from '../../core/evidence/evidence-model';
import { evidenceFileType } from '../../core/evidence/file-type';
import { nativeInflate } from './bundle-files';

/** What inspection learns about an acceptable file. */
export type InspectedFile = { fileType: EvidenceFileType; mimeType: string; pageCount: number | null };

function refused(fileName: string, zh: string, en: string): DossierError {
  return new DossierError('invalid-input', { zh: `${zh}：“${fileName}”。文件未保存`, en: `${en}: "${fileName}". Nothing was stored` }, { file: fileName });
}

/** Opens the PDF with pdf.js and loads its first `pages` pages (the count the bundle's check found). */
async function checkPreviewable(bytes: Uint8Array, fileName: string, pages: number): Promise<void> {
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, stopAtErrors: true, verbosity: 0, useSystemFonts: false }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw refused(fileName, 'PDF 已加密（需要密码才能打开），请提供未加密的文件', 'The PDF is encrypted (a password is needed to open it); provide an unencrypted copy');
    throw refused(fileName, 'PDF 文件已损坏，无法打开', 'The PDF is damaged and cannot be opened');
  }
  try {
    if (document.numPages < 1) throw new Error('no pages');
    for (let n = 1; n <= Math.min(document.numPages, pages); n++) await document.getPage(n);
  } catch {
    throw refused(fileName, 'PDF 文件已损坏，部分页面无法读取', 'The PDF is damaged: some pages cannot be read');
  } finally {
    await document.destroy();
  }
}

/** One entry of a ZIP package (DOCX), inflated; null when absent. */
function zipEntry(bytes: Buffer, name: string): Buffer | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return null;
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(offset + 28);
    const entryName = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const local = bytes.readUInt32LE(offset + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + bytes.readUInt32LE(offset + 20));
      return bytes.readUInt16LE(offset + 10) === 0 ? data : inflateRawSync(data);
    }
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return null;
}

/** Inspects a file; throws a DossierError naming the file when it cannot be stored. */
export async function inspectEvidenceFile(bytes: Buffer, fileName: string, maxBytes: number): Promise<InspectedFile> {
  if (bytes.length === 0) throw refused(fileName, '文件为空', 'The file is empty');
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw refused(fileName, `文件大小 ${mb(bytes.length)} MB，超过上限 ${mb(maxBytes)} MB`, `The file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit`);
  }
  const fileType = evidenceFileType(bytes, fileName);
  let pageCount: number | null = null;
  if (fileType === 'pdf' || fileType === 'png' || fileType === 'jpeg') {
    pageCount = (await checkBundleSource(bytes, fileName, fileType, nativeInflate)).pageCount;
    if (fileType === 'pdf') await checkPreviewable(bytes, fileName, pageCount);
  }
  else if (fileType === 'docx') {
    try {
      const app = zipEntry(bytes, 'docProps/app.xml')?.toString('utf8') ?? '';
      const pages = /<Pages>(\d+)<\/Pages>/.exec(app);
      pageCount = pages ? Number(pages[1]) : null;
    } catch {
      throw refused(fileName, 'Word 文件已损坏', 'The Word file is damaged');
    }
  }
  return { fileType, mimeType: evidenceMimeTypes[fileType], pageCount };
}

/**
 * Recognises an evidence file by its bytes, not its name, and checks that an image can be read: a
 * PNG's chunks with their CRCs from IHDR to IEND, a JPEG's markers from SOI through a frame header to
 * EOI. PDFs are opened by the service (pdf.js), which also counts pages; DOCX and XLSX are checked
 * for the package parts Word and Excel need. A file that fails gets an error naming it.
 */
import { DossierError } from '../errors';
import type { EvidenceFileType } from './evidence-model';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, as PNG and ZIP use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
const u16le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32le = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

function unreadable(fileName: string, what: { zh: string; en: string }): DossierError {
  return new DossierError('invalid-input', {
    zh: `无法读取文件“${fileName}”：${what.zh}。文件未保存`,
    en: `The file "${fileName}" cannot be read: ${what.en}. Nothing was stored`,
  }, { file: fileName });
}

/** Checks a PNG's structure; returns its pixel size. */
function checkPng(bytes: Uint8Array, fileName: string): { width: number; height: number } {
  let offset = 8;
  let size: { width: number; height: number } | null = null;
  while (offset + 12 <= bytes.length) {
    const length = u32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length) throw unreadable(fileName, { zh: 'PNG 数据不完整（文件被截断）', en: 'the PNG data is incomplete (truncated file)' });
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== u32(bytes, offset + 8 + length)) {
      throw unreadable(fileName, { zh: `PNG 数据块 ${type} 校验失败（文件已损坏）`, en: `the PNG chunk ${type} fails its CRC (damaged file)` });
    }
    if (offset === 8 && type !== 'IHDR') break;
    if (type === 'IHDR') size = { width: u32(bytes, offset + 8), height: u32(bytes, offset + 12) };
    if (type === 'IEND') {
      if (!size || size.width === 0 || size.height === 0) break;
      return size;
    }
    offset = end;
  }
  throw unreadable(fileName, { zh: 'PNG 结构不完整', en: 'the PNG structure is incomplete' });
}

/** Checks a JPEG's markers; returns its pixel size. */
function checkJpeg(bytes: Uint8Array, fileName: string): { width: number; height: number } {
  let offset = 2;
  let size: { width: number; height: number } | null = null;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) { offset++; continue; }
    if (marker === 0xd9) break;
    if (marker >= 0xd0 && marker <= 0xd7) { offset += 2; continue; }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (length < 2 || offset + 2 + length > bytes.length) break;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      size = { height: (bytes[offset + 5]! << 8) | bytes[offset + 6]!, width: (bytes[offset + 7]! << 8) | bytes[offset + 8]! };
    }
    if (marker === 0xda) {
      // Entropy-coded data follows; the image must end with EOI (trailing padding allowed).
      let last = bytes.length - 1;
      while (last > offset && bytes[last] === 0x00) last--;
      if (bytes[last - 1] === 0xff && bytes[last] === 0xd9 && size && size.width > 0 && size.height > 0) return size;
      break;
    }
    offset += 2 + length;
  }
  throw unreadable(fileName, { zh: 'JPEG 图像结构不完整或已损坏', en: 'the JPEG structure is incomplete or damaged' });
}

/** The names of the entries in a ZIP's central directory (DOCX and XLSX are ZIP packages). */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65_557); end--) {
    if (u32le(bytes, end) !== 0x06054b50) continue;
    const count = u16le(bytes, end + 10);
    let offset = u32le(bytes, end + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || u32le(bytes, offset) !== 0x02014b50) return null;
      const nameLength = u16le(bytes, offset + 28);
      names.push(new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
      offset += 46 + nameLength + u16le(bytes, offset + 30) + u16le(bytes, offset + 32);
    }
    return names;
  }
  return null;
}

/** Recognises the file type from its bytes; throws for anything else or for an unreadable image or package. */
export function evidenceFileType(bytes: Uint8Array, fileName: string): EvidenceFileType {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-') || String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (bytes.length >= 8 && u32(bytes, 0) === 0x89504e47 && u32(bytes, 4) === 0x0d0a1a0a) {
    checkPng(bytes, fileName);
    return 'png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    checkJpeg(bytes, fileName);
    return 'jpeg';
  }
  if (head.startsWith('PK\u0003\u0004')) {
    const names = zipEntryNames(bytes);
    if (!names) throw unreadable(fileName, { zh: '压缩包目录损坏', en: 'the package directory is damaged' });
    if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
    if (names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml')) return 'xlsx';
    throw unreadable(fileName, { zh: '不是 Word（.docx）或 Excel（.xlsx）文件', en: 'it is neither a Word (.docx) nor an Excel (.xlsx) file' });
  }
  throw new DossierError('invalid-input', {
    zh: `不支持的文件类型：“${fileName}”。可添加 PDF、JPEG、PNG、DOCX、XLSX 文件。文件未保存`,
    en: `Unsupported file type: "${fileName}". Add PDF, JPEG, PNG, DOCX or XLSX files. Nothing was stored`,
  }, { file: fileName });
}

/** The pixel size of a PNG or JPEG already accepted by evidenceFileType. */
export function imageSize(bytes: Uint8Array, type: 'png' | 'jpeg', fileName: string): { width: number; height: number } {
  return type === 'png' ? checkPng(bytes, fileName) : checkJpeg(bytes, fileName);
}

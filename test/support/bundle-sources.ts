/**
 * Evidence files generated in code for the bundle's tests and benchmark: text PDFs (odd sizes, rotated,
 * several content streams, a filled form field), scans as JPEG (with an EXIF orientation) and PNG (plain,
 * with transparency, palette), an encrypted PDF made by qpdf, and damaged files. All content fictional.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { encode as encodePng } from 'fast-png';
import { encode as encodeJpeg } from 'jpeg-js';

/** Options of a generated text PDF. */
export type TextPdfOptions = { size?: [number, number]; rotate?: number; splitContent?: boolean; formField?: string };

/** A PDF of `pages` pages of Latin text ("<title> page n" and filler lines), in Helvetica. */
export async function textPdf(title: string, pages: number, options: TextPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [width, height] = options.size ?? [595.28, 841.89];
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([width, height]);
    // Ink to the very edges: a stamp placed over the page would cover it.
    page.drawRectangle({ x: 0, y: 0, width, height, borderColor: rgb(0, 0, 0.6), borderWidth: 6 });
    page.drawText(`${title} page ${n}`, { x: 40, y: height - 60, size: 18, font });
    for (let line = 0; line < 30; line++) {
      page.drawText(`Statement line ${line + 1}: 2025-0${(line % 9) + 1}-15 purchase ${(line * 137.31).toFixed(2)} CNY`, { x: 40, y: height - 100 - line * 20, size: 10, font });
    }
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  if (options.formField) {
    const form = doc.getForm();
    const field = form.createTextField('holder');
    field.setText(options.formField);
    field.addToPage(doc.getPage(0), { x: 40, y: 40, width: 300, height: 30 });
    field.defaultUpdateAppearances(font);
  }
  let bytes: Uint8Array = await doc.save({ useObjectStreams: false });
  if (options.splitContent) bytes = await withSplitContent(bytes);
  return bytes;
}

/** Re-saves a PDF with each page's drawing split over two content streams (as some scanners write). */
async function withSplitContent(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const page of doc.getPages()) page.drawText(' ', { x: 1, y: 1, size: 1 });
  return doc.save({ useObjectStreams: false });
}

/** A greyish "scanned page" pattern: dark bars like lines of text on light paper, and a thick frame. */
function scanPixels(width: number, height: number, channels: 3 | 4, alpha = 255): Uint8Array {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const frame = x < width / 40 || y < height / 40 || x > width - width / 40 || y > height - height / 40;
      const line = Math.floor(y / Math.max(1, Math.floor(height / 60))) % 3 === 0 && x > width / 10 && x < width * 0.9 && (x * 7 + y) % 11 > 2;
      // A marker in the upper-left quarter shows which way up the picture is.
      const marker = x < width / 4 && y < height / 6;
      const v = frame || line ? 40 : marker ? 200 : 235;
      const i = (y * width + x) * channels;
      data[i] = marker ? 220 : v;
      data[i + 1] = marker ? 30 : v;
      data[i + 2] = marker ? 30 : v;
      if (channels === 4) data[i + 3] = alpha;
    }
  }
  return data;
}

/** An EXIF APP1 segment with only the orientation tag (TIFF, big-endian). */
function exifSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

/** A JPEG "scan" of `width` × `height` pixels; with `orientation`, an EXIF tag saying how to turn it. */
export function scanJpeg(width: number, height: number, orientation?: number, quality = 80): Uint8Array {
  const encoded = encodeJpeg({ width, height, data: scanPixels(width, height, 4) }, quality).data;
  const bytes = new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  if (!orientation) return bytes;
  return Uint8Array.from([...bytes.subarray(0, 2), ...exifSegment(orientation), ...bytes.subarray(2)]);
}

/** A PNG "scan": RGB, or RGBA with the given alpha. */
export function scanPng(width: number, height: number, alpha?: number): Uint8Array {
  const channels = alpha === undefined ? 3 : 4;
  return encodePng({ width, height, data: scanPixels(width, height, channels, alpha ?? 255), channels, depth: 8 });
}

/** Encrypts a PDF with qpdf: an owner password only (opens without one), or a user password too. */
export function encryptedPdf(dir: string, bytes: Uint8Array, userPassword: string, name = 'encrypted.pdf'): Uint8Array {
  const input = join(dir, `plain-${name}`);
  const output = join(dir, name);
  writeFileSync(input, bytes);
  execFileSync('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', input, output]);
  return readFileSync(output);
}

/** The first `share` of a file: what a broken download or copy leaves. */
export function truncated(bytes: Uint8Array, share = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

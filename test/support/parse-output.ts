import type { ErrorPayload } from '../../core/errors';
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/** The text of a PDF as a reader's copy-paste sees it (poppler's pdftotext), whitespace removed. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Collapses all whitespace, so text wrapped over lines compares as written. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `pdffonts` rows: font name, whether embedded and subset. */
export function pdfFonts(path: string): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/);
    // Columns from the right: object ID (2), uni, sub, emb.
    const n = parts.length;
    return { name: parts[0]!, embedded: parts[n - 5] === 'yes', subset: parts[n - 4] === 'yes' };
  });
}

/** Reads one entry of a ZIP file (a DOCX) without extracting to disk: stored or deflated entries. */
export function zipEntry(path: string, entryName: string): string {
  const zip = readFileSync(path);
  // Walk the central directory: it has the sizes even when local headers use data descriptors.
  const endOffset = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(endOffset + 10);
  let offset = zip.readUInt32LE(endOffset + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) {
      const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${entryName} not found in ${path}`);
}

/** The visible text of a DOCX body: the w:t runs joined, so values split over runs still match. */
export function docxText(path: string): string {
  const xml = zipEntry(path, 'word/document.xml');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/**
 * The value a CLI command printed with --json: the output must be exactly the contract's Result envelope
 * `{ "ok": true, "value": … }` (no other key), otherwise the test fails with what was printed.
 */
export function cliValue<T = Record<string, unknown>>(out: string): T {
  const envelope = JSON.parse(out) as Record<string, unknown>;
  if (envelope.ok !== true || !('value' in envelope) || Object.keys(envelope).length !== 2) throw new Error(`not a success envelope: ${out.slice(0, 500)}`);
  return envelope.value as T;
}

/** The error a CLI command printed with --json: exactly `{ "ok": false, "error": … }`. */
export function cliError(out: string): ErrorPayload {
  const envelope = JSON.parse(out) as Record<string, unknown>;
  if (envelope.ok !== false || !('error' in envelope) || Object.keys(envelope).length !== 2) throw new Error(`not an error envelope: ${out.slice(0, 500)}`);
  return envelope.error as ErrorPayload;
}

/**
 * A minimal ZIP writer for Office packages: deflated entries, fixed timestamps (so equal input gives equal
 * bytes), no data descriptors. Deflate comes from pdf-lib's compressor (zlib stream, whose 2-byte header
 * and Adler-32 trailer are cut off to leave the raw DEFLATE data ZIP wants); core stays free of node:zlib.
 * Entries that never change (styles, settings, the footer) are compressed once and reused.
 */
import { PDFContext } from '@cantoo/pdf-lib';

/** One file ready to go into the archive. */
export type ZipEntry = { name: Uint8Array; crc: number; size: number; data: Uint8Array; method: 0 | 8 };

const encoder = new TextEncoder();
const scratch = PDFContext.create();

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of bytes, as ZIP records it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

/** Raw DEFLATE data of bytes. */
function deflateRaw(bytes: Uint8Array): Uint8Array {
  const zlib = scratch.flateStream(bytes).getContents();
  return zlib.subarray(2, zlib.length - 4);
}

/** Prepares an entry: the text is UTF-8 encoded and deflated (stored when deflate would not help). */
export function zipEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const deflated = deflateRaw(bytes);
  const stored = deflated.length >= bytes.length;
  return { name: encoder.encode(name), crc: crc32(bytes), size: bytes.length, data: stored ? bytes : deflated, method: stored ? 0 : 8 };
}

// 1980-01-01 00:00, the earliest DOS date: a fixed stamp keeps the output reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The archive of the entries, in order. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const headerSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(headerSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // UTF-8 names
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/**
 * What the bundle needs to know about a JPEG without decoding it: pixel size, components, coding
 * process, the EXIF orientation a phone camera records instead of turning the pixels (TIFF 6.0 tag 274,
 * values 1–8), the resolution from JFIF or EXIF, and Adobe's inverted-CMYK marker. A PDF carries a
 * baseline or progressive 8-bit JPEG as it is (DCTDecode); other coding processes are refused.
 */

/** Facts read from the markers. */
export type JpegInfo = {
  width: number;
  height: number;
  components: number;
  /** Baseline or progressive Huffman, 8 bits: what DCTDecode readers accept. */
  supported: boolean;
  /** 1 (as stored) … 8; see exif-orientation.ts. */
  orientation: number;
  /** Dots per inch, when the file says. */
  dpi: number | null;
  /** Adobe APP14 present: CMYK data is stored inverted. */
  adobe: boolean;
};

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;

/** Reads the markers up to the first scan; null when the bytes are not a JPEG. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const info: JpegInfo = { width: 0, height: 0, components: 0, supported: false, orientation: 1, dpi: null, adobe: false };
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) { offset++; continue; }
    if (marker === 0xd9 || marker === 0xda) break;
    if (marker >= 0xd0 && marker <= 0xd7) { offset += 2; continue; }
    const length = u16(bytes, offset + 2);
    const body = offset + 4;
    if (length < 2 || offset + 2 + length > bytes.length) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      info.height = u16(bytes, body + 1);
      info.width = u16(bytes, body + 3);
      info.components = bytes[body + 5]!;
      info.supported = (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) && bytes[body] === 8;
    } else if (marker === 0xe0 && ascii(bytes, body, 5) === 'JFIF\0' && info.dpi === null) {
      const units = bytes[body + 7];
      const density = u16(bytes, body + 8);
      if (units === 1 && density > 1) info.dpi = density;
      else if (units === 2 && density > 1) info.dpi = density * 2.54;
    } else if (marker === 0xe1 && ascii(bytes, body, 6) === 'Exif\0\0') {
      readExif(bytes, body + 6, offset + 2 + length, info);
    } else if (marker === 0xee && ascii(bytes, body, 5) === 'Adobe') {
      info.adobe = true;
    }
    offset += 2 + length;
  }
  return info.width > 0 && info.height > 0 ? info : null;
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** Orientation (274) and, when JFIF gave none, X resolution (282) with its unit (296) from IFD0. */
function readExif(bytes: Uint8Array, tiff: number, end: number, info: JpegInfo): void {
  if (tiff + 8 > end) return;
  const little = bytes[tiff] === 0x49;
  const r16 = (o: number) => (little ? bytes[o]! | (bytes[o + 1]! << 8) : u16(bytes, o));
  const r32 = (o: number) => (little
    ? (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24)) >>> 0
    : ((bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!) >>> 0);
  if (r16(tiff + 2) !== 42) return;
  const ifd = tiff + r32(tiff + 4);
  if (ifd + 2 > end) return;
  const count = r16(ifd);
  let resolution: number | null = null;
  let unit = 2;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return;
    const tag = r16(entry);
    if (tag === 0x0112) {
      const value = r16(entry + 8);
      if (value >= 1 && value <= 8) info.orientation = value;
    } else if (tag === 0x011a) {
      const at = tiff + r32(entry + 8);
      if (at + 8 <= end) {
        const denominator = r32(at + 4);
        if (denominator > 0) resolution = r32(at) / denominator;
      }
    } else if (tag === 0x0128) {
      unit = r16(entry + 8);
    }
  }
  if (info.dpi === null && resolution !== null && resolution > 1) info.dpi = unit === 3 ? resolution * 2.54 : resolution;
}

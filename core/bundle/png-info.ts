/**
 * A PNG's header and data read from its chunks (ISO/IEC 15948), without inflating anything. When the
 * image is non-interlaced, 8-bit or less, grey, RGB or palette, and without transparency, its zlib data
 * is exactly what a PDF image with the PNG predictor takes (PDF 32000-1 §7.4.4.4): the bundle then
 * embeds it untouched. Everything else is decoded and re-encoded.
 */

/** Facts from IHDR, PLTE, tRNS, pHYs, and the joined IDAT data. */
export type PngInfo = {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha. */
  colorType: number;
  interlaced: boolean;
  palette: Uint8Array | null;
  transparency: boolean;
  dpi: number | null;
  idat: Uint8Array;
};

const u32 = (b: Uint8Array, o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads the chunks; null when the bytes are not a complete PNG. */
export function readPngInfo(bytes: Uint8Array): PngInfo | null {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  let info: Omit<PngInfo, 'idat'> | null = null;
  const idat: Uint8Array[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 8 <= bytes.length) {
    const length = u32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = offset + 8;
    if (data + length + 4 > bytes.length) return null;
    if (type === 'IHDR') {
      info = {
        width: u32(bytes, data), height: u32(bytes, data + 4), bitDepth: bytes[data + 8]!, colorType: bytes[data + 9]!,
        interlaced: bytes[data + 12] === 1, palette: null, transparency: false, dpi: null,
      };
    } else if (info && type === 'PLTE') info.palette = bytes.slice(data, data + length);
    else if (info && type === 'tRNS') info.transparency = true;
    else if (info && type === 'pHYs' && bytes[data + 8] === 1) {
      const perMetre = u32(bytes, data);
      if (perMetre > 0) info.dpi = perMetre * 0.0254;
    } else if (type === 'IDAT') idat.push(bytes.subarray(data, data + length));
    else if (type === 'IEND') { ended = true; break; }
    offset = data + length + 4;
  }
  if (!info || !ended || idat.length === 0 || info.width === 0 || info.height === 0) return null;
  const joined = new Uint8Array(idat.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of idat) {
    joined.set(part, at);
    at += part.length;
  }
  return { ...info, idat: joined };
}

/** Whether the PNG's own data can be embedded as it is (see the module comment). */
export function embeddableAsIs(info: PngInfo): boolean {
  if (info.interlaced || info.transparency) return false;
  if (info.colorType === 0) return [1, 2, 4, 8].includes(info.bitDepth);
  if (info.colorType === 2) return info.bitDepth === 8;
  if (info.colorType === 3) return info.palette !== null && [1, 2, 4, 8].includes(info.bitDepth);
  return false;
}

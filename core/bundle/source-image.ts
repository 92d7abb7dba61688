/**
 * A JPEG or PNG exhibit as one A4 page: the page takes the picture's upright orientation (EXIF), the
 * picture is fitted between the stamp bands — at its physical size when the file states a resolution and
 * that fits, else as large as fits — and an image finer than `maxImageDpi` at that size is downsampled.
 * A JPEG that needs no downsampling is embedded byte for byte (DCTDecode), a simple PNG likewise (Flate
 * with the PNG predictor); anything else is decoded, composited on white where it has transparency,
 * and re-encoded. Downsampling goes to the build's native resampler when it has one (libvips: a 27 MP phone
 * photo in a fraction of a second) and is done in JavaScript otherwise.
 */
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js';
import { convertIndexedToRgb, decode as decodePng } from 'fast-png';
import { zlibSync } from 'fflate';
import type { BundleOptions, ImageResampler } from './bundle-model';
import { DossierError } from '../errors';
import { damagedError, oversizedError, reasonOf, unsupportedError } from './bundle-errors';
import type { ExhibitRef } from './bundle-errors';
import { orientationMatrix, swapsSides } from './exif-orientation';
import { downsample, onWhite } from './image-resample';
import type { Pixels } from './image-resample';
import { readJpegInfo } from './jpeg-info';
import type { JpegInfo } from './jpeg-info';
import { a4For, contentArea, fitInto, multiply, STAMP } from './page-geometry';
import type { Matrix, PageSize } from './page-geometry';
import { embeddableAsIs, readPngInfo } from './png-info';
import type { PngInfo } from './png-info';

/** An image XObject ready to write, the page it goes on and the matrix that draws it there. */
export type PlacedImage = { dict: string; data: Uint8Array; page: PageSize; matrix: Matrix; downsampled: boolean };

/** Re-encoded JPEG quality: visually lossless for scans of print. */
const JPEG_QUALITY = 85;
// Images up to this factor above the limit are left alone: resampling a 12 MP photo from 375 to 300 dpi saves
// a third of its pixels but costs seconds of pure-JS JPEG decoding and encoding; "large" means well above.
const SLACK = 1.5;

type Facts = { width: number; height: number; orientation: number; dpi: number | null };

/** What the header of an image exhibit says, checked as the bundle needs it. */
export type ImageFacts = Facts & { jpeg: JpegInfo | null; png: PngInfo | null };

/**
 * Reads an image's header and checks what the bundle refuses without decoding: a JPEG or PNG it can read, a JPEG
 * coding a PDF can carry, and no more pixels than `maxImagePixels`. The same check runs when a file is added.
 */
export function checkedImageFacts(bytes: Uint8Array, exhibit: ExhibitRef, maxImagePixels: number): ImageFacts {
  const jpeg = readJpegInfo(bytes);
  const png = jpeg ? null : readPngInfo(bytes);
  if (!jpeg && !png) {
    if (bytes[0] === 0xff && bytes[1] === 0xd8) throw damagedError(exhibit, { zh: 'JPEG 结构不完整', en: 'the JPEG structure is incomplete' });
    if (bytes[0] === 0x89 && bytes[1] === 0x50) throw damagedError(exhibit, { zh: 'PNG 数据不完整', en: 'the PNG data is incomplete' });
    throw unsupportedError(exhibit, { zh: '不是 PDF、JPEG 或 PNG 文件', en: 'it is not a PDF, JPEG or PNG file' });
  }
  const facts: Facts = jpeg
    ? { width: jpeg.width, height: jpeg.height, orientation: jpeg.orientation, dpi: jpeg.dpi }
    : { width: png!.width, height: png!.height, orientation: 1, dpi: png!.dpi };
  if (facts.width * facts.height > maxImagePixels) {
    const mp = (n: number) => (n / 1e6).toFixed(1);
    throw oversizedError(exhibit, { zh: `${facts.width}×${facts.height} 像素（${mp(facts.width * facts.height)} 百万），上限 ${mp(maxImagePixels)} 百万像素`, en: `${facts.width}×${facts.height} pixels (${mp(facts.width * facts.height)} MP), the limit is ${mp(maxImagePixels)} MP` });
  }
  if (jpeg && (!jpeg.supported || ![1, 3, 4].includes(jpeg.components))) {
    throw unsupportedError(exhibit, { zh: '该 JPEG 的编码方式（无损、算术编码或 12 位）PDF 不支持', en: 'this JPEG coding (lossless, arithmetic or 12-bit) cannot go into a PDF' });
  }
  return { ...facts, jpeg, png };
}

/** Places an image exhibit; throws an error naming the file when it cannot be read or is too large. */
export async function placeImage(bytes: Uint8Array, exhibit: ExhibitRef, options: Pick<BundleOptions, 'maxImageDpi' | 'maxImagePixels' | 'resampleImage'>): Promise<PlacedImage> {
  const { jpeg, png, ...facts } = checkedImageFacts(bytes, exhibit, options.maxImagePixels);
  const swap = swapsSides(facts.orientation);
  const upright = { width: swap ? facts.height : facts.width, height: swap ? facts.width : facts.height };
  const page = a4For(upright.width, upright.height);
  // Points per pixel: physical size when the file states one (a 300 dpi ID-card scan prints at card size), else fitted.
  const physical = facts.dpi !== null && facts.dpi >= 50 ? 72 / facts.dpi : Infinity;
  const { matrix: place, scale } = fitInto(upright.width, upright.height, contentArea(page, STAMP.imageInset), physical);
  const printedDpi = 72 / scale;
  const factor = printedDpi > options.maxImageDpi * SLACK ? options.maxImageDpi / printedDpi : 1;
  const target = { width: Math.max(1, Math.round(facts.width * factor)), height: Math.max(1, Math.round(facts.height * factor)) };

  let image: { dict: string; data: Uint8Array };
  const resample = options.resampleImage;
  try {
    if (jpeg) {
      if (factor === 1) image = jpegAsIs(bytes, jpeg.components, jpeg.adobe, facts);
      else image = resample ? await nativelyResampled(resample, bytes, 'jpeg', target) : reencodedJpeg(bytes, target);
    } else if (factor === 1) {
      image = embeddableAsIs(png!) ? pngAsIs(png!) : flateImage(pngPixels(bytes), target);
    } else {
      image = resample ? await nativelyResampled(resample, bytes, 'png', target) : flateImage(pngPixels(bytes), target);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DossierError') throw error;
    throw damagedError(exhibit, { zh: `图像无法解码：${reasonOf(error)}`, en: `the image cannot be decoded: ${reasonOf(error)}` });
  }
  // Unit square → upright unit square (EXIF) → upright pixel size → fitted on the page.
  const size: Matrix = [upright.width, 0, 0, upright.height, 0, 0];
  const matrix = multiply(multiply(orientationMatrix(facts.orientation), size), place);
  return { ...image, page, matrix, downsampled: factor < 1 };
}

function jpegAsIs(bytes: Uint8Array, components: number, adobe: boolean, facts: Facts) {
  const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
  // Adobe writes CMYK JPEGs inverted (APP14); the Decode array turns them back, as pdf-lib's embedder does.
  const decode = components === 4 && adobe ? '/Decode[1 0 1 0 1 0 1 0]' : '';
  return { dict: `<</Type/XObject/Subtype/Image/Width ${facts.width}/Height ${facts.height}/ColorSpace${space}/BitsPerComponent 8/Filter/DCTDecode${decode}>>`, data: bytes };
}

/** The image downsampled to `target` by the injected resampler, embedded as the resampler encoded it. */
async function nativelyResampled(resample: ImageResampler, bytes: Uint8Array, mediaType: 'jpeg' | 'png', target: { width: number; height: number }) {
  const out = await resample(bytes, mediaType, target.width, target.height);
  const jpeg = out.mediaType === 'jpeg' ? readJpegInfo(out.bytes) : null;
  const png = out.mediaType === 'png' ? readPngInfo(out.bytes) : null;
  const size = jpeg ?? png;
  if (!size || size.width !== target.width || size.height !== target.height || (jpeg && (!jpeg.supported || ![1, 3, 4].includes(jpeg.components)))) {
    throw new DossierError('internal', { zh: '图像缩小后的结果无法编入证据材料', en: 'The downsampled image cannot go into the bundle' });
  }
  if (jpeg) return jpegAsIs(out.bytes, jpeg.components, jpeg.adobe, { width: jpeg.width, height: jpeg.height, orientation: 1, dpi: null });
  return embeddableAsIs(png!) ? pngAsIs(png!) : flateImage(pngPixels(out.bytes), target);
}

function reencodedJpeg(bytes: Uint8Array, target: { width: number; height: number }) {
  const decoded = decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 200, maxMemoryUsageInMB: 2048 });
  const small = downsample({ width: decoded.width, height: decoded.height, channels: 4, data: decoded.data }, target.width, target.height);
  const encoded = encodeJpeg({ width: small.width, height: small.height, data: small.data }, JPEG_QUALITY).data;
  return { dict: `<</Type/XObject/Subtype/Image/Width ${small.width}/Height ${small.height}/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/DCTDecode>>`, data: new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength) };
}

function pngAsIs(info: PngInfo) {
  const colors = info.colorType === 2 ? 3 : 1;
  let space = info.colorType === 2 ? '/DeviceRGB' : '/DeviceGray';
  if (info.colorType === 3) {
    const palette = info.palette!;
    let hex = '';
    for (const b of palette) hex += b.toString(16).padStart(2, '0');
    space = `[/Indexed/DeviceRGB ${palette.length / 3 - 1} <${hex}>]`;
  }
  const parms = `/DecodeParms<</Predictor 15/Colors ${colors}/BitsPerComponent ${info.bitDepth}/Columns ${info.width}>>`;
  return { dict: `<</Type/XObject/Subtype/Image/Width ${info.width}/Height ${info.height}/ColorSpace${space}/BitsPerComponent ${info.bitDepth}/Filter/FlateDecode${parms}>>`, data: info.idat };
}

/** A PNG decoded to 8-bit grey or RGB on white. */
function pngPixels(bytes: Uint8Array): Pixels {
  const decoded = decodePng(bytes);
  if (decoded.palette) {
    const rgb = convertIndexedToRgb(decoded);
    const channels = rgb.length / (decoded.width * decoded.height);
    return onWhite({ width: decoded.width, height: decoded.height, channels, data: rgb });
  }
  const count = decoded.width * decoded.height * decoded.channels;
  const data = new Uint8Array(count);
  const source = decoded.data;
  const depth = decoded.depth;
  for (let i = 0; i < count; i++) {
    const v = source[i]!;
    data[i] = depth === 16 ? v >> 8 : depth === 8 ? v : Math.round((v * 255) / ((1 << depth) - 1));
  }
  return onWhite({ width: decoded.width, height: decoded.height, channels: decoded.channels, data });
}

function flateImage(pixels: Pixels, target: { width: number; height: number }) {
  const small = target.width < pixels.width ? downsample(pixels, target.width, target.height) : pixels;
  const space = small.channels === 1 ? '/DeviceGray' : '/DeviceRGB';
  return { dict: `<</Type/XObject/Subtype/Image/Width ${small.width}/Height ${small.height}/ColorSpace${space}/BitsPerComponent 8/Filter/FlateDecode>>`, data: zlibSync(small.data) };
}

/**
 * The bundle's native image resampler: libvips through sharp, which installs from the npm registry with
 * prebuilt binaries. A 27 MP phone photo downsampled to 300 dpi takes a fraction of a second where the
 * pure-JavaScript path (core/bundle/image-resample.ts with jpeg-js) takes seconds (bench/bundle).
 *
 * The output is what core/bundle/source-image.ts embeds as it is: a baseline JPEG at the same quality as the
 * JavaScript path, or a non-interlaced PNG composited on white. The options are fixed, so equal input gives
 * equal bytes. EXIF orientation is left alone (sharp applies it only when asked): the page turns the picture.
 * sharp is loaded on first use, so commands that never downsample a photo never load libvips.
 */
import type { ImageResampler } from '../../core/bundle/bundle-model';

/** Re-encoded JPEG quality, the same as the JavaScript path's. */
const JPEG_QUALITY = 85;
/** Above the bundle's own limit (80 MP), which refuses larger images before they get here. */
const MAX_INPUT_PIXELS = 100_000_000;

let loaded: Promise<typeof import('sharp')> | null = null;

/** Downsamples with libvips (Lanczos 3) to exactly `maxWidth` × `maxHeight`; see the module comment. */
export const sharpImageResampler: ImageResampler = async (bytes, mediaType, maxWidth, maxHeight) => {
  loaded ??= import('sharp');
  const sharp = (await loaded).default;
  const resized = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).resize(maxWidth, maxHeight, { fit: 'fill', kernel: 'lanczos3' });
  const encoded = mediaType === 'jpeg'
    ? resized.jpeg({ quality: JPEG_QUALITY, progressive: false, mozjpeg: false, chromaSubsampling: '4:2:0' })
    : resized.flatten({ background: '#ffffff' }).png({ compressionLevel: 6, adaptiveFiltering: false, progressive: false, palette: false });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mediaType, width: info.width, height: info.height };
};

/**
 * Downsampling by area averaging (a box filter over the exact fractional footprint of each output
 * pixel), done as two separable passes. Averaging rather than picking pixels keeps thin strokes of a
 * scanned signature or seal visible at the lower resolution.
 */

/** 8-bit interleaved pixels. */
export type Pixels = { width: number; height: number; channels: number; data: Uint8Array };

/** Resamples `source` to `width` × `height` (each no larger than the source's). */
export function downsample(source: Pixels, width: number, height: number): Pixels {
  const horizontal = resampleAxis(source, width, true);
  return resampleAxis(horizontal, height, false);
}

/** One pass along x (`alongX`) or y, to `size` samples. */
function resampleAxis(source: Pixels, size: number, alongX: boolean): Pixels {
  const { width, height, channels, data } = source;
  const from = alongX ? width : height;
  if (size >= from) return source;
  const lines = alongX ? height : width;
  const outWidth = alongX ? size : width;
  const outHeight = alongX ? height : size;
  const out = new Uint8Array(outWidth * outHeight * channels);
  const ratio = from / size;
  const sums = new Float64Array(channels);
  // Per output sample: the first source index, and the weight of every source sample it covers.
  const starts = new Int32Array(size);
  const weights: Float64Array[] = [];
  for (let i = 0; i < size; i++) {
    const begin = i * ratio;
    const end = begin + ratio;
    const first = Math.floor(begin);
    const last = Math.min(from - 1, Math.ceil(end) - 1);
    const w = new Float64Array(last - first + 1);
    for (let s = first; s <= last; s++) w[s - first] = (Math.min(end, s + 1) - Math.max(begin, s)) / ratio;
    starts[i] = first;
    weights.push(w);
  }
  const sourceStride = alongX ? channels : width * channels;
  const lineStride = alongX ? width * channels : channels;
  const outSampleStride = alongX ? channels : outWidth * channels;
  const outLineStride = alongX ? outWidth * channels : channels;
  for (let line = 0; line < lines; line++) {
    for (let i = 0; i < size; i++) {
      sums.fill(0);
      const w = weights[i]!;
      let index = line * lineStride + starts[i]! * sourceStride;
      for (let k = 0; k < w.length; k++, index += sourceStride) {
        const weight = w[k]!;
        for (let c = 0; c < channels; c++) sums[c]! += data[index + c]! * weight;
      }
      const target = line * outLineStride + i * outSampleStride;
      for (let c = 0; c < channels; c++) out[target + c] = Math.min(255, Math.round(sums[c]!));
    }
  }
  return { width: outWidth, height: outHeight, channels, data: out };
}

/** Composites pixels with alpha onto white paper and drops the alpha channel (grey+alpha → grey, RGBA → RGB). */
export function onWhite(source: Pixels): Pixels {
  if (source.channels !== 2 && source.channels !== 4) return source;
  const colour = source.channels - 1;
  const count = source.width * source.height;
  const out = new Uint8Array(count * colour);
  for (let p = 0; p < count; p++) {
    const alpha = source.data[p * source.channels + colour]! / 255;
    for (let c = 0; c < colour; c++) {
      out[p * colour + c] = Math.round(source.data[p * source.channels + c]! * alpha + 255 * (1 - alpha));
    }
  }
  return { width: source.width, height: source.height, channels: colour, data: out };
}

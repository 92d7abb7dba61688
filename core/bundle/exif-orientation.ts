/**
 * EXIF orientation (TIFF 6.0 tag 274) as a PDF matrix on the image's unit square. A phone stores the
 * sensor's pixels and records how to turn them; the bundle turns the picture with the matrix when it is
 * drawn, so a JPEG is embedded without decoding. Values: 1 as stored, 2 mirrored, 3 turned 180°,
 * 4 flipped, 5 transposed, 6 turned 90° clockwise, 7 transversed, 8 turned 90° anticlockwise.
 */
import type { Matrix } from './page-geometry';

const MATRICES: Record<number, Matrix> = {
  1: [1, 0, 0, 1, 0, 0],
  2: [-1, 0, 0, 1, 1, 0],
  3: [-1, 0, 0, -1, 1, 1],
  4: [1, 0, 0, -1, 0, 1],
  5: [0, -1, -1, 0, 1, 1],
  6: [0, -1, 1, 0, 0, 1],
  7: [0, 1, 1, 0, 0, 0],
  8: [0, 1, -1, 0, 1, 0],
};

/** The matrix from the stored image's unit square to the upright picture's unit square. */
export function orientationMatrix(orientation: number): Matrix {
  return MATRICES[orientation] ?? MATRICES[1]!;
}

/** Whether the orientation swaps width and height (values 5–8). */
export function swapsSides(orientation: number): boolean {
  return orientation >= 5 && orientation <= 8;
}

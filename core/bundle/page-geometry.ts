/**
 * Where things go on a bundle page. Every page is A4, portrait or landscape after the source page's
 * own orientation. A band at the top carries the exhibit label (right) and a band at the foot the page
 * number (centre); the source page is scaled into the area between them, so a stamp never covers its
 * content — a full A4 scan shrinks to about 90 %, a smaller page keeps its size. Rotated pages
 * (/Rotate) and odd sizes are normalised by the same matrix.
 */

/** An affine matrix [a b c d e f] as PDF's `cm` takes it (x' = a·x + c·y + e, y' = b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

/** A4 in points. */
export const A4 = { short: 595.28, long: 841.89 } as const;

/** The stamp bands and type size, in points. */
export const STAMP = {
  size: 10.5,
  /** Height kept free at the top (label) and at the foot (page number). */
  topBand: 42,
  bottomBand: 40,
  /** Baselines: the label sits 26 pt below the top edge, the number 20 pt above the foot. */
  labelFromTop: 26,
  numberBaseline: 20,
  /** The label's right edge, from the page's right edge. */
  labelRight: 36,
  /** Extra margin around a placed image, so a scan's edge does not touch a stamp. */
  imageInset: 14,
} as const;

/** Page size in points. */
export type PageSize = { width: number; height: number };

/** A4 in the orientation of a `width` × `height` page. */
export function a4For(width: number, height: number): PageSize {
  return width > height ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
}

/** `first` then `second`: the matrix of applying `first` to a point, then `second`. */
export function multiply(first: Matrix, second: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = second;
  return [
    a1 * a2 + b1 * c2, a1 * b2 + b1 * d2,
    c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
    e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2,
  ];
}

/** A box [x0 y0 x1 y1] in a page's user space. */
export type Box = readonly [number, number, number, number];

/** Normalises a box so x0 < x1 and y0 < y1. */
export function normaliseBox([x0, y0, x1, y1]: Box): Box {
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** The visible part of a page: its crop box clipped to its media box (PDF 32000-1 §14.11.2). */
export function visibleBox(mediaBox: Box, cropBox: Box | null): Box {
  const media = normaliseBox(mediaBox);
  if (!cropBox) return media;
  const crop = normaliseBox(cropBox);
  const clipped: Box = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])];
  return clipped[2] > clipped[0] && clipped[3] > clipped[1] ? clipped : media;
}

/**
 * The matrix that shows `box` the way a viewer does for /Rotate `rotate` (clockwise, a multiple of 90),
 * with its lower-left corner at the origin; and the size it then has.
 */
export function uprightMatrix(box: Box, rotate: number): { matrix: Matrix; width: number; height: number } {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  const toOrigin: Matrix = [1, 0, 0, 1, -box[0], -box[1]];
  const turn = (((Math.round(rotate / 90) % 4) + 4) % 4) * 90;
  const turns: Record<number, { m: Matrix; width: number; height: number }> = {
    0: { m: [1, 0, 0, 1, 0, 0], width: w, height: h },
    90: { m: [0, -1, 1, 0, 0, w], width: h, height: w },
    180: { m: [-1, 0, 0, -1, w, h], width: w, height: h },
    270: { m: [0, 1, -1, 0, h, 0], width: h, height: w },
  };
  const chosen = turns[turn]!;
  return { matrix: multiply(toOrigin, chosen.m), width: chosen.width, height: chosen.height };
}

/** The area between the stamp bands of a page, inset by `inset` on every side. */
export function contentArea(page: PageSize, inset = 0): Box {
  return [inset, STAMP.bottomBand + inset, page.width - inset, page.height - STAMP.topBand - inset];
}

/**
 * Scales a `width` × `height` thing into `area`, centred, never enlarging beyond `maxScale`; returns the
 * matrix from its own (upright, origin-based) space to the page, and the scale used.
 */
export function fitInto(width: number, height: number, area: Box, maxScale = 1): { matrix: Matrix; scale: number } {
  const areaWidth = area[2] - area[0];
  const areaHeight = area[3] - area[1];
  const scale = Math.min(maxScale, areaWidth / width, areaHeight / height);
  const x = area[0] + (areaWidth - width * scale) / 2;
  const y = area[1] + (areaHeight - height * scale) / 2;
  return { matrix: [scale, 0, 0, scale, x, y], scale };
}

/** A point through a matrix. */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The bounding box of `box` after `m`. */
export function transformBox(m: Matrix, box: Box): Box {
  const corners = [apply(m, box[0], box[1]), apply(m, box[2], box[1]), apply(m, box[0], box[3]), apply(m, box[2], box[3])];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

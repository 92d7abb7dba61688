/**
 * The stamps every bundle page carries: the continuous page number at the foot, centred, written the way
 * GB/T 9704-2012 §7.5 sets page numbers (Arabic numerals between two 一字线: — 12 —), and at the top
 * right the label of what the page belongs to (证据三 第2页/共5页, 证据目录, 第二册). Positions come from
 * one function, so front pages (drawn with pdf-lib) and source pages (written as operators) agree.
 */
import type { BundleText } from './bundle-text';
import { STAMP } from './page-geometry';
import type { PageSize } from './page-geometry';

/** The page number as stamped: — 12 —. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/** The top-right label of page `index` (1-based) of an exhibit of `count` pages. */
export function exhibitPageLabel(label: string, index: number, count: number): string {
  return `${label} 第${index}页/共${count}页`;
}

/** Characters the stamps can use besides labels: digits and the fixed words. */
export const STAMP_CHARACTERS = '0123456789— 第页共/证据目录册封面';

/** One stamp's text and baseline position. */
export type StampPlacement = { text: string; x: number; y: number; size: number };

/** Where the page number and the label go on a page of `page` size. */
export function stampPlacements(page: PageSize, pageNumber: number, label: string | null, widthOf: (text: string, size: number) => number): StampPlacement[] {
  const size = STAMP.size;
  const number = pageNumberText(pageNumber);
  const placements: StampPlacement[] = [{ text: number, x: (page.width - widthOf(number, size)) / 2, y: STAMP.numberBaseline, size }];
  if (label) placements.push({ text: label, x: page.width - STAMP.labelRight - widthOf(label, size), y: page.height - STAMP.labelFromTop, size });
  return placements;
}

/** Content-stream operators that draw the placements. */
export function stampOperators(placements: readonly StampPlacement[], text: BundleText): string {
  return placements.map((p) => text.show(p.text, p.x, p.y, p.size)).join('\n');
}

/**
 * The page geometry of the PDF and the running state of layout (which page, how far down), shared by the
 * block layout (pdf-layout.ts) and the table layout (pdf-table.ts).
 *
 * Page (GB/T 9704-like, as Chinese courts expect): A4 595.28 × 841.89 pt; margins top/bottom 2.54 cm
 * (72 pt), left 2.8 cm (79.37 pt, the binding side), right 2.6 cm (73.70 pt) — a 442.2 pt measure.
 * Type: body 12 pt (小四) on a fixed 24 pt line pitch (≈ Word's 1.5 lines for 宋体 小四); title 22 pt
 * (二号) bold, centred, 36 pt pitch; headings bold 12 pt; tables 10.5 pt (五号) on 16 pt with 0.5 pt
 * rules; footer 10.5 pt centred with its baseline 42 pt above the page bottom.
 */
import { breakTextLines } from './cjk-line-break';
import { placeLine, textWidth, type FontKey, type LineAlign, type Metrics, type TextItem } from './pdf-line';

/** A straight rule (table border), in PDF points from the bottom-left of the page. */
export type RuleItem = { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; thickness: number };

/** A filled rectangle (the light ground of a table's section row); `grey` 0 = black … 1 = white. */
export type FillItem = { kind: 'fill'; x: number; y: number; width: number; height: number; grey: number };

/** Anything drawn on a page. */
export type DrawItem = TextItem | RuleItem | FillItem;

/** A laid-out page: everything to draw on it except the footer, which needs the page total. */
export type LaidOutPage = { items: DrawItem[] };

/** Page size and margins in points (see the module comment for the reasoning). */
export const PAGE = { width: 595.28, height: 841.89, top: 72, bottom: 72, left: 79.37, right: 73.7 } as const;

/** Type sizes, line pitches and spacing in points. */
export const TYPE = {
  body: { size: 12, pitch: 24 },
  title: { size: 22, pitch: 36, after: 12 },
  heading: { before: 6 },
  cell: { size: 10.5, pitch: 16, padX: 4, padY: 3, rule: 0.5, sectionGrey: 0.9 },
  table: { before: 6, after: 6 },
  signature: { before: 48 },
  footer: { size: 10.5, baseline: 42 },
} as const;

/** Width and height of the text area. */
export const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BODY_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
// The CJK ideographic em box spans about -0.12…0.88 em around the baseline; centre it in the line box.
const EM_BOX_ASCENT = 0.88;

/** How running text is set: font, size, line pitch, alignment and first-line indent. */
export type TextStyle = { font: FontKey; size: number; pitch: number; align: LineAlign; indent?: number };

/** The running state of layout: finished pages, the current page and the cursor below the body top. */
export class Composer {
  private readonly pages: LaidOutPage[] = [];
  private page: LaidOutPage | null = null;
  /** Whether anything (even a blank line) has been placed on the current page. */
  private placed = false;
  /** Distance from the top of the body area to the next free line, in points. */
  cursor = 0;
  /**
   * Points kept free at the foot of one page (by index), so the text before a closing that moves to the next page
   * leaves room for the line that says no text follows; 0 once the closing begins.
   */
  reserve: { page: number; height: number } | null = null;

  constructor(readonly metrics: Metrics) {}

  /** The current page, opened on first use so that page breaks never leave an empty page behind. */
  current(): LaidOutPage {
    if (this.page === null) {
      this.page = { items: [] };
      this.pages.push(this.page);
      this.cursor = 0;
      this.placed = false;
    }
    return this.page;
  }

  /** Claims `height` points of the current page for something just placed. */
  advance(height: number): void {
    this.cursor += height;
    this.placed = true;
  }

  /** Whether nothing has been placed on the current page yet. */
  atPageTop(): boolean {
    return this.page === null || !this.placed;
  }

  /** Points left on the current page. */
  room(): number {
    if (this.page === null) return BODY_HEIGHT;
    const kept = this.reserve !== null && this.reserve.page === this.pageIndex() ? this.reserve.height : 0;
    return BODY_HEIGHT - this.cursor - kept;
  }

  /** The index of the current page (the next one when none is open). */
  pageIndex(): number {
    return this.page === null ? this.pages.length : this.pages.length - 1;
  }

  /** Starts a new page unless the current one is still empty (consecutive or trailing breaks collapse). */
  pageBreak(): void {
    if (!this.atPageTop()) this.page = null;
  }

  /** Makes sure `height` points fit on the current page, breaking first if they do not. */
  ensure(height: number): void {
    if (height > this.room() + 1e-6) this.pageBreak();
  }

  /** Vertical space, dropped at the top of a page. */
  gap(height: number): void {
    if (this.atPageTop()) return;
    if (height >= this.room()) this.pageBreak();
    else this.cursor += height;
  }

  /** PDF y of the baseline of a line box whose top is at cursor `top`. */
  baseline(top: number, size: number, pitch: number): number {
    return PAGE.height - PAGE.top - top - ((pitch - size) / 2 + EM_BOX_ASCENT * size);
  }

  /** How many body lines `text` takes at the body size with the given first-line indent. */
  lineCount(text: string, indent: number): number {
    const measure = (s: string): number => textWidth(s, 'regular', TYPE.body.size, this.metrics);
    return breakTextLines(text, { maxWidth: BODY_WIDTH, firstLineWidth: BODY_WIDTH - indent, measure }).length;
  }

  /** Breaks and places running text across the body width, moving to new pages as needed. */
  text(text: string, style: TextStyle): void {
    const indent = style.indent ?? 0;
    const measure = (s: string): number => textWidth(s, style.font, style.size, this.metrics);
    const lines = breakTextLines(text, { maxWidth: BODY_WIDTH, firstLineWidth: BODY_WIDTH - indent, measure });
    lines.forEach((line, i) => {
      this.ensure(style.pitch);
      const page = this.current();
      const left = PAGE.left + (i === 0 ? indent : 0);
      const box = { left, width: PAGE.left + BODY_WIDTH - left, baseline: this.baseline(this.cursor, style.size, style.pitch) };
      // The last line of a paragraph (and of each hard line within it) is never stretched.
      const align = style.align === 'justify' && line.hard ? 'left' : style.align;
      page.items.push(...placeLine(line.text, style.font, style.size, box, align, this.metrics));
      // A blank line still occupies its pitch: templates use empty paragraphs as spacers.
      this.advance(style.pitch);
    });
  }

  /** All pages, at least one. */
  finish(): LaidOutPage[] {
    this.current();
    return this.pages;
  }
}

export type { TextItem };

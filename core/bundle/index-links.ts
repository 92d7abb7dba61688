/**
 * Finds where each exhibit's row sits on the laid-out index pages, so the row can be made a link to the
 * exhibit. A row is found by its first cell (the label, 证据三, or the first line of it when it wraps)
 * and bounded by the table rules above and below that line.
 */
import { BODY_WIDTH, PAGE } from '../documents/pdf-composer';
import type { LaidOutPage } from '../documents/pdf-layout';
import { INDEX_COLUMNS } from './front-matter';
import type { Box } from './page-geometry';

/** One row's clickable area: which index page (0-based) and the rectangle. */
export type RowArea = { page: number; rect: Box };

/** The row areas of `labels`, in order; a label whose row cannot be found gets null (no link, never a wrong one). */
export function indexRowAreas(pages: readonly LaidOutPage[], labels: readonly string[]): (RowArea | null)[] {
  const columnRight = PAGE.left + (INDEX_COLUMNS[0] ?? 0) * BODY_WIDTH;
  const tableRight = PAGE.left + BODY_WIDTH;
  const areas: (RowArea | null)[] = labels.map(() => null);
  let next = 0;
  pages.forEach((page, pageIndex) => {
    const rules = page.items.flatMap((item) => (item.kind === 'rule' && item.y1 === item.y2 ? [item.y1] : []));
    for (const item of page.items) {
      if (next >= labels.length) return;
      if (item.kind !== 'text' || item.x < PAGE.left || item.x >= columnRight) continue;
      if (item.text === '' || !labels[next]!.startsWith(item.text)) continue;
      const above = rules.filter((y) => y > item.y);
      const below = rules.filter((y) => y < item.y);
      if (above.length > 0 && below.length > 0) {
        areas[next] = { page: pageIndex, rect: [PAGE.left, Math.max(...below), tableRight, Math.min(...above)] };
      }
      next++;
    }
  });
  return areas;
}

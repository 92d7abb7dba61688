/**
 * Which evidence items go into the bundle and in what order. The default follows the evidence list
 * (domain.md §8 order of kinds, then the order items were added; excluded items left out) and groups the
 * items by the fact each proves, groups in the order their first item appears — so the court reads the
 * evidence for one fact together. Word and Excel files cannot be paginated offline and are listed as
 * left out, with the reason, rather than silently dropped.
 */
import type { Bilingual } from '../bilingual';
import { evidenceKinds } from '../evidence/evidence-kinds';
import type { EvidenceItem } from '../evidence/evidence-model';

/** One evidence item as the bundle screen lists it. */
export type BundlePlanItem = {
  evidenceId: number;
  title: string;
  kind: EvidenceItem['kind'];
  fileName: string;
  fileType: EvidenceItem['fileType'];
  pageCount: number | null;
  proves: string;
  source: string;
  sha256: string;
  /** Null when the item can go into the bundle; else why not. */
  leftOut: Bilingual | null;
};

/** The bundle screen's starting point: the items in default order, then those left out. */
export type BundlePlan = { caseId: number; items: BundlePlanItem[]; defaultOrder: number[] };

const BUNDLE_TYPES = new Set(['pdf', 'jpeg', 'png']);

/** Why an item cannot go into the bundle, or null. */
export function leftOutReason(item: EvidenceItem): Bilingual | null {
  if (item.excluded) return { zh: '已从证据目录中排除', en: 'Excluded from the evidence list' };
  if (!BUNDLE_TYPES.has(item.fileType)) {
    return { zh: 'Word/Excel 文件无法直接编页，请另存为 PDF 后作为证据添加', en: 'Word/Excel files cannot be paginated here; save the file as PDF and add that as evidence' };
  }
  return null;
}

/** The evidence list's order: kinds as in domain.md §8, then the order of adding. */
export function evidenceListOrder<T extends Pick<EvidenceItem, 'id' | 'kind'>>(items: readonly T[]): T[] {
  const rank = (kind: string) => evidenceKinds.indexOf(kind as (typeof evidenceKinds)[number]);
  return [...items].sort((a, b) => rank(a.kind) - rank(b.kind) || a.id - b.id);
}

/** The default bundle order: evidence-list order, grouped by the fact proved (see the module comment). */
export function defaultBundleOrder<T extends Pick<EvidenceItem, 'id' | 'kind' | 'proves'>>(items: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const item of evidenceListOrder(items)) {
    const key = item.proves.replace(/\s+/g, '');
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].flat();
}

/** The plan of a case's evidence for the bundle screen. */
export function bundlePlan(caseId: number, items: readonly EvidenceItem[]): BundlePlan {
  const toItem = (item: EvidenceItem): BundlePlanItem => ({
    evidenceId: item.id, title: item.title, kind: item.kind, fileName: item.fileName, fileType: item.fileType, pageCount: item.pageCount,
    proves: item.proves, source: item.source, sha256: item.sha256, leftOut: leftOutReason(item),
  });
  const included = defaultBundleOrder(items.filter((item) => leftOutReason(item) === null));
  const rest = evidenceListOrder(items.filter((item) => leftOutReason(item) !== null));
  return { caseId, items: [...included, ...rest].map(toItem), defaultOrder: included.map((item) => item.id) };
}

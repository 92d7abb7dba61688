/**
 * The evidence list (证据目录, CPL 124(4); domain.md §8): number, name, source, what it proves, its pages in
 * the bundle and a short SHA-256 of the stored file, so the court can match each paper to its file.
 */
import type { EvidenceItemInput } from './document-inputs';

/** One evidence item as the evidence records (or the user) give it. */
export type EvidenceItemFacts = { name: string; source: string; proves: string; pages: number | null; sha256: string };

/** One printed line of the list. */
export type EvidenceListLine = EvidenceItemFacts & {
  seq: number;
  /** "1–3" when every earlier item's page count is known, else the count alone, else "—". */
  pageRange: string;
  /** The first 16 hex digits in two groups of 8, so the column wraps cleanly; "—" without a file. */
  sha256Short: string;
};

/** The evidence list's data. */
export type EvidenceListFacts = { items: EvidenceListLine[]; totalPages: number | null };

/** Numbers the items and works out their page ranges in the bundle. */
export function evidenceListFacts(items: readonly (EvidenceItemFacts | EvidenceItemInput)[]): EvidenceListFacts {
  let next: number | null = 1;
  const lines = items.map((item, index): EvidenceListLine => {
    const pages = item.pages ?? null;
    let pageRange = '—';
    if (pages !== null && pages > 0) {
      pageRange = next === null ? `${pages}页` : pages === 1 ? String(next) : `${next}–${next + pages - 1}`;
      if (next !== null) next += pages;
    } else next = null;
    const sha256 = item.sha256 ?? '';
    return {
      seq: index + 1, name: item.name, source: item.source, proves: item.proves, pages, sha256,
      pageRange,
      sha256Short: sha256 === '' ? '—' : `${sha256.slice(0, 8)} ${sha256.slice(8, 16)}`,
    };
  });
  return { items: lines, totalPages: next === null ? null : next - 1 };
}

/**
 * The evidence a filing lists: the case's own items (issue 3's store) with what was entered on the form laid over
 * them. An entered row names its recorded item by SHA-256 and wins field by field, an empty field taking the
 * record's; rows without a recorded file are the user's own additions and stay. An entered list that names none
 * of the recorded items predates them (the standard set of domain.md §8 the form offered before any evidence was
 * recorded), so the records replace it. Without records the entered list stands alone.
 */
export function evidenceForFiling(
  entered: readonly EvidenceItemInput[] | undefined,
  recorded: readonly EvidenceItemFacts[] | null | undefined,
): readonly (EvidenceItemFacts | EvidenceItemInput)[] | null {
  const records = recorded && recorded.length > 0 ? recorded : null;
  if (!records) return entered ?? null;
  if (!entered) return records;
  const byHash = new Map(records.map((r) => [r.sha256, r]));
  if (!entered.some((row) => byHash.has(row.sha256 ?? ''))) return records;
  const text = (value: string, fallback: string) => (value.trim() === '' ? fallback : value);
  return entered.map((row) => {
    const record = byHash.get(row.sha256 ?? '');
    if (!record) return row;
    return {
      name: text(row.name, record.name), source: text(row.source, record.source), proves: text(row.proves, record.proves),
      pages: row.pages ?? record.pages, sha256: record.sha256,
    };
  });
}

/** What the plaintiff's licence proves when the plaintiff is a branch or card centre suing in its own name. */
export const branchLicenceProves = '原告系依法设立并领取营业执照的银行分支机构，可以自己的名义起诉';

/**
 * For a branch plaintiff, the licence line of the list says what the licence is there for — the branch's standing
 * (Interp 52(6)) — where it still carries the generic 原告的主体资格; text the user wrote stays.
 */
export function withBranchStanding<T extends { name: string; proves: string }>(items: readonly T[], isBranch: boolean): T[] {
  if (!isBranch) return [...items];
  return items.map((item) => (item.proves.trim() === '原告的主体资格' && /营业执照|许可证/.test(item.name) ? { ...item, proves: branchLicenceProves } : item));
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../../core/errors';
import type { CaseListRow } from '../../../../core/case/case-list-query';

/** How many rows one request fetches. */
export const pageSize = 200;

/** Fetches one page of rows for the current filters and sort. */
export type PageFetcher = (offset: number, limit: number) => Promise<{ ok: true; rows: CaseListRow[]; total: number } | { ok: false; error: ErrorPayload }>;

/** The rows fetched so far for one set of filters, by page, and the total that matches. */
export type CasePages = {
  total: number | null;
  error: ErrorPayload | null;
  /** The row at a position, when its page has arrived. */
  rowAt: (index: number) => CaseListRow | undefined;
  /** Asks for the pages covering rows from..to (inclusive) that are not loaded or on their way. */
  ensure: (from: number, to: number) => void;
  /** Every row loaded so far, in list order (for the header checkbox). */
  loaded: CaseListRow[];
};

/**
 * Pages of the case list fetched by offset as the user scrolls. `key` names the filters and sort: when it
 * changes the pages are dropped and page 0 fetched again; an answer for an older key is ignored. `version`
 * refetches the same key (after an archive or an edit).
 */
export function useCasePages(key: string, version: number, fetchPage: PageFetcher): CasePages {
  const [pages, setPages] = useState<ReadonlyMap<number, CaseListRow[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const load = useCallback((page: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    const mine = generation.current;
    void fetcher.current(page * pageSize, pageSize).then((result) => {
      if (mine !== generation.current) return;
      if (!result.ok) {
        requested.current.delete(page);
        setError(result.error);
        return;
      }
      setError(null);
      setTotal(result.total);
      setPages((current) => new Map(current).set(page, result.rows));
    });
  }, []);

  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setPages(new Map());
    load(0);
  }, [key, version, load]);

  const ensure = useCallback((from: number, to: number) => {
    const last = total === null ? 0 : Math.max(0, Math.ceil(total / pageSize) - 1);
    for (let page = Math.max(0, Math.floor(from / pageSize)); page <= Math.min(last, Math.floor(to / pageSize)); page += 1) load(page);
  }, [total, load]);

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages]);
  const loaded = useMemo(() => [...pages.keys()].sort((a, b) => a - b).flatMap((page) => pages.get(page) ?? []), [pages]);
  return { total, error, rowAt, ensure, loaded };
}

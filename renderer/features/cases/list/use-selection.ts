import { useCallback, useState } from 'react';

/** The chosen cases and the row a shift-click extends from. */
export type Selection = {
  ids: ReadonlySet<number>;
  /** A click on a row's checkbox: toggles it, or with shift selects every row from the last click to this one. */
  click: (index: number, id: number, shift: boolean, idsBetween: (from: number, to: number) => number[]) => void;
  /** Replaces the selection (the header checkbox, 选择全部符合条件的案件). */
  set: (ids: Iterable<number>) => void;
  clear: () => void;
};

/** Multi-select over the list's rows by position, with shift-click ranges. */
export function useSelection(): Selection {
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const click = useCallback((index: number, id: number, shift: boolean, idsBetween: (from: number, to: number) => number[]) => {
    setIds((current) => {
      const next = new Set(current);
      if (shift && anchor !== null) {
        for (const each of idsBetween(Math.min(anchor, index), Math.max(anchor, index))) next.add(each);
      } else if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
    setAnchor(index);
  }, [anchor]);

  const set = useCallback((chosen: Iterable<number>) => {
    setIds(new Set(chosen));
    setAnchor(null);
  }, []);
  const clear = useCallback(() => set([]), [set]);
  return { ids, click, set, clear };
}

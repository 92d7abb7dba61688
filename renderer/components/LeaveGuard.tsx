import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useText } from '../i18n/use-text';
import { ConfirmDialog } from './ConfirmDialog';

type LeaveGuardApi = {
  /** Registers whether a form on the page holds unsaved input; returns the unregister function. */
  register: (id: symbol, dirty: boolean) => void;
  unregister: (id: symbol) => void;
  /** Runs `leave` at once when nothing is unsaved, else after the user confirms leaving. */
  attempt: (leave: () => void) => void;
};

const LeaveGuardContext = createContext<LeaveGuardApi | null>(null);

/** Asks before the user leaves a page with unsaved input (another page, or closing the window). Mount once around the app. */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const { t } = useText();
  const dirty = useRef(new Map<symbol, boolean>());
  const [pending, setPending] = useState<(() => void) | null>(null);

  const anyDirty = useCallback(() => [...dirty.current.values()].some(Boolean), []);

  useEffect(() => {
    function beforeUnload(event: BeforeUnloadEvent) {
      if (!anyDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [anyDirty]);

  const api = useMemo<LeaveGuardApi>(() => ({
    register: (id, value) => { dirty.current.set(id, value); },
    unregister: (id) => { dirty.current.delete(id); },
    attempt: (leave) => {
      if (anyDirty()) setPending(() => leave);
      else leave();
    },
  }), [anyDirty]);

  return (
    <LeaveGuardContext.Provider value={api}>
      {children}
      <ConfirmDialog
        open={pending !== null}
        title={t('leave.title')}
        message={t('leave.message')}
        confirmLabel={t('leave.discard')}
        cancelLabel={t('leave.stay')}
        onConfirm={() => {
          const leave = pending;
          dirty.current.clear();
          setPending(null);
          leave?.();
        }}
        onCancel={() => setPending(null)}
      />
    </LeaveGuardContext.Provider>
  );
}

/** Marks the calling form as holding unsaved input while `dirty` is true, so leaving the page asks first. */
export function useLeaveGuard(dirty: boolean): void {
  const api = useContext(LeaveGuardContext);
  const id = useRef(Symbol('form'));
  useEffect(() => {
    api?.register(id.current, dirty);
  }, [api, dirty]);
  useEffect(() => {
    const key = id.current;
    return () => api?.unregister(key);
  }, [api]);
}

/** The guarded way to leave: runs `leave` now, or after the user agrees to drop unsaved input. */
export function useGuardedLeave(): (leave: () => void) => void {
  const api = useContext(LeaveGuardContext);
  return useCallback((leave: () => void) => (api ? api.attempt(leave) : leave()), [api]);
}

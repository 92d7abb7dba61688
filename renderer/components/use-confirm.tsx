import { useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/** What the app's dialog asks before a destructive action. */
export type ConfirmRequest = {
  title: string;
  message: string;
  /** The button that goes ahead, named for the action (删除, 撤销该事件, 替换). */
  confirmLabel: string;
  cancelLabel?: string;
};

/**
 * Asks in the app's own dialog, never the browser's confirm(): `if (!(await ask({...}))) return;`.
 * Render `dialog` once in the component that asks.
 */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: ReactNode } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);

  const ask = useCallback((next: ConfirmRequest) => new Promise<boolean>((resolve) => {
    answer.current?.(false);
    answer.current = resolve;
    setRequest(next);
  }), []);

  function settle(yes: boolean) {
    answer.current?.(yes);
    answer.current = null;
    setRequest(null);
  }

  const dialog = (
    <ConfirmDialog open={request !== null} title={request?.title ?? ''} message={request?.message ?? ''}
      confirmLabel={request?.confirmLabel ?? ''} cancelLabel={request?.cancelLabel}
      onConfirm={() => settle(true)} onCancel={() => settle(false)} />
  );
  return { ask, dialog };
}

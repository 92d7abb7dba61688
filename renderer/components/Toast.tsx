import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useText } from '../i18n/use-text';
import './toast.css';

/** One message in the corner of the window, where the user is looking after an action. */
export type ToastMessage = {
  text: string;
  kind?: 'success' | 'error' | 'info';
  /** An action offered with the message, e.g. 撤销 after an archive; the toast closes when it runs. */
  action?: { label: string; run: () => void | Promise<void> };
  /** How long it stays; errors and messages with an action stay longer so they can be read and used. */
  durationMs?: number;
};

type ShownToast = ToastMessage & { id: number };

type ToastApi = { show: (message: ToastMessage) => void };

const ToastContext = createContext<ToastApi | null>(null);

function defaultDuration(message: ToastMessage): number {
  if (message.action) return 10_000;
  return message.kind === 'error' ? 8_000 : 4_000;
}

function ToastItem({ toast, onClose }: { toast: ShownToast; onClose: (id: number) => void }) {
  const { t } = useText();
  const [running, setRunning] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => onClose(toast.id), toast.durationMs ?? defaultDuration(toast));
    return () => window.clearTimeout(timer);
  }, [toast, onClose]);

  async function runAction() {
    if (!toast.action || running) return;
    setRunning(true);
    try {
      await toast.action.run();
    } finally {
      onClose(toast.id);
    }
  }

  return (
    <div className={`toast toast-${toast.kind ?? 'info'}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span className="toast-text">{toast.text}</span>
      {toast.action && (
        <button type="button" className="button button-small toast-action" disabled={running} onClick={() => void runAction()}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t('toast.close')} onClick={() => onClose(toast.id)}>×</button>
    </div>
  );
}

/** Holds the window's toasts; mount once around the app. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const close = useCallback((id: number) => setToasts((list) => list.filter((item) => item.id !== id)), []);
  const show = useCallback((message: ToastMessage) => {
    const id = nextId.current++;
    // At most three at once: a batch of actions should not bury the window.
    setToasts((list) => [...list.slice(-2), { ...message, id }]);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-stack" aria-live="polite">
        {toasts.map((toast) => <ToastItem key={toast.id} toast={toast} onClose={close} />)}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a toast: `useToast().show({ text, kind, action })`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider above it');
  return api;
}

import { useEffect, useId, useRef } from 'react';
import { useText } from '../i18n/use-text';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** The dismiss button's label where 取消 would be confused with the action (e.g. cancelling a batch). */
  cancelLabel?: string;
  /** What the confirm button says while the action runs; 正在删除… unless given. */
  busyLabel?: string;
  busy?: boolean;
  /** An error from the confirmed action (e.g. "still used by 3 cases"), shown inside the dialog. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal confirmation in the page (a native <dialog>), used before anything is deleted. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, busyLabel, busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useText();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state close the dialog, and never while the action runs.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">{title}</h2>
      <p className="dialog-message">{message}</p>
      {error && <p className="dialog-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {busy ? (busyLabel ?? t('common.deleting')) : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

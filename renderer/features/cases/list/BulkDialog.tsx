import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Result } from '../../../../core/contract';
import type { ErrorPayload } from '../../../../core/errors';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { useText } from '../../../i18n/use-text';

/** The most cases one bulk call takes. */
export const maxBatchItems = 5000;

type BulkDialogProps<T> = {
  /** The selected cases; null while the dialog is closed. */
  caseIds: number[] | null;
  title: string;
  submitLabel: string;
  busyLabel: string;
  /** The bulk call for the selection; its error stays in the dialog, its value goes to onDone. */
  run: (caseIds: number[]) => Promise<Result<T>>;
  onDone: (value: T) => void;
  onCancel: () => void;
  /** The dialog's own fields. */
  children: ReactNode;
};

/** The frame of a bulk action on the case list's selection: title, error, the selection cap, cancel and submit. */
export function BulkDialog<T>({ caseIds, title, submitLabel, busyLabel, run, onDone, onCancel, children }: BulkDialogProps<T>) {
  const { t } = useText();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const ref = useModalDialog(caseIds !== null, () => setError(null));
  const count = caseIds?.length ?? 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!caseIds) return;
    setBusy(true);
    const result = await run(caseIds);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  }

  return (
    <dialog ref={ref} className="confirm-dialog case-bulk-dialog" aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId} className="dialog-title">{title}</h2>
        <ErrorPanel title={t('caseList.bulk.notDone')} error={error} />
        {count > maxBatchItems && <p className="dialog-error" role="alert">{t('caseList.tooMany', { max: maxBatchItems })}</p>}
        {children}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button-primary" disabled={busy || count > maxBatchItems}>
            {busy ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

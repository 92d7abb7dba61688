import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorPayload } from '../../../../core/errors';
import { call } from '../../../api';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useText } from '../../../i18n/use-text';
import { maxBatchItems } from './BulkEventDialog';

type BulkOwnerDialogProps = {
  caseIds: number[] | null;
  owners: string[];
  onDone: (result: { count: number; owner: string }) => void;
  onCancel: () => void;
};

/** 分配经办人 for the selected cases (an empty name clears the owner). */
export function BulkOwnerDialog({ caseIds, owners, onDone, onCancel }: BulkOwnerDialogProps) {
  const { t } = useText();
  const titleId = useId();
  const listId = useId();
  const [owner, setOwner] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const open = caseIds !== null;
  const ref = useModalDialog(open, () => setError(null));


  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!caseIds) return;
    setBusy(true);
    const result = await call('tracking:set-owner', { caseIds, owner: owner.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone({ count: result.value.updated, owner: owner.trim() });
  }

  const count = caseIds?.length ?? 0;
  return (
    <dialog ref={ref} className="confirm-dialog case-bulk-dialog" aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId} className="dialog-title">{t('caseList.ownerDialog.title', { count })}</h2>
        <ErrorPanel title={t('caseList.bulk.notDone')} error={error} />
        {count > maxBatchItems && <p className="dialog-error" role="alert">{t('caseList.tooMany', { max: maxBatchItems })}</p>}
        <div className="field">
          <label className="field-label" htmlFor="bulk-owner">{t('caseList.ownerDialog.owner')}</label>
          <input id="bulk-owner" name="owner" className="input" list={listId} value={owner} maxLength={60} onChange={(e) => setOwner(e.target.value)} />
          <datalist id={listId}>{owners.map((name) => <option key={name} value={name} />)}</datalist>
          <p className="field-hint">{t('caseList.ownerDialog.hint')}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button-primary" disabled={busy || count > maxBatchItems}>
            {busy ? t('caseList.ownerDialog.busy') : t('caseList.ownerDialog.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

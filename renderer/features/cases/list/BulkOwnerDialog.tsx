import { useId, useState } from 'react';
import { call } from '../../../api';
import { useText } from '../../../i18n/use-text';
import { BulkDialog } from './BulkDialog';

type BulkOwnerDialogProps = {
  caseIds: number[] | null;
  owners: string[];
  onDone: (result: { count: number; owner: string }) => void;
  onCancel: () => void;
};

/** 分配经办人 for the selected cases (an empty name clears the owner). */
export function BulkOwnerDialog({ caseIds, owners, onDone, onCancel }: BulkOwnerDialogProps) {
  const { t } = useText();
  const listId = useId();
  const [owner, setOwner] = useState('');
  const count = caseIds?.length ?? 0;
  return (
    <BulkDialog caseIds={caseIds} title={t('caseList.ownerDialog.title', { count })}
      submitLabel={t('caseList.ownerDialog.submit')} busyLabel={t('caseList.ownerDialog.busy')}
      run={(ids) => call('tracking:set-owner', { caseIds: ids, owner: owner.trim() })}
      onDone={(value) => onDone({ count: value.updated, owner: owner.trim() })} onCancel={onCancel}>
      <div className="field">
        <label className="field-label" htmlFor="bulk-owner">{t('caseList.ownerDialog.owner')}</label>
        <input id="bulk-owner" name="owner" className="input" list={listId} value={owner} maxLength={60} onChange={(e) => setOwner(e.target.value)} />
        <datalist id={listId}>{owners.map((name) => <option key={name} value={name} />)}</datalist>
        <p className="field-hint">{t('caseList.ownerDialog.hint')}</p>
      </div>
    </BulkDialog>
  );
}

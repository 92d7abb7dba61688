import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorPayload } from '../../../../core/errors';
import type { EventType } from '../../../../core/tracking/event-types';
import { call } from '../../../api';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useText } from '../../../i18n/use-text';
import { eventKey } from '../../tracking/labels';

/** Events one dialog can record for many cases at once: those that need no per-case number (立案受理 and 执行立案 do). */
const bulkEventTypes = [
  'marked-ready', 'filed', 'hearing', 'judgment', 'served', 'effective', 'enforcement-applied', 'enforcement-suspended', 'closed', 'note',
] as const satisfies readonly EventType[];

/** The most cases one event:add-batch call takes. */
export const maxBatchItems = 5000;

type BulkEventDialogProps = {
  caseIds: number[] | null;
  onDone: (result: { count: number; event: string; warnings: number }) => void;
  onCancel: () => void;
};

/** 记录事件 for the selected cases: one event type, date and note, recorded for each case in one call. */
export function BulkEventDialog({ caseIds, onDone, onCancel }: BulkEventDialogProps) {
  const { t } = useText();
  const titleId = useId();
  const [type, setType] = useState<(typeof bulkEventTypes)[number]>('filed');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const open = caseIds !== null;
  const ref = useModalDialog(open, () => setError(null));


  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!caseIds) return;
    setBusy(true);
    const result = await call('event:add-batch', { type, date: date.trim(), note, items: caseIds.map((caseId) => ({ caseId })) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone({ count: result.value.recorded.length, event: t(eventKey(type)), warnings: result.value.warnings.length });
  }

  const count = caseIds?.length ?? 0;
  return (
    <dialog ref={ref} className="confirm-dialog case-bulk-dialog" aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId} className="dialog-title">{t('caseList.eventDialog.title', { count })}</h2>
        <ErrorPanel title={t('caseList.bulk.notDone')} error={error} />
        {count > maxBatchItems && <p className="dialog-error" role="alert">{t('caseList.tooMany', { max: maxBatchItems })}</p>}
        <div className="field">
          <label className="field-label" htmlFor="bulk-event-type">{t('caseList.eventDialog.type')}</label>
          <select id="bulk-event-type" name="type" className="input" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
            {bulkEventTypes.map((k) => <option key={k} value={k}>{t(eventKey(k))}</option>)}
          </select>
          <p className="field-hint">{t('caseList.eventDialog.numberHint')}</p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="bulk-event-date">{t('caseList.eventDialog.date')}</label>
          <input id="bulk-event-date" name="date" className="input mono" value={date} placeholder={t('caseList.filter.datePlaceholder')}
            maxLength={10} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="bulk-event-note">{t('caseList.eventDialog.note')}</label>
          <input id="bulk-event-note" name="note" className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button-primary" disabled={busy || count > maxBatchItems}>
            {busy ? t('caseList.eventDialog.busy') : t('caseList.eventDialog.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

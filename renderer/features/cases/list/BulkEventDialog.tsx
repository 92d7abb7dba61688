import { useState } from 'react';
import type { EventType } from '../../../../core/tracking/event-types';
import { call } from '../../../api';
import { DateField } from '../../../components/DateField';
import { useText } from '../../../i18n/use-text';
import { eventKey } from '../../tracking/labels';
import { BulkDialog } from './BulkDialog';

/** Events one dialog can record for many cases at once: those that need no per-case number (立案受理 and 执行立案 do). */
const bulkEventTypes = [
  'marked-ready', 'filed', 'hearing', 'judgment', 'served', 'effective', 'enforcement-applied', 'enforcement-suspended', 'closed', 'note',
] as const satisfies readonly EventType[];

type BulkEventDialogProps = {
  caseIds: number[] | null;
  onDone: (result: { count: number; event: string; warnings: number }) => void;
  onCancel: () => void;
};

/** 记录事件 for the selected cases: one event type, date and note, recorded for each case in one call. */
export function BulkEventDialog({ caseIds, onDone, onCancel }: BulkEventDialogProps) {
  const { t } = useText();
  const [type, setType] = useState<(typeof bulkEventTypes)[number]>('filed');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const count = caseIds?.length ?? 0;
  return (
    <BulkDialog caseIds={caseIds} title={t('caseList.eventDialog.title', { count })}
      submitLabel={t('caseList.eventDialog.submit')} busyLabel={t('caseList.eventDialog.busy')}
      run={(ids) => call('event:add-batch', { type, date: date.trim(), note, items: ids.map((caseId) => ({ caseId })) })}
      onDone={(value) => onDone({ count: value.recorded.length, event: t(eventKey(type)), warnings: value.warnings.length })}
      onCancel={onCancel}>
      <div className="field">
        <label className="field-label" htmlFor="bulk-event-type">{t('caseList.eventDialog.type')}</label>
        <select id="bulk-event-type" name="type" className="input" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          {bulkEventTypes.map((k) => <option key={k} value={k}>{t(eventKey(k))}</option>)}
        </select>
        <p className="field-hint">{t('caseList.eventDialog.numberHint')}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="bulk-event-date">{t('caseList.eventDialog.date')}</label>
        <DateField id="bulk-event-date" name="date" value={date} onChange={setDate} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="bulk-event-note">{t('caseList.eventDialog.note')}</label>
        <input id="bulk-event-note" name="note" className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
    </BulkDialog>
  );
}

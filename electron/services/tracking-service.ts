import { dirname } from 'node:path';
import type { Bilingual } from '../../core/bilingual';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { invisibleCharacterProblem } from '../../core/text/invisible-characters';
import type { FieldIssue } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import type { ServiceContext } from './service-context';
import { attachmentPath } from './tracking-attachments';
import { plainPathForViewer } from './plain-copy';
import { createEventRecorder } from './tracking-events';
import { trackingStoreOf } from './tracking-store';

/** Handlers for the lifecycle: a case's tracking, the tracking lists, owners, events (one, many, undo) and attachments. */
export function createTrackingHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const { db, actor } = context;
  const { repo, sync, clock, queries } = store;
  const recorder = createEventRecorder(context, store);

  return {
    'tracking:get': ({ caseId }) => {
      store.refreshStale();
      return sync.snapshot(caseId, clock.today()).view;
    },

    'tracking:cases': ({ stage, court, branch, owner, query, limit }) => {
      store.refreshStale();
      return { ...queries.trackedCases({ stage: stage ?? '', court, branch, owner, query, limit }), ...queries.filterValues() };
    },

    'tracking:set-owner': ({ caseIds, owner }) => {
      const hidden = invisibleCharacterProblem(owner);
      if (hidden) throw new DossierError('invalid-input', { zh: `经办人${hidden.zh}`, en: `The case owner ${hidden.en.charAt(0).toLowerCase()}${hidden.en.slice(1)}` }, { field: 'owner' });
      store.refreshStale();
      return db.transaction(() => {
        const timestamp = clock.timestamp();
        for (const caseId of caseIds) {
          const row = repo.tracking(caseId);
          if (!row) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` }, { field: 'caseIds' });
          repo.setOwner(caseId, owner);
          writeAudit(db, { at: timestamp, actor, entity: 'case', entityId: caseId, action: 'update', before: { tracking: { owner: row.owner } }, after: { tracking: { owner } } });
        }
        return { updated: caseIds.length };
      }).immediate();
    },

    'event:add': ({ caseId, event }) => {
      store.refreshStale();
      const { event: recorded, snapshot, warnings } = recorder.record(caseId, event);
      return { event: recorded, tracking: snapshot.view, warnings };
    },

    /**
     * Many cases at once (e.g. every case one court accepted on one day, each with its own 案号): all or
     * nothing — if any case refuses the event, nothing is recorded and every refusal is listed by row.
     */
    'event:add-batch': ({ type, date, note, items }) => {
      store.refreshStale();
      const seen = new Set<number>();
      return db.transaction(() => {
        const problems: FieldIssue[] = [];
        const recorded: { caseId: number; eventId: number; stageAfter: string }[] = [];
        const warnings: { caseId: number; message: Bilingual }[] = [];
        items.forEach((item, row) => {
          try {
            if (seen.has(item.caseId)) {
              throw new DossierError('conflict', { zh: '同一案件在本批中出现了两次', en: 'The case appears twice in this batch' }, { field: 'caseId' });
            }
            seen.add(item.caseId);
            const result = recorder.recordInTransaction(item.caseId, { type, date, note, details: item.details }, null);
            recorded.push({ caseId: item.caseId, eventId: result.event.id, stageAfter: result.event.stageAfter });
            for (const message of result.warnings) warnings.push({ caseId: item.caseId, message });
          } catch (error) {
            if (!(error instanceof DossierError)) throw error;
            const field = `items.${row}.${error.location.field ?? 'caseId'}`;
            problems.push({ field, message: { zh: `第 ${row + 1} 行（案件 ${item.caseId}）：${error.text.zh}`, en: `Row ${row + 1} (case ${item.caseId}): ${error.text.en}` } });
          }
        });
        if (problems.length > 0) {
          throw new DossierError('invalid-input', {
            zh: `${problems.length} 个案件不能登记该事件，本批均未登记`,
            en: `${problems.length} case(s) cannot take this event; nothing in the batch was recorded`,
          }, { field: problems[0]!.field, row: Number(problems[0]!.field.split('.')[1]) + 1 }, problems);
        }
        return { recorded, warnings };
      }).immediate();
    },

    'event:undo': ({ caseId, eventId }) => recorder.undo(caseId, eventId).view,

    'event:reveal-attachment': ({ eventId }) => {
      const event = repo.event(eventId);
      if (!event?.attachment) throw new DossierError('not-found', { zh: '该事件没有附件', en: 'This event has no attachment' }, { field: 'eventId' });
      const stored = attachmentPath(context.dataDir, event.attachment.sha256);
      // The file manager shows a plain copy when the store is encrypted (plain-copy.ts).
      const path = plainPathForViewer(context.dataDir, stored, event.attachment.fileName, context.filesKey);
      context.revealFolder(path);
      return { folder: dirname(path), path };
    },
  } satisfies Partial<Handlers>;
}

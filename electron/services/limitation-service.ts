import type { Handlers } from '../../core/contract';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { limitationLastDay } from '../../core/claim/limitation';
import { DossierError } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createLimitationEventRepository } from '../db/limitation-event-repository';
import { effectiveHolidayCalendar } from './holiday-calendar-source';
import { createCaseFacts } from './readiness-facts';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

function checkDate(date: string, field: string): void {
  if (!isCalendarDate(date)) throw new DossierError('invalid-input', { zh: `日期“${date}”不存在`, en: `The date "${date}" does not exist` }, { field });
}

/** Handlers for the limitation period (诉讼时效, domain.md §4) and the events entered by hand. */
export function createLimitationHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const facts = createCaseFacts(context);
  const events = createLimitationEventRepository(db);
  const evidence = createEvidenceRepository(db);

  return {
    'limitation:compute': ({ caseId, filingDate }) => {
      if (filingDate) checkDate(filingDate, 'filingDate');
      return facts.limitation(caseId, filingDate);
    },
    'limitation:calc': ({ from }) => {
      checkDate(from, 'from');
      return limitationLastDay(from, effectiveHolidayCalendar(db, context.templatesDir));
    },
    'limitation:list-events': ({ caseId }) => {
      facts.mustFindCase(caseId);
      return events.listForCase(caseId);
    },
    'limitation:save-event': ({ caseId, id, values }) => {
      facts.mustFindCase(caseId);
      checkDate(values.date, 'values.date');
      if (values.evidenceId !== null && evidence.find(values.evidenceId)?.caseId !== caseId) {
        throw new DossierError('invalid-input', { zh: '所选证据不属于本案', en: 'The chosen evidence item belongs to another case' }, { field: 'values.evidenceId' });
      }
      return db.transaction(() => {
        const now = clock.timestamp();
        const before = id === undefined ? null : (events.find(id) ?? null);
        if (id !== undefined && before?.caseId !== caseId) throw new DossierError('not-found', { zh: `找不到时效事件（编号 ${id}）`, en: `No limitation event with id ${id}` });
        const row = { caseId, ...values };
        const savedId = id === undefined ? events.insert(row, now) : (events.update(id, row), id);
        const after = events.find(savedId)!;
        writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before: before && { limitationEvent: before }, after: { limitationEvent: after } });
        return after;
      }).immediate();
    },
    'limitation:delete-event': ({ id }) =>
      db.transaction(() => {
        const before = events.find(id);
        if (!before) throw new DossierError('not-found', { zh: `找不到时效事件（编号 ${id}）`, en: `No limitation event with id ${id}` });
        events.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: before.caseId, action: 'update', before: { limitationEvent: before }, after: null });
        return { deleted: true as const };
      }).immediate(),
  } satisfies Partial<Handlers>;
}

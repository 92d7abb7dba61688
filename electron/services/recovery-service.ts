import type { Handlers } from '../../core/contract';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { DossierError } from '../../core/errors';
import { parseYuan } from '../../core/money/fen';
import { delayInterest } from '../../core/tracking/delay-interest';
import { writeAudit } from '../db/audit-log';
import type { ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

/** Handlers for recovery: payments, enforcement distributions and costs per case, and the delayed-performance interest calculator. */
export function createRecoveryHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const { db, actor } = context;
  const { repo, sync, clock } = store;

  return {
    'recovery:add': ({ caseId, entry }) => {
      if (!isCalendarDate(entry.date)) throw new DossierError('invalid-input', { zh: '日期格式应为 YYYY-MM-DD 且为真实日期', en: 'Use a real date in the form YYYY-MM-DD' }, { field: 'date' });
      if (entry.date > clock.today()) throw new DossierError('invalid-input', { zh: '日期不能晚于今天', en: 'The date cannot be in the future' }, { field: 'date' });
      const amountFen = parseYuan(entry.amount, 'amount');
      if (amountFen <= 0) throw new DossierError('invalid-input', { zh: '金额必须大于 0', en: 'The amount must be more than 0' }, { field: 'amount' });
      if (entry.kind === 'cost' && !entry.costKind) throw new DossierError('invalid-input', { zh: '请选择费用类别', en: 'Choose what the cost was for' }, { field: 'costKind' });
      if (entry.kind === 'cost' && entry.planId !== null) throw new DossierError('invalid-input', { zh: '费用支出不计入和解还款', en: 'A cost is not a settlement payment' }, { field: 'planId' });
      return db.transaction(() => {
        if (!repo.caseFacts(caseId)) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
        if (entry.planId !== null && repo.plan(entry.planId)?.caseId !== caseId) {
          throw new DossierError('invalid-input', { zh: '所选和解方案不属于该案件', en: 'The chosen settlement plan is not on this case' }, { field: 'planId' });
        }
        const timestamp = clock.timestamp();
        const record = {
          caseId, kind: entry.kind, date: entry.date, amountFen, costKind: entry.kind === 'cost' ? entry.costKind ?? null : null,
          planId: entry.planId, note: entry.note, createdAt: timestamp,
        };
        const entryId = repo.insertRecovery(record);
        const snapshot = sync.sync(caseId, clock.today(), timestamp);
        writeAudit(db, { at: timestamp, actor, entity: 'case', entityId: caseId, action: 'update', before: null, after: { recoveryEntry: { ...record, id: entryId } } });
        return snapshot.view;
      }).immediate();
    },

    'recovery:delete': ({ entryId }) =>
      db.transaction(() => {
        const before = repo.recoveryEntry(entryId);
        if (!before) throw new DossierError('not-found', { zh: `找不到回款记录（编号 ${entryId}）`, en: `No recovery entry with id ${entryId}` }, { field: 'entryId' });
        const timestamp = clock.timestamp();
        repo.deleteRecovery(entryId);
        const snapshot = sync.sync(before.caseId, clock.today(), timestamp);
        writeAudit(db, { at: timestamp, actor, entity: 'case', entityId: before.caseId, action: 'update', before: { recoveryEntry: before }, after: null });
        return snapshot.view;
      }).immediate(),

    'calc:delay-interest': ({ base, lastPerformanceDay, payments, toDate }) =>
      delayInterest(
        parseYuan(base, 'base'),
        lastPerformanceDay,
        payments.map((p, i) => ({ date: p.date, amountFen: parseYuan(p.amount, `payments.${i}.amount`) })),
        toDate === '' ? clock.today() : toDate,
      ),
  } satisfies Partial<Handlers>;
}

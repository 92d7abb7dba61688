import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { planFromInput, planStatus } from '../../core/tracking/settlement-plan';
import type { SettlementPlanView } from '../../core/tracking/tracking-views';
import { writeAudit } from '../db/audit-log';
import type { ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

/**
 * Handlers for settlement plans. A plan is saved whole (its schedule generated in core) and deleted
 * whole; payments are recovery entries pointing at it. `settlement:get` is what the settlement
 * agreement document will read, so the document and the tracking tab show the same schedule.
 */
export function createSettlementHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const { db, actor } = context;
  const { repo, sync, clock } = store;

  function view(planId: number): SettlementPlanView {
    const plan = repo.plan(planId);
    if (!plan) throw new DossierError('not-found', { zh: `找不到和解方案（编号 ${planId}）`, en: `No settlement plan with id ${planId}` }, { field: 'planId' });
    const payments = repo.recovery(plan.caseId).filter((r) => r.planId === planId && r.kind !== 'cost');
    return { ...plan, status: planStatus(plan, payments, clock.today()) };
  }

  return {
    'settlement:save': ({ caseId, plan }) => {
      const values = planFromInput(plan);
      if (values.agreedDate > clock.today()) {
        throw new DossierError('invalid-input', { zh: '协议签订日期不能晚于今天', en: 'The agreement date cannot be in the future' }, { field: 'agreedDate' });
      }
      return db.transaction(() => {
        if (!repo.caseFacts(caseId)) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
        const timestamp = clock.timestamp();
        const planId = repo.insertPlan({ ...values, caseId, createdAt: timestamp });
        sync.sync(caseId, clock.today(), timestamp);
        const saved = view(planId);
        writeAudit(db, { at: timestamp, actor, entity: 'case', entityId: caseId, action: 'update', before: null, after: { settlementPlan: saved } });
        return saved;
      }).immediate();
    },

    'settlement:get': ({ planId }) => view(planId),

    'settlement:delete': ({ planId }) =>
      db.transaction(() => {
        const before = view(planId);
        const timestamp = clock.timestamp();
        repo.deletePlan(planId);
        sync.sync(before.caseId, clock.today(), timestamp);
        writeAudit(db, { at: timestamp, actor, entity: 'case', entityId: before.caseId, action: 'update', before: { settlementPlan: before }, after: null });
        return { deleted: true as const };
      }).immediate(),
  } satisfies Partial<Handlers>;
}

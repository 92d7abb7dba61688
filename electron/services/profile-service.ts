import { validateAgent, validateOrganisation, assertNoIssues } from '../../core/case/validate-case';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { createAgentRepository } from '../db/agent-repository';
import { writeAudit } from '../db/audit-log';
import { createOrganisationRepository } from '../db/organisation-repository';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

function notFound(what: { zh: string; en: string }, id: number): DossierError {
  return new DossierError('not-found', { zh: `找不到${what.zh}（编号 ${id}）`, en: `No ${what.en} with id ${id}` });
}

function inUse(what: { zh: string; en: string }, count: number): DossierError {
  return new DossierError('conflict', {
    zh: `该${what.zh}仍被 ${count} 个案件使用，不能删除`,
    en: `This ${what.en} is used by ${count} case(s) and cannot be deleted`,
  });
}

const plaintiffName = { zh: '原告', en: 'plaintiff' };
const agentName = { zh: '代理人', en: 'agent' };

/** Handlers for the saved plaintiff and agent profiles the case form chooses from. */
export function createProfileHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const organisations = createOrganisationRepository(db);
  const agents = createAgentRepository(db);
  const clock = clockOf(context);

  return {
    'organisation:list': () => organisations.list(),
    'organisation:save': ({ id, values }) => {
      const normalised = { ...values, creditCode: values.creditCode.toUpperCase() };
      assertNoIssues(validateOrganisation(normalised));
      return db.transaction(() => {
        const now = clock.timestamp();
        const clash = organisations.findByCreditCode(normalised.creditCode);
        if (clash && clash.id !== id) {
          throw new DossierError('conflict', {
            zh: `统一社会信用代码已被“${clash.name}”使用`,
            en: `The unified social credit code is already used by "${clash.name}"`,
          }, { field: 'creditCode' });
        }
        if (id === undefined) {
          const newId = organisations.insert(normalised, now);
          const after = organisations.find(newId)!;
          writeAudit(db, { at: now, actor, entity: 'organisation', entityId: newId, action: 'create', before: null, after });
          return after;
        }
        const before = organisations.find(id);
        if (!before) throw notFound(plaintiffName, id);
        organisations.update(id, normalised, now);
        const after = organisations.find(id)!;
        writeAudit(db, { at: now, actor, entity: 'organisation', entityId: id, action: 'update', before, after });
        return after;
      }).immediate();
    },
    'organisation:delete': ({ id }) =>
      db.transaction(() => {
        const before = organisations.find(id);
        if (!before) throw notFound(plaintiffName, id);
        const count = organisations.caseCount(id);
        if (count > 0) throw inUse(plaintiffName, count);
        organisations.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'organisation', entityId: id, action: 'delete', before, after: null });
        return { deleted: true as const };
      }).immediate(),

    'agent:list': () => agents.list(),
    'agent:save': ({ id, values }) => {
      assertNoIssues(validateAgent(values));
      return db.transaction(() => {
        const now = clock.timestamp();
        if (id === undefined) {
          const newId = agents.insert(values, now);
          const after = agents.find(newId)!;
          writeAudit(db, { at: now, actor, entity: 'agent', entityId: newId, action: 'create', before: null, after });
          return after;
        }
        const before = agents.find(id);
        if (!before) throw notFound(agentName, id);
        agents.update(id, values, now);
        const after = agents.find(id)!;
        writeAudit(db, { at: now, actor, entity: 'agent', entityId: id, action: 'update', before, after });
        return after;
      }).immediate();
    },
    'agent:delete': ({ id }) =>
      db.transaction(() => {
        const before = agents.find(id);
        if (!before) throw notFound(agentName, id);
        const count = agents.caseCount(id);
        if (count > 0) throw inUse(agentName, count);
        agents.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'agent', entityId: id, action: 'delete', before, after: null });
        return { deleted: true as const };
      }).immediate(),
  } satisfies Partial<Handlers>;
}

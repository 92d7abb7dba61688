import type { Case, CaseInputParsed } from '../../core/case/case-model';
import { maskCardNumber } from '../../core/case/card-number';
import { maskResidentId } from '../../core/case/resident-id';
import { assertNoIssues, storedCase, validateCase } from '../../core/case/validate-case';
import type { StoredCase } from '../../core/case/validate-case';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { FieldIssue } from '../../core/errors';
import { createAgentRepository } from '../db/agent-repository';
import { writeAudit } from '../db/audit-log';
import { createCaseRepository } from '../db/case-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { insertCaseAudited, updateCaseAudited } from './case-writes';
import { refuseDeleteOfWorkedCase } from './case-delete-guard';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Handlers for case intake: list, read, validate, create, update, delete. */
export function createCaseHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const cases = createCaseRepository(db);
  const organisations = createOrganisationRepository(db);
  const agents = createAgentRepository(db);
  const clock = clockOf(context);

  function issuesOf(values: CaseInputParsed): FieldIssue[] {
    const issues = validateCase(values, clock.today());
    if (values.plaintiffId !== null && !organisations.find(values.plaintiffId)) {
      issues.push({ field: 'plaintiffId', message: { zh: '所选原告不存在', en: 'The chosen plaintiff does not exist' } });
    }
    if (values.agentId !== null && !agents.find(values.agentId)) {
      issues.push({ field: 'agentId', message: { zh: '所选代理人不存在', en: 'The chosen agent does not exist' } });
    }
    return issues;
  }

  function toStored(values: CaseInputParsed): StoredCase {
    assertNoIssues(issuesOf(values));
    return storedCase(values);
  }

  function mustFind(id: number): Case {
    const found = cases.find(id);
    if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${id}）`, en: `No case with id ${id}` });
    return found;
  }

  return {
    'case:list': ({ query }) =>
      cases.summaries(query.trim()).map(({ residentId, cardNumber, ...rest }) => ({
        ...rest,
        residentIdMasked: maskResidentId(residentId),
        cardNumberMasked: maskCardNumber(cardNumber),
      })),
    'case:get': ({ id }) => mustFind(id),
    'case:validate': ({ values }) => issuesOf(values),
    'case:create': ({ values }) => {
      const stored = toStored(values);
      return db.transaction(() => insertCaseAudited(db, cases, stored, { at: clock.timestamp(), actor })).immediate();
    },
    'case:update': ({ id, values }) => {
      const stored = toStored(values);
      return db.transaction(() => updateCaseAudited(db, cases, mustFind(id), stored, { at: clock.timestamp(), actor })).immediate();
    },
    'case:delete': ({ id }) =>
      db.transaction(() => {
        const before = mustFind(id);
        refuseDeleteOfWorkedCase(db, id);
        cases.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: id, action: 'delete', before, after: null });
        return { deleted: true as const };
      }).immediate(),
  } satisfies Partial<Handlers>;
}

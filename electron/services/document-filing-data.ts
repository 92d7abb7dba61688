/**
 * Loads what a filing is made of for one case — the case, its plaintiff and agent, the other areas'
 * records — and builds the FilingData every template and form is filled with.
 */
import type { Case } from '../../core/case/case-model';
import type { DocumentInputsParsed } from '../../core/documents/document-inputs';
import { buildFilingData, type FilingData, type FilingSources } from '../../core/documents/filing-data';
import { DossierError } from '../../core/errors';
import { createAgentRepository } from '../db/agent-repository';
import { createCaseRepository } from '../db/case-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { caseFilingSources } from './evidence-filing-sources';
import { clockOf, type ServiceContext } from './service-context';

/**
 * The other areas' sections for a case. The evidence items and (when the card terms choose it) the
 * claim breakdown come from evidence-filing-sources.ts; the chosen court (core/court) and the settlement
 * plan and judgment events (core/tracking) are read here once they are in place; until then the same
 * facts are entered per document. Entered inputs always win.
 */
export function loadFilingSources(context: ServiceContext, caseId: number): FilingSources {
  return { ...caseFilingSources(context, caseId) };
}

/** The case, or not-found naming its id. */
export function findCase(context: ServiceContext, caseId: number): Case {
  const found = createCaseRepository(context.db).find(caseId);
  if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
  return found;
}

/** Builds the filing data of a case for today, with the inputs entered for this document. */
export function loadFilingData(context: ServiceContext, caseId: number, inputs: DocumentInputsParsed | undefined): { data: FilingData; case: Case } {
  const found = findCase(context, caseId);
  const plaintiff = createOrganisationRepository(context.db).find(found.plaintiffId);
  if (!plaintiff) throw new DossierError('not-found', { zh: '案件的原告信息不存在', en: "The case's plaintiff no longer exists" }, { field: 'plaintiffId' });
  const agent = found.agentId === null ? null : (createAgentRepository(context.db).find(found.agentId) ?? null);
  const data = buildFilingData({
    case: found, plaintiff, agent, filingDate: clockOf(context).today(), inputs, sources: loadFilingSources(context, caseId),
  });
  return { data, case: found };
}

/**
 * Loads what a filing is made of for one case — the case, its plaintiff and agent, the other areas'
 * records — and builds the FilingData every template and form is filled with.
 */
import type { Case } from '../../core/case/case-model';
import type { DocumentInputsParsed } from '../../core/documents/document-inputs';
import { chosenCourtReason } from '../../core/documents/filing-court';
import type { CourtFacts } from '../../core/documents/filing-court';
import { buildFilingData, type FilingData, type FilingSources } from '../../core/documents/filing-data';
import { recordedEnforcement } from '../../core/documents/filing-records';
import { filingPhase } from '../../core/documents/filing-set';
import { DossierError } from '../../core/errors';
import { decisionDates } from '../../core/tracking/decision-dates';
import { createAgentRepository } from '../db/agent-repository';
import { createCaseRepository } from '../db/case-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { loadComplaintRecords } from './complaint-records';
import { caseFilingSources } from './evidence-filing-sources';
import { createJurisdictionHandlers } from './jurisdiction-service';
import { clockOf, type ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

const jurisdictionHandlers = new WeakMap<ServiceContext, ReturnType<typeof createJurisdictionHandlers>>();

/**
 * The court section: the case's court with the grounds it was chosen on, and the procedure the court module
 * expects (the same advice the jurisdiction tab and its fee panel show, issue 4). The fee itself is priced
 * by core/court on the claim the filing states (core/documents/filing-court.ts).
 */
function courtSource(context: ServiceContext, found: Case): CourtFacts {
  let handlers = jurisdictionHandlers.get(context);
  if (!handlers) {
    handlers = createJurisdictionHandlers(context);
    jurisdictionHandlers.set(context, handlers);
  }
  const view = handlers['jurisdiction:get']({ caseId: found.id });
  return {
    name: found.courtName,
    reason: chosenCourtReason(view.chosen, found.courtName),
    procedure: view.advice.procedure.likelyProcedure,
    acceptanceFeeFen: null,
  };
}

/**
 * What the tracking records give: the 案号 from the acceptance event, the stage of the proceedings, the latest stored settlement plan,
 * and the effective document with the dates core/tracking derives for it (the same rule as the deadlines
 * page), the payments received and the property frozen.
 */
function trackingSources(context: ServiceContext, caseId: number): Pick<FilingSources, 'courtCaseNumber' | 'enforcementCaseNumber' | 'settlement' | 'enforcement' | 'phase'> {
  const store = trackingStoreOf(context);
  const snapshot = store.sync.snapshot(caseId, store.clock.today());
  const dates = decisionDates(snapshot.events, store.calendar().calendar);
  const courtCaseNumber = snapshot.view.state.courtCaseNumber;
  return {
    courtCaseNumber: courtCaseNumber === '' ? null : courtCaseNumber,
    enforcementCaseNumber: snapshot.view.state.enforcementCaseNumber === '' ? null : snapshot.view.state.enforcementCaseNumber,
    settlement: snapshot.plans.at(-1) ?? null,
    phase: filingPhase(snapshot.view.state),
    enforcement: recordedEnforcement({
      decision: dates.decision,
      effectiveDate: dates.effective?.date ?? '',
      lastPerformanceDay: dates.lastPerformanceDay?.date ?? '',
      courtCaseNumber,
      events: snapshot.events,
      recovery: snapshot.recovery,
    }),
  };
}

/**
 * The other areas' sections for a case: the evidence items and (when the card terms choose it) the claim
 * breakdown from evidence-filing-sources.ts, the court, procedure and fee from the court module, and the
 * case number, settlement plan and judgment events from tracking. Entered inputs win field by field.
 */
export function loadFilingSources(context: ServiceContext, found: Case): FilingSources {
  return {
    ...caseFilingSources(context, found.id), court: courtSource(context, found), ...trackingSources(context, found.id),
    complaintRecords: loadComplaintRecords(context, found),
  };
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
    case: found, plaintiff, agent, filingDate: clockOf(context).today(), inputs, sources: loadFilingSources(context, found),
  });
  return { data, case: found };
}

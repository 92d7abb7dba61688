import type { Case, Organisation } from '../../core/case/case-model';
import type { CaseJurisdiction, CourtChoice } from '../../core/court/court-operations';
import { feeReport } from '../../core/court/fee-calculator';
import { adviseJurisdiction } from '../../core/court/jurisdiction-advisor';
import type { JurisdictionAdvice } from '../../core/court/jurisdiction-advisor';
import { emptyJurisdictionFacts, plaintiffLocationInput } from '../../core/court/jurisdiction-facts';
import type { JurisdictionFacts, PlaintiffLocation } from '../../core/court/jurisdiction-facts';
import { citations } from '../../core/court/jurisdiction-findings';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { amountProblem, parseYuan } from '../../core/money/fen';
import { writeAudit } from '../db/audit-log';
import { createCaseJurisdictionRepository } from '../db/case-jurisdiction-repository';
import { createCaseRepository } from '../db/case-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { courtDataStoreFor } from './court-data-store';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** The claim total the court fees and the procedure are computed on (Interp 201: all money claims together). */
export function claimTotalFen(c: Case): number {
  return c.claim.principalFen + c.claim.interestFen + c.claim.penaltyFen + c.claim.feesFen;
}

/** Handlers for a case's jurisdiction facts, the advice on candidate courts, and the choice of court. */
export function createJurisdictionHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const store = courtDataStoreFor(db, context.templatesDir);
  const cases = createCaseRepository(db);
  const organisations = createOrganisationRepository(db);
  const jurisdiction = createCaseJurisdictionRepository(db);
  const clock = clockOf(context);

  function load(caseId: number): { found: Case; plaintiff: Organisation } {
    const found = cases.find(caseId);
    if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
    const plaintiff = organisations.find(found.plaintiffId);
    if (!plaintiff) throw new DossierError('not-found', { zh: '案件的原告不存在', en: "The case's plaintiff does not exist" });
    return { found, plaintiff };
  }

  function advise(found: Case, plaintiff: Organisation, facts: JurisdictionFacts, location: PlaintiffLocation): JurisdictionAdvice {
    return adviseJurisdiction({
      filingDate: clock.today(), amountFen: claimTotalFen(found),
      defendant: { registeredAddress: found.defendant.registeredAddress, habitualResidence: found.defendant.habitualResidence },
      plaintiff: { name: plaintiff.name, address: plaintiff.address },
      facts, plaintiffLocation: location, directory: store.directory(), divisions: store.divisions(), thresholds: store.thresholds(),
    });
  }

  const manualChoice = { code: 'manual-choice', text: { zh: '由用户在候选法院之外手动选择，请自行核实管辖依据', en: 'Chosen by hand outside the candidates: check the ground of jurisdiction yourself' }, citation: citations.directory };

  /** Sets the case's court to the choice and stores it, audited in the same transaction (with the override reason, if any). */
  function storeChoice(caseId: number, facts: JurisdictionFacts, choice: CourtChoice): void {
    db.transaction(() => {
      const now = clock.timestamp();
      const before = cases.find(caseId)!;
      jurisdiction.setCaseCourtName(caseId, choice.courtName, now);
      jurisdiction.saveChoice(caseId, facts, { ...choice, chosenAt: now }, now);
      const after = cases.find(caseId)!;
      writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before, after: { ...after, chosenCourt: { ...choice, chosenAt: now } } });
    }).immediate();
  }

  function view(caseId: number): CaseJurisdiction {
    const { found, plaintiff } = load(caseId);
    const stored = jurisdiction.find(caseId);
    const facts = stored?.facts ?? emptyJurisdictionFacts;
    const location = jurisdiction.findPlaintiffLocation(plaintiff.id) ?? plaintiffLocationInput.parse({});
    const advice = advise(found, plaintiff, facts, location);
    const amountFen = claimTotalFen(found);
    const preservedFen = facts.preservationAmount && !amountProblem(facts.preservationAmount) ? parseYuan(facts.preservationAmount) : amountFen;
    return {
      caseId, plaintiffId: plaintiff.id, caseCourtName: found.courtName, facts, plaintiffLocation: location, advice,
      chosen: stored?.chosen ?? null,
      fees: feeReport({ amountFen, procedure: advice.procedure.likelyProcedure, preservedFen }),
    };
  }

  return {
    'jurisdiction:get': ({ caseId }) => view(caseId),
    'jurisdiction:save': ({ caseId, facts, plaintiffLocation }) => {
      if (facts.preservationAmount) {
        const problem = amountProblem(facts.preservationAmount);
        if (problem) throw new DossierError('invalid-input', problem, { field: 'preservationAmount' });
      }
      for (const [field, code] of [['registeredDivision', facts.registeredDivision], ['habitualDivision', facts.habitualDivision], ['forumClause.division', facts.forumClause.division], ['plaintiffLocation.divisionCode', plaintiffLocation?.divisionCode ?? ''], ['plaintiffLocation.headOfficeDivision', plaintiffLocation?.headOfficeDivision ?? '']] as const) {
        if (code && !store.divisions().find(code)) {
          throw new DossierError('invalid-input', { zh: `区划代码 ${code} 不在行政区划表中`, en: `Division code ${code} is not in the division table` }, { field });
        }
      }
      if (facts.habitualSince && facts.habitualSince > clock.today()) {
        throw new DossierError('invalid-input', { zh: '居住起始日期不能晚于今天', en: 'The residence start date cannot be in the future' }, { field: 'habitualSince' });
      }
      const { plaintiff } = load(caseId);
      db.transaction(() => {
        const now = clock.timestamp();
        const before = jurisdiction.find(caseId)?.facts ?? null;
        jurisdiction.saveFacts(caseId, facts, now);
        writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before: { jurisdictionFacts: before }, after: { jurisdictionFacts: facts } });
        if (plaintiffLocation) {
          const previous = jurisdiction.findPlaintiffLocation(plaintiff.id) ?? null;
          jurisdiction.savePlaintiffLocation(plaintiff.id, plaintiffLocation, now);
          writeAudit(db, { at: now, actor, entity: 'organisation', entityId: plaintiff.id, action: 'update', before: { jurisdictionLocation: previous }, after: { jurisdictionLocation: plaintiffLocation } });
        }
      }).immediate();
      return view(caseId);
    },
    'jurisdiction:choose': ({ caseId, courtId }) => {
      const current = view(caseId);
      const candidate = current.advice.candidates.find((c) => c.courtId === courtId);
      const court = store.directory().find(courtId);
      if (!court) throw new DossierError('not-found', { zh: `法院名录中没有编号为 ${courtId} 的法院`, en: `No court with id ${courtId} in the directory` }, { field: 'courtId' });
      if (!candidate) {
        const ruled = current.advice.ruledOut.find((c) => c.courtId === courtId);
        if (ruled) {
          throw new DossierError('conflict', { zh: `不能直接选择该法院：${ruled.reasons.map((r) => r.text.zh).join('；')}。确需向该法院起诉的，请写明理由后选定`, en: `This court cannot simply be chosen: ${ruled.reasons.map((r) => r.text.en).join('; ')}. To file there anyway, choose it with a stated reason` }, { field: 'courtId' });
        }
      }
      const choice: CourtChoice = candidate
        ? { courtId, courtName: court.name, bases: candidate.bases, reasons: [...candidate.reasons, ...candidate.warnings], chosenAt: clock.timestamp(), overrideReason: '' }
        : { courtId, courtName: court.name, bases: ['manual'], reasons: [manualChoice], chosenAt: clock.timestamp(), overrideReason: '' };
      storeChoice(caseId, current.facts, choice);
      return view(caseId);
    },
    // Addressing a court the advisor does not list is the user's call, but only with a reason on the record
    // (domain.md §10): readiness then stops blocking on it, and the audit record keeps the reason.
    'jurisdiction:override': ({ caseId, courtId, reason }) => {
      const current = view(caseId);
      const court = store.directory().find(courtId);
      if (!court) throw new DossierError('not-found', { zh: `法院名录中没有该法院（${courtId}）`, en: `No such court in the directory (${courtId})` }, { field: 'courtId' });
      const candidate = current.advice.candidates.find((c) => c.courtId === courtId);
      if (candidate) {
        throw new DossierError('conflict', { zh: `${court.name}是候选法院，直接选择即可，无需说明理由`, en: `${court.name} is a candidate court: choose it, no reason is needed` }, { field: 'courtId' });
      }
      const ruled = current.advice.ruledOut.find((c) => c.courtId === courtId);
      storeChoice(caseId, current.facts, {
        courtId, courtName: court.name, bases: ['override'], reasons: ruled ? [...ruled.reasons] : [manualChoice], chosenAt: clock.timestamp(), overrideReason: reason,
      });
      return view(caseId);
    },
  } satisfies Partial<Handlers>;
}

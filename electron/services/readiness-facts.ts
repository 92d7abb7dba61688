/**
 * Gathers what the claim, limitation and completeness computations need for one case — the case, its
 * terms, ledger, contact records with their flags, manual limitation events and the holiday calendar —
 * and runs the pure computations of core/claim and core/evidence on them. Shared by the claim,
 * limitation, contact, readiness and complaint code so every screen shows the same figures.
 */
import type { Case } from '../../core/case/case-model';
import { computeClaim } from '../../core/claim/claim-breakdown';
import type { ClaimBreakdown } from '../../core/claim/claim-breakdown';
import type { CardTerms } from '../../core/claim/card-terms';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import type { LimitationResult } from '../../core/claim/limitation';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import type { ContactView } from '../../core/evidence/contact-operations';
import type { ReadinessFacts } from '../../core/evidence/readiness-model';
import { DossierError } from '../../core/errors';
import { createCaseRepository } from '../db/case-repository';
import { createClaimTermsRepository } from '../db/claim-terms-repository';
import { createContactRepository } from '../db/contact-repository';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createEvidenceSettingsRepository } from '../db/evidence-settings-repository';
import { createLedgerRepository } from '../db/ledger-repository';
import { createLimitationEventRepository } from '../db/limitation-event-repository';
import { addressedCourtOf } from './addressed-court-source';
import { complaintOpenItems } from './complaint-records';
import { contactViewsOf, limitationOfRecords } from './limitation-of-records';
import { effectiveHolidayCalendar } from './holiday-calendar-source';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** The fact-gathering functions over one service context. */
export function createCaseFacts(context: ServiceContext) {
  const { db } = context;
  const cases = createCaseRepository(db);
  const terms = createClaimTermsRepository(db);
  const ledger = createLedgerRepository(db);
  const contacts = createContactRepository(db);
  const evidence = createEvidenceRepository(db);
  const settings = createEvidenceSettingsRepository(db);
  const manualEvents = createLimitationEventRepository(db);
  const clock = clockOf(context);

  function mustFindCase(caseId: number): Case {
    const found = cases.find(caseId);
    if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
    return found;
  }

  function contactViews(caseId: number): ContactView[] {
    return contactViewsOf(contacts.listForCase(caseId), settings.get().dailyContactLimit);
  }

  function breakdownOf(found: Case, entries: readonly LedgerEntry[], caseTerms: CardTerms, asOf?: string): ClaimBreakdown {
    const lines = entries.map((e) => ({ ...e, opening: e.source === 'balance' }));
    return computeClaim({ asOf: asOf ?? found.claim.asOfDate, entries: lines, terms: caseTerms, firstDefaultDate: found.card.firstDefaultDate });
  }

  function breakdown(caseId: number, asOf?: string): ClaimBreakdown {
    return breakdownOf(mustFindCase(caseId), ledger.listForCase(caseId), terms.get(caseId), asOf);
  }

  /**
   * The one limitation computation of a case (core/claim/limitation.ts), used by readiness, the limitation
   * page, tracking and deadlines alike. `calendar` lets a caller that already holds the calendar pass it.
   */
  function limitation(caseId: number, filingDate?: string, calendar?: HolidayCalendar): LimitationResult {
    const found = mustFindCase(caseId);
    const caseTerms = terms.get(caseId);
    const records = { found, terms: caseTerms, contacts: contacts.listForCase(caseId), ledger: ledger.listForCase(caseId), manualEvents: manualEvents.listForCase(caseId) };
    return limitationOfRecords(records, settings.get().dailyContactLimit, calendar ?? effectiveHolidayCalendar(db, context.templatesDir),
      filingDate ?? (caseTerms.plannedFilingDate || clock.today()));
  }

  /**
   * Everything the readiness rules read. Each record set is loaded once and shared by the breakdown, the
   * limitation, the contact flags and the complaint's open items (a case with 100,000 contact records read them
   * three times before).
   */
  function readinessFacts(caseId: number): ReadinessFacts {
    const found = mustFindCase(caseId);
    const caseTerms = terms.get(caseId);
    const loaded = { evidence: evidence.listForCase(caseId), contacts: contacts.listForCase(caseId), ledger: ledger.listForCase(caseId) };
    const dailyContactLimit = settings.get().dailyContactLimit;
    const views = contactViewsOf(loaded.contacts, dailyContactLimit);
    const filingDate = caseTerms.plannedFilingDate || clock.today();
    const records = { found, terms: caseTerms, contacts: loaded.contacts, ledger: loaded.ledger, manualEvents: manualEvents.listForCase(caseId) };
    return {
      caseId,
      filingDate,
      defendant: { name: found.defendant.name, residentId: found.defendant.residentId },
      claim: found.claim,
      hasAgent: found.agentId !== null,
      claimFromBreakdown: caseTerms.useBreakdownInComplaint,
      evidence: loaded.evidence,
      ledgerEntryCount: loaded.ledger.length,
      breakdown: loaded.ledger.length > 0 ? breakdownOf(found, loaded.ledger, caseTerms) : null,
      limitation: limitationOfRecords(records, dailyContactLimit, effectiveHolidayCalendar(db, context.templatesDir), filingDate, views),
      contacts: views.map(({ record, flags }) => ({ record, flags })),
      court: addressedCourtOf(context, caseId),
      complaintItems: complaintOpenItems(context, found, loaded),
    };
  }

  return { mustFindCase, contactViews, breakdown, limitation, readinessFacts, terms };
}
export type CaseFacts = ReturnType<typeof createCaseFacts>;

/**
 * Loads what a case's records say about the complaint's fact items (core/documents/complaint-answers.ts): the
 * plaintiff profile's type, the evidence items, the contact records, the repayments after the first default in the
 * ledger, the forum clause of the jurisdiction facts and a property freeze recorded before filing. The documents and
 * readiness both read it, so they answer each item the same way.
 */
import type { Case } from '../../core/case/case-model';
import type { Bilingual } from '../../core/bilingual';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import type { ContactRecord } from '../../core/evidence/contact-model';
import type { EvidenceItem } from '../../core/evidence/evidence-model';
import { openItems, repaidAfterDefault, type ComplaintRecords } from '../../core/documents/complaint-answers';
import { elementComplaintInput, type ElementComplaintInput } from '../../core/documents/document-inputs';
import { filingAnswers } from '../../core/documents/filing-element';
import { inputChecker } from '../../core/documents/filing-inputs';
import { createDocumentInputRepository } from '../db/document-input-repository';
import { createCaseJurisdictionRepository } from '../db/case-jurisdiction-repository';
import { createContactRepository } from '../db/contact-repository';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createLedgerRepository } from '../db/ledger-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { createTrackingRepository } from '../db/tracking-repository';
import type { ServiceContext } from './service-context';

/** A case's evidence, contact records and ledger when the caller has loaded them already (readiness reads them too). */
export type LoadedCaseRecords = { evidence: readonly EvidenceItem[]; contacts: readonly ContactRecord[]; ledger: readonly LedgerEntry[] };

/** The complaint records of one case. */
export function loadComplaintRecords(context: ServiceContext, found: Case, loaded?: LoadedCaseRecords): ComplaintRecords {
  const { db } = context;
  const plaintiff = createOrganisationRepository(db).find(found.plaintiffId);
  const jurisdiction = createCaseJurisdictionRepository(db).find(found.id);
  const events = createTrackingRepository(db).events(found.id);
  const filedOn = events.filter((e) => (e.type === 'filed' || e.type === 'accepted')).map((e) => e.date).sort()[0] ?? null;
  // A freeze before the suit was filed (or while none is filed yet) was pre-suit preservation (CPL 104).
  const freeze = events.filter((e) => e.type === 'property-frozen' && !e.details.renewalOf && (filedOn === null || e.date < filedOn))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    organisationType: plaintiff?.organisationType ?? '',
    plaintiffName: plaintiff?.name ?? '',
    issuingBranch: found.card.issuingBranch,
    evidence: loaded?.evidence ?? createEvidenceRepository(db).listForCase(found.id),
    contacts: loaded?.contacts ?? createContactRepository(db).listForCase(found.id),
    repaidAfterDefaultFen: repaidAfterDefault(loaded?.ledger ?? createLedgerRepository(db).listForCase(found.id), found.card.firstDefaultDate),
    forumClause: jurisdiction ? { text: jurisdiction.facts.forumClause.text, names: jurisdiction.facts.forumClause.names } : null,
    preSuitFreeze: freeze ? { date: freeze.date, description: freeze.details.propertyDescription?.trim() ?? '' } : null,
  };
}

/** The complaint answers last entered for the case (any template's saved inputs, the latest winning). */
function savedComplaintInput(context: ServiceContext, caseId: number): ElementComplaintInput | undefined {
  const saved = createDocumentInputRepository(context.db).allForCase(caseId).map((inputs) => inputs.complaint).filter((c) => c !== undefined).at(-1);
  const parsed = saved === undefined ? null : elementComplaintInput.safeParse(saved);
  return parsed?.success ? parsed.data : undefined;
}

/** The complaint items that nothing answers yet, with the record that would answer each (for readiness). */
export function complaintOpenItems(context: ServiceContext, found: Case, loaded?: LoadedCaseRecords): { item: Bilingual; wanted: Bilingual }[] {
  // An unreadable entered amount counts as not entered here; generating the document reports it against its field.
  return openItems(filingAnswers(savedComplaintInput(context, found.id), loadComplaintRecords(context, found, loaded), null, inputChecker()));
}

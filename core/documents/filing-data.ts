/**
 * FilingData: the one set of data every template of the filing set is filled with, so the complaint, the
 * evidence list, the power of attorney and the rest cannot disagree with each other.
 *
 * It starts from what intake records (case, plaintiff, agent — the complaint's data, complaint-data.ts) and
 * adds optional sections that other parts of Dossier produce: the claim breakdown and evidence records
 * (core/claim, core/evidence), the chosen court (core/court), the settlement plan and the judgment and
 * enforcement events (core/tracking). Until those are wired in, or to override them, the same facts can
 * be entered for one document (DocumentInputs). An absent section is `null`: a template that needs it
 * lists it under `required` and stops with the missing-fields error, never half-filled.
 */
import type { Agent, Case, Organisation } from '../case/case-model';
import { maskCardNumber } from '../case/card-number';
import { maskResidentId } from '../case/resident-id';
import type { Fen } from '../money/fen';
import { complaintData } from './complaint-data';
import type { ComplaintData, ComplaintSources } from './complaint-data';
import type { DocumentInputsParsed, EnforcementInput, SettlementInput } from './document-inputs';
import { elementFacts, type ElementFacts } from './filing-element';
import { enforcementFacts, type EnforcementFacts } from './filing-enforcement';
import { evidenceListFacts, type EvidenceItemFacts, type EvidenceListFacts } from './filing-evidence';
import { inputChecker } from './filing-inputs';
import { powerOfAttorneyFacts, serviceAddressFacts, type PowerOfAttorneyFacts, type ServiceAddressFacts } from './filing-parties';
import { preservationFacts, type PreservationFacts } from './filing-preservation';
import { settlementFacts, type SettlementFacts } from './filing-settlement';

/** The itemised claim to its cut-off date, as the claim module computes it (core/claim). */
export type ClaimFacts = {
  asOfDate: string;
  principalFen: Fen;
  interestFen: Fen;
  penaltyFen: Fen;
  feesFen: Fen;
  /** How the amounts were computed (rates, periods), printed as the complaint's 明细. */
  details: string;
  /** Repaid after the first default (被告逾期部分已还金额), if known. */
  repaidOverdueFen: Fen | null;
};

/** The court chosen for the case and why, as the court module decides it (core/court). */
export type CourtFacts = {
  name: string;
  /** The ground of jurisdiction, e.g. 被告住所地（《民事诉讼法》第二十二条）. */
  reason: string;
  procedure: 'small-claims' | 'simplified' | 'ordinary' | null;
  acceptanceFeeFen: Fen | null;
};

/** Sections from the other areas; each may be absent. */
export type FilingSources = {
  claim?: ClaimFacts | null;
  evidence?: readonly EvidenceItemFacts[] | null;
  court?: CourtFacts | null;
  courtCaseNumber?: string | null;
  /** A stored settlement plan, in the shape the settlement form enters. */
  settlement?: SettlementInput | null;
  /** Recorded judgment, payments and property leads, in the shape the enforcement form enters. */
  enforcement?: EnforcementInput | null;
  /** The case's own evidence and breakdown as the complaint lists them (electron/services/evidence-filing-sources.ts). */
  complaint?: ComplaintSources | null;
};

/** Everything a template of the filing set can use. */
export type FilingData = Omit<ComplaintData, 'court' | 'claim' | 'defendant' | 'card'> & {
  caseId: number;
  defendant: ComplaintData['defendant'] & { residentIdMasked: string; serviceAddress: string };
  card: ComplaintData['card'] & { cardNumberMasked: string; cardTail: string };
  claim: ComplaintData['claim'] & { details: string };
  court: { name: string; reason: string; procedure: CourtFacts['procedure']; acceptanceFeeFen: Fen | null };
  proceedings: { courtCaseNumber: string };
  element: ElementFacts;
  powerOfAttorney: PowerOfAttorneyFacts;
  serviceAddress: ServiceAddressFacts | null;
  evidenceList: EvidenceListFacts | null;
  settlement: SettlementFacts | null;
  enforcement: EnforcementFacts | null;
  preservation: PreservationFacts | null;
  withdrawal: { reason: 'settled' | 'paid' | 'other'; details: string };
};

/** What buildFilingData needs: the case and its parties, the date printed on the filing, entered inputs and other areas' sections. */
export type FilingDataSource = {
  case: Case;
  plaintiff: Organisation;
  agent: Agent | null;
  filingDate: string;
  inputs?: DocumentInputsParsed;
  sources?: FilingSources;
};

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Builds the filing data. Entered inputs win over the other areas' records (the user is correcting
 * them for this document). Throws DossierError('invalid-input') listing every bad entered field.
 */
export function buildFilingData(source: FilingDataSource): FilingData {
  const { case: c, plaintiff, agent, filingDate } = source;
  const inputs = source.inputs ?? {};
  const sources = source.sources ?? {};
  const base = complaintData(c, plaintiff, agent, filingDate, sources.complaint ?? {});
  const check = inputChecker();

  const claimFacts = sources.claim ?? null;
  const claim = claimFacts
    ? {
        ...base.claim,
        asOfDate: claimFacts.asOfDate,
        principalFen: claimFacts.principalFen,
        interestFen: claimFacts.interestFen,
        penaltyFen: claimFacts.penaltyFen,
        feesFen: claimFacts.feesFen,
        totalFen: claimFacts.principalFen + claimFacts.interestFen + claimFacts.penaltyFen + claimFacts.feesFen,
        runningFrom: nextDay(claimFacts.asOfDate),
        details: claimFacts.details,
      }
    : { ...base.claim, details: '' };
  const courtFacts = sources.court ?? null;
  const court = {
    name: courtFacts?.name ?? c.courtName,
    reason: courtFacts?.reason ?? '',
    procedure: courtFacts?.procedure ?? null,
    acceptanceFeeFen: courtFacts?.acceptanceFeeFen ?? null,
  };
  const settlementInput = inputs.settlement ?? sources.settlement ?? null;
  const enforcementInput = inputs.enforcement ?? sources.enforcement ?? null;
  const evidenceItems = inputs.evidence ?? sources.evidence ?? null;

  const data: FilingData = {
    ...base,
    caseId: c.id,
    defendant: {
      ...base.defendant,
      residentIdMasked: maskResidentId(c.defendant.residentId),
      // Service goes to the habitual residence where there is one (CPL 22; 法院专递规定 art. 5).
      serviceAddress: c.defendant.habitualResidence || c.defendant.registeredAddress,
    },
    card: { ...base.card, cardNumberMasked: maskCardNumber(c.card.cardNumber), cardTail: c.card.cardNumber.replace(/\D/g, '').slice(-4) },
    claim,
    court,
    proceedings: { courtCaseNumber: inputs.proceedings?.courtCaseNumber ?? sources.courtCaseNumber ?? '' },
    element: elementFacts(inputs.complaint, claimFacts?.repaidOverdueFen ?? null, check),
    powerOfAttorney: powerOfAttorneyFacts(inputs.powerOfAttorney, agent),
    serviceAddress: serviceAddressFacts(inputs.serviceAddress, plaintiff, agent),
    evidenceList: evidenceItems ? evidenceListFacts(evidenceItems) : null,
    settlement: settlementInput ? settlementFacts(settlementInput, claim, filingDate, check) : null,
    enforcement: enforcementInput ? enforcementFacts(enforcementInput, { court: court.name, filingDate }, check) : null,
    preservation: inputs.preservation ? preservationFacts(inputs.preservation, claim.totalFen, check) : null,
    withdrawal: { reason: inputs.withdrawal?.reason ?? 'settled', details: inputs.withdrawal?.details ?? '' },
  };
  check.finish();
  return data;
}

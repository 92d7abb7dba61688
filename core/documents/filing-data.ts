/**
 * FilingData: the one set of data every template of the filing set is filled with, so the complaint, the
 * evidence list, the power of attorney and the rest cannot disagree with each other.
 *
 * It starts from what intake records (case, plaintiff, agent — the complaint's data, complaint-data.ts) and
 * adds optional sections that other parts of Dossier produce: the claim breakdown and evidence records
 * (core/claim, core/evidence), the chosen court with its procedure and fees (core/court), the court case
 * number, the stored settlement plan and the judgment, payments and property events (core/tracking);
 * electron/services/document-filing-data.ts loads them. Facts can also be entered for one document
 * (DocumentInputs): an entered value wins, and a field left empty takes the recorded one — except the
 * settlement schedule, which is the stored plan's whenever the case has one (filing-settlement.ts).
 * An absent section is `null`: a template that needs it lists it under `required` and stops with the
 * missing-fields error, never half-filled.
 */
import type { Agent, Case, Organisation } from '../case/case-model';
import { addDays } from '../calendar/date-arithmetic';
import { maskCardNumber } from '../case/card-number';
import { maskResidentId } from '../case/resident-id';
import type { Fen } from '../money/fen';
import { complaintData } from './complaint-data';
import type { ComplaintData, ComplaintSources } from './complaint-data';
import type { DocumentInputsParsed } from './document-inputs';
import { filingCourt, type CourtFacts } from './filing-court';
import type { ComplaintRecords } from './complaint-answers';
import { elementFacts, filingAnswers, type ElementFacts } from './filing-element';
import { enforcementFacts, enforcementInputWithRecords, type EnforcementFacts } from './filing-enforcement';
import { evidenceForFiling, evidenceListFacts, withBranchStanding, type EvidenceItemFacts, type EvidenceListFacts } from './filing-evidence';
import { inputChecker, type InputChecker } from './filing-inputs';
import { DossierError } from '../errors';
import { plaintiffStanding, powerOfAttorneyFacts, serviceAddressFacts, type PlaintiffStanding, type PowerOfAttorneyFacts, type ServiceAddressFacts } from './filing-parties';
import { preservationFacts, type PreservationFacts } from './filing-preservation';
import type { RecordedEnforcement } from './filing-records';
import type { FilingPhase } from './filing-set';
import { settlementFacts, type SettlementFacts, type StoredSettlement } from './filing-settlement';
import { withdrawalFacts, type WithdrawalFacts } from './filing-withdrawal';

export type { CourtFacts } from './filing-court';

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

/** Sections from the other areas; each may be absent. */
export type FilingSources = {
  claim?: ClaimFacts | null;
  evidence?: readonly EvidenceItemFacts[] | null;
  court?: CourtFacts | null;
  /** The 案号 recorded with the acceptance event (core/tracking). */
  courtCaseNumber?: string | null;
  /** The 执行案号 recorded with the enforcement acceptance event (core/tracking). */
  enforcementCaseNumber?: string | null;
  /** The case's latest stored settlement plan (core/tracking/settlement-plan.ts). */
  settlement?: StoredSettlement | null;
  /** The recorded effective document, payments and property events (filing-records.ts). */
  enforcement?: RecordedEnforcement | null;
  /** The part of the proceedings tracking puts the case in (filing-set.ts); absent = the suit. */
  phase?: FilingPhase;
  /** The case's own evidence and breakdown as the complaint lists them (electron/services/evidence-filing-sources.ts). */
  complaint?: ComplaintSources | null;
  /** What the evidence, contact, ledger, jurisdiction and tracking records say about the complaint's fact items (complaint-answers.ts). */
  complaintRecords?: ComplaintRecords | null;
};

/** Everything a template of the filing set can use. */
export type FilingData = Omit<ComplaintData, 'court' | 'claim' | 'defendant' | 'card'> & {
  caseId: number;
  defendant: ComplaintData['defendant'] & { residentIdMasked: string; serviceAddress: string };
  card: ComplaintData['card'] & { cardNumberMasked: string; cardTail: string };
  claim: ComplaintData['claim'] & { details: string };
  court: CourtFacts;
  proceedings: { courtCaseNumber: string };
  element: ElementFacts;
  /** How the filings describe the plaintiff: a legal person or a branch (Interp 52(6)), from its profile. */
  standing: PlaintiffStanding;
  powerOfAttorney: PowerOfAttorneyFacts;
  serviceAddress: ServiceAddressFacts | null;
  evidenceList: EvidenceListFacts | null;
  settlement: SettlementFacts | null;
  enforcement: EnforcementFacts | null;
  preservation: PreservationFacts | null;
  withdrawal: WithdrawalFacts;
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

/**
 * A section built from the records alone (nothing entered for it) that is incomplete — e.g. a judgment
 * whose award differs from the claim, so it cannot be split — is left out (null) rather than failing every
 * document of the case: only the templates that need it then stop, naming the missing fields. What the
 * user entered is checked strictly.
 */
function sectionFromRecords<T>(enteredByUser: boolean, strict: InputChecker, build: (check: InputChecker) => T): T | null {
  if (enteredByUser) return build(strict);
  const own = inputChecker();
  const section = build(own);
  try {
    own.finish();
    return section;
  } catch (error) {
    if (error instanceof DossierError) return null;
    throw error;
  }
}

/** Entered text, or null when the field was left empty (so the recorded value stands in). */
function entered(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

/**
 * Builds the filing data. Entered inputs win over the other areas' records (the user is correcting
 * them for this document), field by field. Throws DossierError('invalid-input') listing every bad entered field.
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
        runningFrom: addDays(claimFacts.asOfDate, 1),
        details: claimFacts.details,
      }
    : { ...base.claim, details: '' };
  const court = filingCourt(sources.court ?? null, c.courtName, claim.totalFen);
  const enforcementInput = enforcementInputWithRecords(inputs.enforcement, sources.enforcement ?? null);
  const evidenceItems = evidenceForFiling(inputs.evidence, sources.evidence);
  const answers = filingAnswers(inputs.complaint, sources.complaintRecords, claimFacts?.repaidOverdueFen ?? null, check);
  const standing = plaintiffStanding(answers.organisationType.given ? answers.organisationType.value : '', plaintiff, c.card.issuingBranch);

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
    proceedings: { courtCaseNumber: entered(inputs.proceedings?.courtCaseNumber) ?? sources.courtCaseNumber ?? '' },
    element: elementFacts(inputs.complaint, answers),
    standing,
    evidence: withBranchStanding(base.evidence, standing.isBranch),
    powerOfAttorney: powerOfAttorneyFacts(inputs.powerOfAttorney, agent, { phase: sources.phase ?? 'litigation', enforcementCaseNumber: sources.enforcementCaseNumber ?? '' }),
    serviceAddress: serviceAddressFacts(inputs.serviceAddress, plaintiff, agent),
    evidenceList: evidenceItems ? evidenceListFacts(withBranchStanding(evidenceItems, standing.isBranch)) : null,
    settlement: sectionFromRecords(inputs.settlement !== undefined, check, (c) =>
      settlementFacts(inputs.settlement ?? null, sources.settlement ?? null, claim, { filingDate, procedure: court.procedure, enforcementCaseNumber: sources.enforcementCaseNumber ?? '' }, c)),
    enforcement: enforcementInput
      ? sectionFromRecords(inputs.enforcement !== undefined, check, (c) => enforcementFacts(enforcementInput, { court: court.name, filingDate }, c))
      : null,
    preservation: inputs.preservation ? preservationFacts(inputs.preservation, claim.totalFen, check) : null,
    withdrawal: withdrawalFacts(inputs.withdrawal, claim.totalFen, court.procedure),
  };
  check.finish();
  return data;
}

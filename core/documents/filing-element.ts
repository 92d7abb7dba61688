/**
 * The answers of the element-style complaint (要素式起诉状, 法〔2025〕82号 model text for credit-card disputes;
 * domain.md §7.2) as its template prints them: each fact item comes from complaint-answers.ts — entered for the
 * document, else the case's records — and an item neither answers is 'open', printed blank for the lawyer.
 */
import type { OrganisationType } from '../case/case-model';
import type { Fen } from '../money/fen';
import { complaintAnswers, type Answer, type ComplaintAnswers, type ComplaintRecords } from './complaint-answers';
import type { ElementComplaintInput } from './document-inputs';
import type { InputChecker } from './filing-inputs';

/** A yes/no item as printed: 'open' leaves both boxes empty. */
export type ElementState = 'yes' | 'no' | 'open';

/** The element-style complaint's extra data. */
export type ElementFacts = {
  /** '' when open: every 类型 box stays empty. */
  organisationType: OrganisationType | '';
  keyTermNotice: ElementState;
  keyTermNoticeMethod: string;
  collection: ElementState;
  collectionDetails: string;
  /** 被告逾期部分已还金额; null when open. */
  repaidOverdueFen: Fen | null;
  forumClause: ElementState;
  forumClauseText: string;
  preSuitPreservation: ElementState;
  preSuitPreservationDetails: string;
  realisationCosts: boolean;
  realisationCostsDetails: string;
  claimCosts: boolean;
  mediationAware: ElementState;
  mediationBenefitsAware: ElementState;
  considerMediation: 'yes' | 'no' | 'unsure' | 'open';
  otherClaims: string;
  otherFacts: string;
};

/** The records a case without any (e.g. a template preview) stands on: nothing, so every fact item is open. */
export const noComplaintRecords: ComplaintRecords = {
  organisationType: '', plaintiffName: '', issuingBranch: '', evidence: [], contacts: [], repaidAfterDefaultFen: null, forumClause: null, preSuitFreeze: null,
};

function state<T>(answer: Answer<T>, yes: (value: T) => boolean): ElementState {
  return answer.given ? (yes(answer.value) ? 'yes' : 'no') : 'open';
}

/** The 已还金额 entered for the document, else the one the claim states; null when neither does. */
export function statedRepaid(input: ElementComplaintInput | undefined, repaidOverdueFromClaim: Fen | null, check: InputChecker): Fen | null {
  const repaid = (input?.repaidOverdue ?? '').trim();
  return repaid === '' ? repaidOverdueFromClaim : check.amount(repaid, 'complaint.repaidOverdue', null);
}

/** Builds the element answers from the derived answers and the claims the plaintiff makes. */
export function elementFacts(input: ElementComplaintInput | undefined, answers: ComplaintAnswers): ElementFacts {
  const { keyTermNotice, collection, forumClause, preSuitPreservation, considerMediation } = answers;
  return {
    organisationType: answers.organisationType.given ? answers.organisationType.value : '',
    keyTermNotice: state(keyTermNotice, (v) => v.given),
    keyTermNoticeMethod: keyTermNotice.given ? keyTermNotice.value.method : '',
    collection: state(collection, (v) => v.collected),
    collectionDetails: collection.given ? collection.value.details : '',
    repaidOverdueFen: answers.repaidOverdue.given ? answers.repaidOverdue.value : null,
    forumClause: state(forumClause, (v) => v.present),
    forumClauseText: forumClause.given ? forumClause.value.text : '',
    preSuitPreservation: state(preSuitPreservation, (v) => v.done),
    preSuitPreservationDetails: preSuitPreservation.given ? preSuitPreservation.value.details : '',
    realisationCosts: input?.realisationCosts ?? false,
    realisationCostsDetails: input?.realisationCostsDetails ?? '',
    claimCosts: input?.claimCosts ?? true,
    mediationAware: state(answers.mediationAware, (v) => v),
    mediationBenefitsAware: state(answers.mediationBenefitsAware, (v) => v),
    considerMediation: considerMediation.given ? considerMediation.value : 'open',
    otherClaims: input?.otherClaims ?? '',
    otherFacts: input?.otherFacts ?? '',
  };
}

/** The answers of a filing: entered inputs over the records (one derivation for documents and readiness). */
export function filingAnswers(input: ElementComplaintInput | undefined, records: ComplaintRecords | null | undefined, repaidOverdueFromClaim: Fen | null, check: InputChecker): ComplaintAnswers {
  return complaintAnswers(input, records ?? noComplaintRecords, statedRepaid(input, repaidOverdueFromClaim, check));
}

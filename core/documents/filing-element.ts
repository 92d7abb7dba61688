/**
 * The answers of the element-style complaint (要素式起诉状, 法〔2025〕82号 model text for credit-card disputes;
 * domain.md §7.2) that the case record does not hold: the 类型 of the plaintiff organisation, whether and how
 * the key terms were brought to the cardholder's attention (CC 496; 合同编通则解释 art. 10), collection,
 * forum clause, pre-suit preservation, costs claimed and the attitude to mediation. Defaults describe the
 * usual bank case; the user corrects them on the form.
 */
import type { Fen } from '../money/fen';
import type { ElementComplaintInput } from './document-inputs';
import type { InputChecker } from './filing-inputs';

/** The element-style complaint's extra data. */
export type ElementFacts = {
  organisationType: NonNullable<ElementComplaintInput['organisationType']>;
  keyTermNoticeGiven: boolean;
  keyTermNoticeMethod: string;
  collected: boolean;
  collectionDetails: string;
  /** 被告逾期部分已还金额; null when not stated. */
  repaidOverdueFen: Fen | null;
  forumClause: boolean;
  forumClauseText: string;
  preSuitPreservation: boolean;
  preSuitPreservationDetails: string;
  realisationCosts: boolean;
  realisationCostsDetails: string;
  claimCosts: boolean;
  considerMediation: 'yes' | 'no' | 'unsure';
  otherClaims: string;
  otherFacts: string;
};

const defaultNoticeMethod =
  '被告申领信用卡时，原告在申请表及领用合约中以加粗字体标示利息、违约金、费用及违约责任等重要条款，被告签字确认已阅读并理解上述条款';
const defaultCollection = '原告通过电话、短信、信函等方式多次向被告催收，被告至今未清偿欠款';

/** Builds the element answers from the entered values and the defaults. */
export function elementFacts(input: ElementComplaintInput | undefined, repaidOverdueFromClaim: Fen | null, check: InputChecker): ElementFacts {
  const repaid = (input?.repaidOverdue ?? '').trim();
  return {
    organisationType: input?.organisationType ?? 'joint-stock',
    keyTermNoticeGiven: input?.keyTermNoticeGiven ?? true,
    keyTermNoticeMethod: input?.keyTermNoticeMethod?.trim() || defaultNoticeMethod,
    collected: input?.collected ?? true,
    collectionDetails: input?.collectionDetails?.trim() || defaultCollection,
    repaidOverdueFen: repaid === '' ? repaidOverdueFromClaim : check.amount(repaid, 'complaint.repaidOverdue', null),
    forumClause: input?.forumClause ?? false,
    forumClauseText: input?.forumClauseText ?? '',
    preSuitPreservation: input?.preSuitPreservation ?? false,
    preSuitPreservationDetails: input?.preSuitPreservationDetails ?? '',
    realisationCosts: input?.realisationCosts ?? false,
    realisationCostsDetails: input?.realisationCostsDetails ?? '',
    claimCosts: input?.claimCosts ?? true,
    considerMediation: input?.considerMediation ?? 'unsure',
    otherClaims: input?.otherClaims ?? '',
    otherFacts: input?.otherFacts ?? '',
  };
}

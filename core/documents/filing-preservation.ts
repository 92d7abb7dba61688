/**
 * The property-preservation application's facts (财产保全规定 art. 1; CPL 103–105; domain.md §7.7): the
 * amount to preserve — no more than the claim (CPL 105) — the concrete property leads, and the security
 * offered, which a commercial bank need not give (财产保全规定 art. 9(6)).
 */
import type { Fen } from '../money/fen';
import type { PreservationInput } from './document-inputs';
import { propertyClueFacts, type PropertyClueFacts } from './filing-enforcement';
import type { InputChecker } from './filing-inputs';

/** The preservation application's data. */
export type PreservationFacts = {
  stage: 'in-suit' | 'pre-suit';
  amountFen: Fen;
  propertyClues: PropertyClueFacts[];
  security: NonNullable<PreservationInput['security']>;
  securityDetails: string;
};

/** Builds the preservation facts; an amount above the claim is refused (CPL 105). */
export function preservationFacts(input: PreservationInput, claimTotalFen: Fen, check: InputChecker): PreservationFacts {
  const amountFen = check.amount(input.amount ?? '', 'preservation.amount', claimTotalFen);
  if (amountFen <= 0) check.problem('preservation.amount', { zh: '申请保全的金额必须大于 0', en: 'The amount to preserve must be more than 0' });
  if (amountFen > claimTotalFen) {
    check.problem('preservation.amount', {
      zh: '申请保全的金额不得超过诉讼请求的金额（《中华人民共和国民事诉讼法》第一百零五条）',
      en: 'Preservation is limited to the amount claimed (CPL 105)',
    });
  }
  const security = input.security ?? 'none-financial-institution';
  if (security !== 'none-financial-institution' && (input.securityDetails ?? '').trim() === '') {
    check.problem('preservation.securityDetails', { zh: '请说明提供的担保', en: 'Describe the security offered' });
  }
  const propertyClues = propertyClueFacts(input.propertyClues);
  if (propertyClues.length === 0) {
    check.problem('preservation.propertyClues', {
      zh: '至少填写一条具体的财产线索（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第一条）',
      en: 'Give at least one concrete property lead (财产保全规定 art. 1)',
    });
  }
  return { stage: input.stage ?? 'in-suit', amountFen, propertyClues, security, securityDetails: input.securityDetails ?? '' };
}

/**
 * Whether the court a filing addresses (此致 …) is one the jurisdiction advisor accepts for the case's facts
 * (《民事诉讼法》第二十二条、第二十四条；《民诉法解释》第三条、第四条). Addressing another court invites a
 * jurisdiction objection (《民事诉讼法》第一百三十条) and a transfer (第三十七条), so readiness blocks on it and
 * document generation warns — unless the user chose that court with a recorded reason. One rule, used by both.
 */
import type { Bilingual } from '../bilingual';
import type { JurisdictionAdvice } from './jurisdiction-advisor';
import type { Finding } from './jurisdiction-findings';

/** The court the documents address, what the advisor says about the case, and the user's override if any. */
export type AddressedCourtFacts = {
  /** The case's court, which every document of the filing set addresses. */
  addressedName: string;
  candidates: { courtName: string }[];
  ruledOut: { courtName: string; reasons: Finding[] }[];
  /** The court the user chose outside the advisor's candidates, and why; null when none was recorded. */
  override: { courtName: string; reason: string } | null;
};

/** The facts above from the advisor's advice, the case's court and the stored choice. */
export function addressedCourtFacts(addressedName: string, advice: Pick<JurisdictionAdvice, 'candidates' | 'ruledOut'>, override: AddressedCourtFacts['override']): AddressedCourtFacts {
  return {
    addressedName,
    candidates: advice.candidates.map((c) => ({ courtName: c.courtName })),
    ruledOut: advice.ruledOut.map((c) => ({ courtName: c.courtName, reasons: c.reasons })),
    override,
  };
}

const joinedZh = (names: string[]) => (names.length > 0 ? names.join('、') : '无');
const joinedEn = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');

/**
 * What is wrong with the addressed court, naming it, the candidates and the advisor's reason for rejecting
 * it; null when it is a candidate, or when the user overrode the advice for exactly this court with a reason.
 */
export function addressedCourtProblem(facts: AddressedCourtFacts): Bilingual | null {
  const { addressedName } = facts;
  const names = facts.candidates.map((c) => c.courtName);
  if (addressedName === '') {
    return {
      zh: `案件未填写受诉法院；管辖建议的候选法院：${joinedZh(names)}`,
      en: `The case names no court to file with; the advisor's candidates: ${joinedEn(names)}`,
    };
  }
  if (names.includes(addressedName)) return null;
  if (facts.override && facts.override.courtName === addressedName && facts.override.reason.trim() !== '') return null;
  const ruled = facts.ruledOut.find((c) => c.courtName === addressedName);
  const because: Bilingual = ruled && ruled.reasons.length > 0
    ? { zh: ruled.reasons.map((r) => `${r.text.zh}（${r.citation.zh}）`).join('；'), en: ruled.reasons.map((r) => `${r.text.en} (${r.citation.en})`).join('; ') }
    : { zh: '该法院不是被告住所地、经常居住地、合同履行地或有效约定的法院', en: "it is not the court of the defendant's domicile or habitual residence, the place of performance or a valid agreed forum" };
  return {
    zh: `文书所列受诉法院“${addressedName}”不在管辖建议的候选法院之中（候选法院：${joinedZh(names)}）；排除理由：${because.zh}`,
    en: `The documents address ${addressedName}, which is not among the advisor's candidate courts (candidates: ${joinedEn(names)}); rejected because ${because.en}`,
  };
}

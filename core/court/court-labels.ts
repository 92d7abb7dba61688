/**
 * The words a user reads for the court advisor's codes (the basis a candidate rests on, how far it can be
 * relied on, the procedure outcome), for text outside the renderer — the CLI. The renderer's own tables
 * (renderer/features/court/text.ts) use the same words.
 */
import type { Bilingual } from '../bilingual';
import type { CandidateBasis, Standing } from './jurisdiction-advisor';
import type { ProcedureOutcome } from './procedure-choice';

/** 管辖依据. */
export const candidateBasisLabels: Record<CandidateBasis, Bilingual> = {
  'forum-clause': { zh: '协议管辖', en: 'Agreed forum' },
  'habitual-residence': { zh: '被告经常居住地', en: "Defendant's habitual residence" },
  domicile: { zh: '被告住所地', en: "Defendant's domicile" },
  'place-of-performance': { zh: '合同履行地', en: 'Place of performance' },
  'internet-court': { zh: '互联网法院', en: 'Internet court' },
};

/** 可否依赖. */
export const standingLabels: Record<Standing, Bilingual> = {
  recommended: { zh: '首选', en: 'Recommended' },
  available: { zh: '有管辖权', en: 'Competent' },
  fallback: { zh: '备选', en: 'Fallback' },
  review: { zh: '需复核', en: 'Needs review' },
  'ruled-out': { zh: '排除', en: 'Ruled out' },
};

/** 程序判断. */
export const procedureOutcomeLabels: Record<ProcedureOutcome, Bilingual> = {
  'small-claims-mandatory': { zh: '应当适用小额诉讼程序', en: 'Small claims (mandatory)' },
  'small-claims-by-consent': { zh: '双方约定可适用小额诉讼程序', en: 'Small claims by consent' },
  'simplified-or-ordinary': { zh: '简易程序或普通程序', en: 'Simplified or ordinary' },
  ordinary: { zh: '普通程序', en: 'Ordinary' },
  'threshold-unknown': { zh: '小额诉讼标准未知', en: 'Small-claims limit unknown' },
};

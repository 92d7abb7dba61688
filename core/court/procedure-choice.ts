/**
 * Which procedure a money claim goes to (domain.md §2.5): small claims (mandatory up to 50 % of the
 * province's published average wage, by consent up to 200 %), otherwise simplified or ordinary; a
 * defendant whose whereabouts are unknown rules out small claims and simplified procedure.
 */
import type { Bilingual } from '../bilingual';
import { formatYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import type { Procedure } from './fee-calculator';
import type { SmallClaimsThreshold } from './small-claims-threshold';

/** The outcome as `dossier calc procedure` reports it. */
export const procedureOutcomes = ['small-claims-mandatory', 'small-claims-by-consent', 'simplified-or-ordinary', 'ordinary', 'threshold-unknown'] as const;
export type ProcedureOutcome = (typeof procedureOutcomes)[number];

/** A reason with its legal basis. */
export type Reasoned = { text: Bilingual; citation: Bilingual };

/** The procedure decision with the threshold used and why. */
export type ProcedureChoice = {
  outcome: ProcedureOutcome;
  /** The procedure to price the fee on: what the court will most likely apply. */
  likelyProcedure: Procedure;
  threshold: SmallClaimsThreshold | null;
  reasons: Reasoned[];
};

const cite = {
  cpl165: { zh: '《民事诉讼法》第一百六十五条', en: 'CPL art. 165' },
  cpl166: { zh: '《民事诉讼法》第一百六十六条', en: 'CPL art. 166' },
  interp257: { zh: '《民诉法解释》第二百五十七条', en: 'Interp art. 257' },
  interp272: { zh: '《民诉法解释》第二百七十二条', en: 'Interp art. 272' },
  cpl160: { zh: '《民事诉讼法》第一百六十条', en: 'CPL art. 160' },
};

/** A published limit as courts write it: whole yuan without decimals, otherwise to the fen (Shanghai's 68,378.50). */
function yuan(fen: Fen): string {
  return formatYuan(fen).replace(/\.00$/, '');
}

/** Decides the procedure for an amount; `threshold` is the published figure in force (null when none is known). */
export function chooseProcedure(input: {
  amountFen: Fen;
  threshold: SmallClaimsThreshold | null;
  whereaboutsUnknown?: boolean;
  /** Both parties agreed to small claims above the mandatory limit (CPL 165(2)). */
  consent?: boolean;
}): ProcedureChoice {
  const { amountFen, threshold } = input;
  if (input.whereaboutsUnknown) {
    return {
      outcome: 'ordinary', likelyProcedure: 'ordinary', threshold,
      reasons: [
        { text: { zh: '被告下落不明：不适用小额诉讼程序', en: "The defendant's whereabouts are unknown: small claims is not available" }, citation: cite.cpl166 },
        { text: { zh: '起诉时被告下落不明的，不适用简易程序（须公告送达），应适用普通程序，受理费不减半', en: 'A defendant missing at filing rules out the simplified procedure (service by public notice): ordinary procedure, full fee' }, citation: cite.interp257 },
      ],
    };
  }
  if (!threshold) {
    return {
      outcome: 'threshold-unknown', likelyProcedure: 'simplified', threshold: null,
      reasons: [{
        text: { zh: '未找到该省在此日期适用的小额诉讼标准，请在“小额诉讼标准”表中补充高级法院公布的数额', en: "No small-claims limit is recorded for this province on this date; add the High Court's published figure to the thresholds table" },
        citation: cite.interp272,
      }],
    };
  }
  const basis: Reasoned = {
    text: {
      zh: `${threshold.province}适用的小额诉讼标准：${yuan(threshold.mandatoryLimitFen)} 元（${threshold.wageYear} 年${threshold.wageBasis}的 50%），双方约定可至 ${yuan(threshold.agreementLimitFen)} 元；自 ${threshold.inForceFrom} 起适用，来源：${threshold.source}`,
      en: `${threshold.province}: small claims up to ${yuan(threshold.mandatoryLimitFen)} yuan (50 % of the ${threshold.wageYear} average wage), by consent up to ${yuan(threshold.agreementLimitFen)} yuan; in force from ${threshold.inForceFrom}; source: ${threshold.source}`,
    },
    citation: cite.interp272,
  };
  if (amountFen <= threshold.mandatoryLimitFen) {
    return {
      outcome: 'small-claims-mandatory', likelyProcedure: 'small-claims', threshold,
      reasons: [basis, { text: { zh: '标的额不超过标准：事实清楚、争议不大的金钱给付案件应当适用小额诉讼程序，一审终审', en: 'At or below the limit: a simple money claim must go to small claims, final at first instance' }, citation: cite.cpl165 }],
    };
  }
  if (amountFen <= threshold.agreementLimitFen) {
    return {
      outcome: 'small-claims-by-consent', likelyProcedure: input.consent ? 'small-claims' : 'simplified', threshold,
      reasons: [basis, { text: { zh: '超过标准但不超过两倍：双方约定的，可以适用小额诉讼程序；否则适用简易程序', en: 'Above the limit but within twice it: small claims only if both parties agree; otherwise simplified' }, citation: cite.cpl165 }],
    };
  }
  return {
    outcome: 'simplified-or-ordinary', likelyProcedure: 'simplified', threshold,
    reasons: [basis, { text: { zh: '超过小额诉讼上限：事实清楚、争议不大的适用简易程序，否则适用普通程序', en: 'Above the small-claims ceiling: simplified procedure if simple, otherwise ordinary' }, citation: cite.cpl160 }],
  };
}

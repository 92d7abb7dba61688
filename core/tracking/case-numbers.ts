/**
 * 案号 — court case numbers as the SPC's 《关于人民法院案件案号的若干规定》(法〔2015〕137号) writes them:
 * （收案年度）+ 法院代字 + 类型代字 + 案件编号 + 号, e.g. （2026）京0105民初12345号 (a basic court's
 * first-instance civil case) or （2026）京0105执678号 (its first enforcement case). The 法院代字 is the
 * province's one-character abbreviation followed by two digits (intermediate / specialised courts,
 * e.g. 沪74 for the Shanghai Financial Court) or four digits (basic courts); a high court has none.
 */
import type { Bilingual } from '../bilingual';

/** Provincial abbreviations used as the first character of a 法院代字 (兵 = the XPCC courts). */
const provinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵';

/** 类型代字 of civil litigation cases a credit-card suit can carry (first instance, appeal, retrial, special, payment order). */
export const civilTypeCodes = ['民初', '民终', '民再', '民申', '民特', '民督', '民撤'] as const;
/** 类型代字 of enforcement cases: first enforcement and resumed enforcement (执恢, after 终本). */
export const enforcementTypeCodes = ['执', '执恢'] as const;

const SHAPE = new RegExp(`^（(\\d{4})）((?:最高法|[${provinces}](?:\\d{4}|\\d{2})?))([\\u4e00-\\u9fff]{1,3}?)(\\d{1,6})号$`);

/** A case number split into its parts. */
export type CaseNumberParts = { year: number; court: string; typeCode: string; serial: number };

/** Writes a number the way the rule prints it: full-width parentheses, no spaces (users often type "(2026)"). */
export function normaliseCaseNumber(text: string): string {
  return text.trim().replace(/\s+/g, '').replace(/^[(（]/, '（').replace(/^（(\d{4})[)）]/, '（$1）');
}

/** Splits a normalised case number, or null when it does not have the shape of a 案号. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const match = SHAPE.exec(normaliseCaseNumber(text));
  if (!match) return null;
  return { year: Number(match[1]), court: match[2]!, typeCode: match[3]!, serial: Number(match[4]) };
}

/**
 * What is wrong with a court case number for a given kind of case, or null. `eventYear` is the year of
 * the acceptance: the number carries the year the court received the case (收案年度), which is that
 * year or, for a case received in late December and docketed in January, the year before.
 */
export function caseNumberProblem(text: string, kind: 'civil' | 'enforcement', eventYear: number): Bilingual | null {
  const example = kind === 'civil' ? '（2026）京0105民初12345号' : '（2026）京0105执678号';
  const parts = parseCaseNumber(text);
  if (!parts) {
    return {
      zh: `案号“${text}”格式不正确，应为“（年度）法院代字类型代字编号号”，如 ${example}`,
      en: `The case number "${text}" is not in the form (year) court code, type code, serial 号, e.g. ${example}`,
    };
  }
  const allowed: readonly string[] = kind === 'civil' ? civilTypeCodes : enforcementTypeCodes;
  if (!allowed.includes(parts.typeCode)) {
    return kind === 'civil'
      ? { zh: `案号的类型代字“${parts.typeCode}”不是民事诉讼案件（应为 ${civilTypeCodes.join('、')} 之一）`, en: `The type code "${parts.typeCode}" is not a civil litigation code (use one of ${civilTypeCodes.join(', ')})` }
      : { zh: `执行案号的类型代字“${parts.typeCode}”不是执行案件（应为“执”或“执恢”）`, en: `The type code "${parts.typeCode}" is not an enforcement code (use 执 or 执恢)` };
  }
  if (parts.year !== eventYear && parts.year !== eventYear - 1) {
    return {
      zh: `案号年度（${parts.year}）与登记日期的年度（${eventYear}）不符`,
      en: `The year in the case number (${parts.year}) does not match the year of the event (${eventYear})`,
    };
  }
  if (parts.serial === 0) return { zh: '案件编号不能为 0', en: 'The serial number cannot be 0' };
  return null;
}

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

/**
 * The kind of case a number is recorded for, decided by the event carrying it: a first-instance
 * acceptance (民初), a second-instance judgment (民终), an enforcement acceptance (执) or a resumption
 * of enforcement after 终本 or a broken enforcement settlement (执恢).
 */
export type CaseNumberKind = 'first-instance' | 'appeal' | 'enforcement' | 'resumed-enforcement';

/** The one 类型代字 each kind of case is numbered with (法〔2015〕137号, 附件《案件类型代字标准》). */
export const typeCodeOf: Record<CaseNumberKind, string> = { 'first-instance': '民初', appeal: '民终', enforcement: '执', 'resumed-enforcement': '执恢' };

const kindLabels: Record<CaseNumberKind, Bilingual> = {
  'first-instance': { zh: '一审民事案件', en: 'a first-instance civil case' },
  appeal: { zh: '二审民事案件', en: 'a second-instance civil case' },
  enforcement: { zh: '首次执行案件', en: 'a first enforcement case' },
  'resumed-enforcement': { zh: '恢复执行案件', en: 'a resumed enforcement case' },
};

const examples: Record<CaseNumberKind, string> = {
  'first-instance': '（2026）云0111民初1234号', appeal: '（2026）云01民终567号', enforcement: '（2026）云0111执678号', 'resumed-enforcement': '（2026）云0111执恢12号',
};

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

/** What the number is checked against, besides its shape. */
export type CaseNumberExpectation = {
  kind: CaseNumberKind;
  /** The year of the event recording the number. */
  eventYear: number;
  /**
   * Whether the event is the docketing itself (立案受理, 执行立案, 恢复执行): the number then carries that
   * year or, for a case received in late December and docketed in January, the year before. A number
   * recorded later (with a judgment) may be of any earlier year.
   */
  docketedByEvent: boolean;
  /** The accepting court's 法院代字 when the court directory knows it; null accepts any court code. */
  courtCode: string | null;
  /** The accepting court's name, to say whose code was expected. */
  courtName: string;
};

/** What is wrong with a court case number for the case it is recorded on, or null. Messages name the field 案号. */
export function caseNumberProblem(text: string, expected: CaseNumberExpectation): Bilingual | null {
  const { kind, eventYear } = expected;
  // The field as the form labels it: 执行案号 for an enforcement case, else 案号.
  const field = kind === 'enforcement' || kind === 'resumed-enforcement' ? { zh: '执行案号', en: 'enforcement case number' } : { zh: '案号', en: 'case number' };
  const parts = parseCaseNumber(text);
  if (!parts) {
    return {
      zh: `${field.zh}“${text}”格式不正确，应为“（收案年度）法院代字类型代字案件编号号”，如 ${examples[kind]}`,
      en: `The ${field.en} "${text}" is not in the form (year) court code, type code, serial 号, e.g. ${examples[kind]}`,
    };
  }
  const typeCode = typeCodeOf[kind];
  if (parts.typeCode !== typeCode) {
    return {
      zh: `${field.zh}的类型代字“${parts.typeCode}”与所登记的${kindLabels[kind].zh}不符，应为“${typeCode}”，如 ${examples[kind]}`,
      en: `The type code "${parts.typeCode}" in the ${field.en} does not fit ${kindLabels[kind].en}; it should be ${typeCode}, e.g. ${examples[kind]}`,
    };
  }
  if (parts.year > eventYear) {
    return {
      zh: `${field.zh}的收案年度（${parts.year}）晚于登记日期的年度（${eventYear}）`,
      en: `The year in the ${field.en} (${parts.year}) is after the year of the event (${eventYear})`,
    };
  }
  if (expected.docketedByEvent && parts.year < eventYear - 1) {
    return {
      zh: `${field.zh}的收案年度（${parts.year}）与立案日期的年度（${eventYear}）不符`,
      en: `The year in the ${field.en} (${parts.year}) does not match the year the case was docketed (${eventYear})`,
    };
  }
  if (expected.courtCode !== null && parts.court !== expected.courtCode) {
    return {
      zh: `${field.zh}的法院代字“${parts.court}”不是${expected.courtName}的代字（应为“${expected.courtCode}”）`,
      en: `The court code "${parts.court}" in the ${field.en} is not that of ${expected.courtName} (which is ${expected.courtCode})`,
    };
  }
  if (parts.serial === 0) return { zh: `${field.zh}的案件编号不能为 0`, en: `The serial number in the ${field.en} cannot be 0` };
  return null;
}

/**
 * 诉讼时效 (domain.md §4, §10): three years (CC 188) from the due date the claim rests on — for an instalment
 * plan the last instalment's (CC 189) — restarted from the day after each interruption (CC 195): a demand
 * sent to the contact the cardholder left with the bank (银行卡规定 art. 3(2)) or shown to have reached him
 * (诉讼时效规定 art. 8), an agreed account debit (银行卡规定 art. 3(1)), a report to the police (art. 3(3)), a
 * payment, a repayment plan, a promise or an acknowledgement (诉讼时效规定 art. 14). Which contact records
 * interrupt is read in core/evidence/contact-demand.ts; compliance flags only ask for review (Interp 106 is
 * the exclusion test), they never remove an event from the count. The period ends on the corresponding date
 * (CC 201–202), rolled past rest days (CC 203) by core/calendar. After expiry a creditor's demand revives
 * nothing, but a debtor who pays or agrees to pay loses the defence (CC 192(2); 诉讼时效规定 art. 19).
 * This is the one limitation engine: readiness, the limitation page, tracking and deadlines all call it.
 */
import type { Bilingual } from '../bilingual';
import { addYears } from '../calendar/date-arithmetic';
import { rollPastRestDays } from '../calendar/holiday-calendar';
import type { HolidayCalendar, RolledDate } from '../calendar/holiday-calendar';

/** Events that can interrupt the period. */
export const limitationEventKinds = ['demand', 'account-debit', 'police-report', 'payment', 'promise-to-pay', 'repayment-plan', 'acknowledgement'] as const;
export type LimitationEventKind = (typeof limitationEventKinds)[number];

/** Whether the debtor did it (an act that also waives an expired period) or the bank. */
const debtorActs: ReadonlySet<LimitationEventKind> = new Set(['payment', 'promise-to-pay', 'repayment-plan', 'acknowledgement']);

const civilCode = '《中华人民共和国民法典》';
const limitationProvisions = '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》';
const bankCardProvisions = '《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》';

/** The rule each kind of event rests on, as shown to the user (a contact record's reading may name a narrower one). */
export const limitationEventBasis: Record<LimitationEventKind, Bilingual> = {
  demand: { zh: `${civilCode}第一百九十五条第（一）项；${limitationProvisions}第八条；${bankCardProvisions}第三条第（二）项`, en: 'CC art. 195(1); SPC limitation provisions art. 8; SPC bank-card provisions art. 3(2)' },
  'account-debit': { zh: `${bankCardProvisions}第三条第（一）项；${limitationProvisions}第八条第一款第（三）项`, en: 'SPC bank-card provisions art. 3(1); SPC limitation provisions art. 8(1)(3)' },
  'police-report': { zh: `${bankCardProvisions}第三条第（三）项`, en: 'SPC bank-card provisions art. 3(3)' },
  payment: { zh: `${civilCode}第一百九十五条第（二）项；${limitationProvisions}第十四条（部分履行）`, en: 'CC art. 195(2); SPC limitation provisions art. 14 (part payment)' },
  'promise-to-pay': { zh: `${civilCode}第一百九十五条第（二）项；${limitationProvisions}第十四条`, en: 'CC art. 195(2); SPC limitation provisions art. 14' },
  'repayment-plan': { zh: `${civilCode}第一百九十五条第（二）项；${limitationProvisions}第十四条（制定清偿债务计划）`, en: 'CC art. 195(2); SPC limitation provisions art. 14 (repayment plan)' },
  acknowledgement: { zh: `${civilCode}第一百九十五条第（二）项；${limitationProvisions}第十四条`, en: 'CC art. 195(2); SPC limitation provisions art. 14' },
};

/**
 * An event as the computation sees it. `interrupts` is false when the record does not show an interruption
 * (an unanswered call, a demand to another contact with no proof of arrival); `reading` says why either way;
 * `basis` overrides the kind's rule; `reviewFlags` are the compliance flags of its contact record, which ask
 * for the lawyer's review but never take the event out of the count.
 */
export type LimitationEvent = {
  date: string;
  kind: LimitationEventKind;
  description: Bilingual;
  source: { type: 'contact' | 'ledger' | 'manual'; id: number };
  interrupts: boolean;
  reading?: Bilingual;
  basis?: Bilingual;
  reviewFlags?: readonly Bilingual[];
};

/** What an event did to the period. */
export type LimitationEffect = 'restarted' | 'before-start' | 'not-proven' | 'after-expiry' | 'waiver';

/** One line of the timeline shown to the user. */
export type LimitationStep = LimitationEvent & { effect: LimitationEffect; lastDayAfter: string | null; note: Bilingual };

/** The period's start: the due date and what it is. */
export type LimitationStart = { date: string; basis: Bilingual };

/** The last day and the event it rests on: what every place that states the limitation date shows. */
export type LimitationSummary = { period: RolledDate; restsOn: { date: string; description: Bilingual; basis: Bilingual } };

/** The computed period. */
export type LimitationResult = {
  start: LimitationStart | null;
  /** The event the last day rests on (the start, or the last interruption). */
  restsOn: { date: string; description: Bilingual; basis: Bilingual } | null;
  period: RolledDate | null;
  status: 'running' | 'expired' | 'unknown';
  /** The period had expired once but the debtor later paid or agreed to pay, so the defence was lost and a new period runs. */
  waivedAfterExpiry: boolean;
  filingDate: string;
  expiresBeforeFiling: boolean;
  timeline: LimitationStep[];
};

/** The last day of a three-year period counted from `from` (the day of the due date or interruption, not itself counted). */
export function limitationLastDay(from: string, calendar: HolidayCalendar): RolledDate {
  return rollPastRestDays(addYears(from, 3), calendar);
}

const effectNotes: Record<LimitationEffect, Bilingual> = {
  restarted: { zh: '自次日起重新计算三年', en: 'three years run again from the next day' },
  'before-start': { zh: '发生在时效起算日之前，不影响本期间', en: 'Before the period began; no effect on it' },
  'not-proven': { zh: '不中断时效', en: 'It does not interrupt' },
  'after-expiry': { zh: `发生在时效届满之后，债权人的催收不能使时效重新计算（${civilCode}第一百九十二条）`, en: 'After the period expired; a creditor’s demand cannot revive it (CC art. 192)' },
  waiver: { zh: `时效届满后债务人同意履行或还款，不得再以时效抗辩（${civilCode}第一百九十二条第二款；${limitationProvisions}第十九条）`, en: 'After expiry the debtor paid or agreed to pay and can no longer plead limitation (CC art. 192(2); SPC limitation provisions art. 19)' },
};

/** The timeline note of one step: the event's own reading, what it did, and a review request for a flagged record. */
function stepNote(event: LimitationEvent, effect: LimitationEffect): Bilingual {
  const basis = event.basis ?? limitationEventBasis[event.kind];
  const reading = event.reading ?? (event.interrupts ? { zh: `依${basis.zh}中断时效`, en: `Interrupts under ${basis.en}` } : effectNotes['not-proven']);
  const parts: Bilingual[] = effect === 'not-proven' ? [reading] : effect === 'restarted' || effect === 'waiver' ? [reading, effectNotes[effect]] : [effectNotes[effect]];
  const flags = event.reviewFlags ?? [];
  if (flags.length > 0) {
    parts.push({
      zh: `该记录有合规标记（${flags.map((f) => f.zh).join('、')}），${event.interrupts ? '仍计入时效，' : ''}请律师复核该证据的取得方式是否属于严重侵害他人合法权益或违反法律禁止性规定而不得使用的情形（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百零六条）`,
      en: `The record is flagged (${flags.map((f) => f.en).join('; ')})${event.interrupts ? ' and still counts' : ''}; a lawyer should review whether it was obtained by means that exclude it as evidence (Interp art. 106)`,
    });
  }
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

/** The last day and resting event of a computed period, or null when it cannot be computed. */
export function limitationSummary(result: LimitationResult): LimitationSummary | null {
  if (!result.period || !result.restsOn) return null;
  return { period: result.period, restsOn: result.restsOn };
}

/** Computes the period as of the planned filing date. */
export function computeLimitation(input: { start: LimitationStart | null; events: readonly LimitationEvent[]; calendar: HolidayCalendar; filingDate: string }): LimitationResult {
  const { start, calendar, filingDate } = input;
  const events = [...input.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!start) {
    return {
      start, restsOn: null, period: null, status: 'unknown', waivedAfterExpiry: false, filingDate, expiresBeforeFiling: false,
      timeline: events.map((e) => ({ ...e, effect: 'before-start', lastDayAfter: null, note: { zh: '未填写到期还款日，无法计算时效', en: 'No due date: the period cannot be computed' } })),
    };
  }
  let period = limitationLastDay(start.date, calendar);
  let restsOn: LimitationResult['restsOn'] = { date: start.date, description: start.basis, basis: { zh: `${civilCode}第一百八十八条、第一百八十九条`, en: 'CC arts. 188–189' } };
  let waived = false;
  const timeline: LimitationStep[] = events.map((event) => {
    const step = (effect: LimitationEffect): LimitationStep => ({ ...event, effect, lastDayAfter: effect === 'restarted' || effect === 'waiver' ? period.lastDay : null, note: stepNote(event, effect) });
    if (!event.interrupts) return step('not-proven');
    if (event.date <= start.date) return step('before-start');
    const afterExpiry = event.date > period.lastDay;
    if (afterExpiry && !debtorActs.has(event.kind)) return step('after-expiry');
    // A debtor's act after expiry waives the defence; courts then count a new period from it (conservatively, as a restart).
    period = limitationLastDay(event.date, calendar);
    restsOn = { date: event.date, description: event.description, basis: event.basis ?? limitationEventBasis[event.kind] };
    if (afterExpiry) waived = true;
    return step(afterExpiry ? 'waiver' : 'restarted');
  });
  const expired = period.lastDay < filingDate;
  return {
    start, restsOn, period, status: expired ? 'expired' : 'running', waivedAfterExpiry: waived,
    filingDate, expiresBeforeFiling: expired, timeline,
  };
}

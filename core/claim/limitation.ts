/**
 * 诉讼时效 (domain.md §4): three years (CC 188) from the due date the claim rests on — for an instalment
 * plan the last instalment's (CC 189) — restarted from the day after each interruption (CC 195): a demand
 * proven to have reached the cardholder (诉讼时效规定 art. 8; 银行卡规定 art. 3), an agreed account debit,
 * a report to the police, a payment, a repayment plan or an acknowledgement (诉讼时效规定 art. 14). An
 * attempt without proof of delivery does not interrupt. The period ends on the corresponding date
 * (CC 201–202), rolled past rest days (CC 203) by core/calendar. After expiry a creditor's demand
 * revives nothing, but a debtor who pays or agrees to pay loses the defence (CC 192(2); 诉讼时效规定 art. 19).
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

/** The rule each kind of event rests on, as shown to the user. */
export const limitationEventBasis: Record<LimitationEventKind, Bilingual> = {
  demand: { zh: '《民法典》第一百九十五条第（一）项；《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第八条；《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第三条第（二）项', en: 'CC art. 195(1); SPC limitation provisions art. 8; SPC bank-card provisions art. 3(2)' },
  'account-debit': { zh: '《诉讼时效规定》第八条第一款第（三）项；《银行卡规定》第三条第（一）项', en: 'SPC limitation provisions art. 8(1)(3); SPC bank-card provisions art. 3(1)' },
  'police-report': { zh: '《银行卡规定》第三条第（三）项', en: 'SPC bank-card provisions art. 3(3)' },
  payment: { zh: '《民法典》第一百九十五条第（二）项；《诉讼时效规定》第十四条（部分履行）', en: 'CC art. 195(2); SPC limitation provisions art. 14 (part payment)' },
  'promise-to-pay': { zh: '《民法典》第一百九十五条第（二）项；《诉讼时效规定》第十四条', en: 'CC art. 195(2); SPC limitation provisions art. 14' },
  'repayment-plan': { zh: '《民法典》第一百九十五条第（二）项；《诉讼时效规定》第十四条（制定清偿债务计划）', en: 'CC art. 195(2); SPC limitation provisions art. 14 (repayment plan)' },
  acknowledgement: { zh: '《民法典》第一百九十五条第（二）项；《诉讼时效规定》第十四条', en: 'CC art. 195(2); SPC limitation provisions art. 14' },
};

/** An event as the computation sees it; `proven` is false for an attempt without proof of delivery, `relied` false for a flagged record. */
export type LimitationEvent = {
  date: string;
  kind: LimitationEventKind;
  description: Bilingual;
  source: { type: 'contact' | 'ledger' | 'manual'; id: number };
  proven: boolean;
  relied: boolean;
};

/** What an event did to the period. */
export type LimitationEffect = 'restarted' | 'before-start' | 'not-proven' | 'not-relied' | 'after-expiry' | 'waiver';

/** One line of the timeline shown to the user. */
export type LimitationStep = LimitationEvent & { effect: LimitationEffect; lastDayAfter: string | null; note: Bilingual };

/** The period's start: the due date and what it is. */
export type LimitationStart = { date: string; basis: Bilingual };

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
  restarted: { zh: '时效中断，自次日起重新计算三年', en: 'Interrupted: three years run again from the next day' },
  'before-start': { zh: '发生在时效起算日之前，不影响本期间', en: 'Before the period began; no effect on it' },
  'not-proven': { zh: '没有送达凭证，不能证明到达持卡人，不中断时效', en: 'No proof of delivery: not shown to have reached the cardholder, so it does not interrupt' },
  'not-relied': { zh: '该催收记录存在合规标记，不作为依据', en: 'This contact record is flagged for unlawful collection and is not relied on' },
  'after-expiry': { zh: '发生在时效届满之后，债权人的催收不能使时效重新计算（《民法典》第一百九十二条）', en: 'After the period expired; a creditor’s demand cannot revive it (CC art. 192)' },
  waiver: { zh: '时效届满后债务人同意履行或还款，不得再以时效抗辩（《民法典》第一百九十二条第二款；《诉讼时效规定》第十九条）', en: 'After expiry the debtor paid or agreed to pay and can no longer plead limitation (CC art. 192(2); SPC limitation provisions art. 19)' },
};

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
  let restsOn: LimitationResult['restsOn'] = { date: start.date, description: start.basis, basis: { zh: '《民法典》第一百八十八条、第一百八十九条', en: 'CC arts. 188–189' } };
  let waived = false;
  const timeline: LimitationStep[] = events.map((event) => {
    const step = (effect: LimitationEffect): LimitationStep => ({ ...event, effect, lastDayAfter: effect === 'restarted' || effect === 'waiver' ? period.lastDay : null, note: effectNotes[effect] });
    if (!event.relied) return step('not-relied');
    if (!event.proven) return step('not-proven');
    if (event.date <= start.date) return step('before-start');
    const afterExpiry = event.date > period.lastDay;
    if (afterExpiry && !debtorActs.has(event.kind)) return step('after-expiry');
    // A debtor's act after expiry waives the defence; courts then count a new period from it (conservatively, as a restart).
    period = limitationLastDay(event.date, calendar);
    restsOn = { date: event.date, description: event.description, basis: limitationEventBasis[event.kind] };
    if (afterExpiry) waived = true;
    return step(afterExpiry ? 'waiver' : 'restarted');
  });
  const expired = period.lastDay < filingDate;
  return {
    start, restsOn, period, status: expired ? 'expired' : 'running', waivedAfterExpiry: waived,
    filingDate, expiresBeforeFiling: expired, timeline,
  };
}

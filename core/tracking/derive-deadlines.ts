/**
 * Every date a case must not miss, derived from its events with the rule that gives it (domain.md §6.9):
 * limitation before filing, hearings, appeal deadlines, the effective date, the last day of performance,
 * the enforcement application deadline, settlement instalments, renewal of frozen or sealed property,
 * asset checks after 终本 and the review of a dishonest-debtor listing.
 */
import type { Bilingual } from '../bilingual';
import { addMonths, addYears } from '../calendar/date-arithmetic';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import type { LimitationSummary } from '../claim/limitation';
import { formatYuan } from '../money/fen';
import { decisionDates, enforcementDeadlineFrom } from './decision-dates';
import type { DerivedDate } from './decision-dates';
import type { CaseEvent, PropertyKind } from './event-types';
import type { PlanStatus, SettlementPlan } from './settlement-plan';

/** The kinds of derived date. */
export const deadlineKinds = [
  'limitation', 'hearing', 'appeal', 'effective', 'performance', 'enforcement-application', 'installment',
  'freeze-renewal', 'asset-check', 'dishonest-review',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/**
 * deadline: the bank must act by then and it is overdue once passed; milestone: a date to know (it passes
 * without action); reminder: a follow-up, dropped from the lists once its day has passed.
 */
export type DeadlineCategory = 'deadline' | 'milestone' | 'reminder';

/** One derived date of a case. */
export type Deadline = DerivedDate & {
  kind: DeadlineKind;
  category: DeadlineCategory;
  title: Bilingual;
  /** Satisfied or superseded by a later event (e.g. enforcement applied for). */
  done: boolean;
  /** Stable within a case: kind plus basis, so a refresh replaces the same row. */
  key: string;
};

/** Titles of the kinds. */
export const deadlineKindLabels: Record<DeadlineKind, Bilingual> = {
  limitation: { zh: '诉讼时效届满', en: 'Limitation expires' },
  hearing: { zh: '开庭', en: 'Hearing' },
  appeal: { zh: '上诉期届满', en: 'Appeal period ends' },
  effective: { zh: '裁判生效', en: 'Takes effect' },
  performance: { zh: '履行期限届满', en: 'Performance period ends' },
  'enforcement-application': { zh: '申请执行期限届满', en: 'Enforcement application deadline' },
  installment: { zh: '和解分期应付', en: 'Settlement instalment due' },
  'freeze-renewal': { zh: '查封冻结到期（须续封续冻）', en: 'Freeze or seal expires (renew)' },
  'asset-check': { zh: '终本后财产查询', en: 'Asset check after 终本' },
  'dishonest-review': { zh: '失信名单期满复查', en: 'Dishonest listing review' },
};

/** Interp 485: deposits frozen up to 1 year, movables sealed up to 2, immovables and other property rights up to 3. */
export const freezeYears: Record<PropertyKind, number> = { deposit: 1, movable: 2, immovable: 3, 'other-right': 3 };
const propertyKindText: Record<PropertyKind, Bilingual> = {
  deposit: { zh: '银行存款', en: 'bank deposits' },
  movable: { zh: '动产', en: 'movables' },
  immovable: { zh: '不动产', en: 'immovables' },
  'other-right': { zh: '其他财产权', en: 'other property rights' },
};

/** What deriveDeadlines needs about a case. */
export type DeadlineFacts = {
  /** The case's limitation period from the one engine (core/claim/limitation.ts); null when it cannot be computed. */
  limitation: LimitationSummary | null;
  events: readonly CaseEvent[];
  plans: readonly { plan: SettlementPlan; status: PlanStatus }[];
  calendar: HolidayCalendar;
};

function fixedDate(date: string, rule: Bilingual, basisEventId: number | null): DerivedDate {
  return { date, nominal: date, skipped: [], calendarWarning: null, rule, basisEventId };
}

/** Derives every dated obligation and milestone of a case; events oldest first. */
export function deriveDeadlines(facts: DeadlineFacts): Deadline[] {
  const { events, calendar } = facts;
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, category: DeadlineCategory, key: string, date: DerivedDate, done: boolean, title?: Bilingual) =>
    out.push({ ...date, kind, category, key: `${kind}:${key}`, done, title: title ?? deadlineKindLabels[kind] });
  const has = (type: CaseEvent['type'], afterId = 0) => events.some((e) => e.type === type && e.id > afterId);
  const closedOrRecovered = has('recovered') || has('closed');

  // Limitation before filing, as the limitation engine computed it; filing interrupts it (诉讼时效规定 art. 10).
  if (facts.limitation) {
    const { restsOn, period } = facts.limitation;
    add('limitation', 'deadline', 'period', {
      date: period.lastDay, nominal: period.nominal, skipped: [...period.skipped], calendarWarning: period.calendarWarning, basisEventId: null,
      rule: {
        zh: `自 ${restsOn.date} ${restsOn.description.zh}（${restsOn.basis.zh}）起计算三年，该日不计入，届满日遇法定节假日顺延（《中华人民共和国民法典》第一百八十八条、第二百零一条至第二百零三条）`,
        en: `Three years from ${restsOn.date}, ${restsOn.description.en} (${restsOn.basis.en}), that day not counted, a holiday end moved to the next working day (CC arts. 188, 201-203)`,
      },
    }, has('filed') || closedOrRecovered);
  }

  for (const hearing of events.filter((e) => e.type === 'hearing')) {
    const later = events.some((e) => e.id > hearing.id && e.type !== 'note' && e.type !== 'property-frozen');
    add('hearing', 'milestone', String(hearing.id), fixedDate(hearing.date, { zh: '法院传票或开庭通知所定日期', en: 'The date set by the summons or hearing notice' }, hearing.id), later);
  }

  const dates = decisionDates(events, calendar);
  if (dates.decision) {
    const decision = dates.decision;
    const superseded = (id: number) => events.some((e) => e.id > id && (e.type === 'effective' || e.type === 'appealed' || e.type === 'judgment' || e.type === 'mediation'));
    for (const appeal of dates.appealDeadlines) {
      const party = appeal.party === 'plaintiff' ? { zh: '（原告）', en: ' (plaintiff)' } : { zh: '（被告）', en: ' (defendant)' };
      add('appeal', 'deadline', String(appeal.basisEventId), appeal, superseded(appeal.basisEventId ?? decision.id),
        { zh: deadlineKindLabels.appeal.zh + party.zh, en: deadlineKindLabels.appeal.en + party.en });
    }
    if (dates.effective) add('effective', 'milestone', String(decision.id), dates.effective, has('effective', decision.id) || closedOrRecovered);
    const enforcementStarted = has('enforcement-applied', decision.id);
    if (dates.lastPerformanceDay) add('performance', 'milestone', String(decision.id), dates.lastPerformanceDay, enforcementStarted || closedOrRecovered);
    if (dates.enforcementDeadline) {
      add('enforcement-application', 'deadline', String(decision.id), dates.enforcementDeadline, enforcementStarted || closedOrRecovered || has('settlement', decision.id));
    }
  }

  for (const { plan, status } of facts.plans) {
    const completed = status.state === 'completed';
    for (const inst of status.installments) {
      add('installment', 'deadline', `${plan.id}:${inst.seq}`, fixedDate(inst.dueDate, {
        zh: `和解协议（${plan.agreedDate}）第 ${inst.seq} 期，应付 ${formatYuan(inst.amountFen)} 元${plan.graceDays > 0 ? `，宽限 ${plan.graceDays} 日` : ''}`,
        en: `Settlement of ${plan.agreedDate}, instalment ${inst.seq}: ${formatYuan(inst.amountFen)} yuan${plan.graceDays > 0 ? `, ${plan.graceDays} days' grace` : ''}`,
      }, null), inst.status === 'paid' || closedOrRecovered,
      { zh: `和解第 ${inst.seq}/${status.installments.length} 期应付 ${formatYuan(inst.amountFen)} 元`, en: `Instalment ${inst.seq}/${status.installments.length} due: ${formatYuan(inst.amountFen)} yuan` });
    }
    // An enforcement settlement not performed: resume within two years of its last agreed day (执行和解规定 art. 10).
    if (plan.context === 'enforcement' && status.lastDueDate) {
      add('enforcement-application', 'deadline', `plan-${plan.id}`, enforcementDeadlineFrom(status.lastDueDate, calendar, null, {
        zh: `执行和解协议约定的最后履行日 ${status.lastDueDate} 起二年内申请恢复执行（《最高人民法院关于执行和解若干问题的规定》第十条；《民事诉讼法》第二百五十条）`,
        en: `Apply to resume enforcement within two years of the settlement's last agreed day, ${status.lastDueDate} (SPC provisions on settlement in enforcement, art. 10; CPL art. 250)`,
      }), completed || closedOrRecovered || events.some((e) => e.type === 'enforcement-resumed' && e.date >= plan.agreedDate),
      { zh: '申请恢复执行期限届满', en: 'Deadline to apply to resume enforcement' });
    }
  }

  for (const freeze of events.filter((e) => e.type === 'property-frozen')) {
    const kind = freeze.details.propertyKind ?? 'deposit';
    const years = freezeYears[kind];
    const renewed = events.some((e) => e.type === 'property-frozen' && e.details.renewalOf === freeze.id);
    // Not rolled over holidays: renewal must reach the court before the measure lapses, so the earlier date is the safe one.
    add('freeze-renewal', 'deadline', String(freeze.id), fixedDate(addYears(freeze.date, years), {
      zh: `${freeze.date} 查封冻结${propertyKindText[kind].zh}，期限 ${years} 年，须在届满前申请续封续冻（《民诉法解释》第四百八十五条）；届满日不顺延`,
      en: `${propertyKindText[kind].en} frozen or sealed on ${freeze.date} for ${years} year(s); apply to renew before expiry (Interp art. 485); not moved past holidays`,
    }, freeze.id), renewed || closedOrRecovered,
    { zh: `${propertyKindText[kind].zh}查封冻结到期${freeze.details.propertyDescription ? `：${freeze.details.propertyDescription}` : ''}`, en: `Freeze of ${propertyKindText[kind].en} expires${freeze.details.propertyDescription ? `: ${freeze.details.propertyDescription}` : ''}` });
  }

  for (const ended of events.filter((e) => e.type === 'enforcement-suspended')) {
    const resumed = events.some((e) => e.id > ended.id && (e.type === 'enforcement-resumed' || e.type === 'recovered' || e.type === 'closed'));
    for (let k = 1; k <= 10; k++) {
      add('asset-check', 'reminder', `${ended.id}:${k}`, fixedDate(addMonths(ended.date, 6 * k), {
        zh: `终本裁定（${ended.date}）后五年内，法院每六个月通过网络执行查控系统查询一次被执行人财产（第 ${k}/10 次）；发现财产可随时申请恢复执行，不受申请执行时效限制（《民诉法解释》第五百一十七条；终本规定第九条）`,
        en: `For five years after the 终本 ruling (${ended.date}) the court checks the debtor's assets every six months (check ${k} of 10); on finding assets, apply to resume at any time, with no time limit (Interp art. 517; 终本 provisions art. 9)`,
      }, ended.id), resumed);
    }
  }

  for (const listed of events.filter((e) => e.type === 'dishonest-listed')) {
    add('dishonest-review', 'reminder', String(listed.id), fixedDate(addYears(listed.date, 2), {
      zh: `纳入失信名单（${listed.date}）满二年，依第二至六项情形纳入的期满删除，可申请延长一至三年（《最高人民法院关于公布失信被执行人名单信息的若干规定》第二条）`,
      en: `Two years after the dishonest-debtor listing (${listed.date}); listings on grounds 2-6 then lapse unless extended by 1-3 years (SPC dishonest-list provisions art. 2)`,
    }, listed.id), closedOrRecovered);
  }
  return out;
}

/** Urgency order: not done first, then by date (earliest, i.e. most overdue, first), then kind. */
export function byUrgency(a: Pick<Deadline, 'done' | 'date' | 'kind'>, b: Pick<Deadline, 'done' | 'date' | 'kind'>): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return deadlineKinds.indexOf(a.kind) - deadlineKinds.indexOf(b.kind);
}

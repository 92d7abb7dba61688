/**
 * The dates that follow from a judgment, ruling or mediation document (domain.md §6.1–6.2, table §6.9):
 * each party's appeal deadline, the date the document takes effect, the last day of the performance
 * period and the deadline to apply for enforcement. The transition guards and the deadline list both
 * use them, so a guard never disagrees with what the deadlines page shows.
 */
import type { Bilingual } from '../bilingual';
import { addDays, addYears } from '../calendar/date-arithmetic';
import { rollPastRestDays } from '../calendar/holiday-calendar';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import type { CaseEvent, Party } from './event-types';

/** A derived date with the rule that produced it. */
export type DerivedDate = {
  /** The operative date (after any holiday roll-over). */
  date: string;
  /** The date before rolling past rest days. */
  nominal: string;
  skipped: string[];
  calendarWarning: Bilingual | null;
  rule: Bilingual;
  basisEventId: number | null;
};

/** What a judgment, ruling or mediation document leads to. */
export type DecisionDates = {
  decision: CaseEvent | null;
  appealDeadlines: (DerivedDate & { party: Party })[];
  effective: DerivedDate | null;
  lastPerformanceDay: DerivedDate | null;
  enforcementDeadline: DerivedDate | null;
};

const partyName: Record<Party, Bilingual> = { defendant: { zh: '被告', en: 'defendant' }, plaintiff: { zh: '原告', en: 'plaintiff' } };

// Rolling is a pure function of (calendar, date); thousands of cases share the same dates, so it is memoised per calendar object.
const rolledByCalendar = new WeakMap<HolidayCalendar, Map<string, ReturnType<typeof rollPastRestDays>>>();

function rollOnce(nominal: string, calendar: HolidayCalendar) {
  let cache = rolledByCalendar.get(calendar);
  if (!cache) {
    cache = new Map();
    rolledByCalendar.set(calendar, cache);
  }
  let r = cache.get(nominal);
  if (!r) {
    r = rollPastRestDays(nominal, calendar);
    cache.set(nominal, r);
  }
  return r;
}

/** A period's end rolled past rest days (CC 203, CPL 85) with its rule. */
export function rolled(nominal: string, calendar: HolidayCalendar, rule: Bilingual, basisEventId: number | null): DerivedDate {
  const r = rollOnce(nominal, calendar);
  return { date: r.lastDay, nominal, skipped: [...r.skipped], calendarWarning: r.calendarWarning, rule, basisEventId };
}

/** A date fixed by a document or recorded by the user: no rolling. */
function fixed(date: string, rule: Bilingual, basisEventId: number | null): DerivedDate {
  return { date, nominal: date, skipped: [], calendarWarning: null, rule, basisEventId };
}

/** The appeal deadline after service (CPL 171: judgment 15 days, ruling 10; CPL 85: the day of service not counted). */
export function appealDeadline(service: CaseEvent, documentKind: 'judgment' | 'ruling', calendar: HolidayCalendar): DerivedDate & { party: Party } {
  const days = documentKind === 'ruling' ? 10 : 15;
  const party = service.details.party ?? 'defendant';
  const kindZh = documentKind === 'ruling' ? '裁定' : '判决';
  return {
    ...rolled(addDays(service.date, days), calendar, {
      zh: `${kindZh}于 ${service.date} 送达${partyName[party].zh}，上诉期 ${days} 日，送达当日不计入，届满日遇法定节假日顺延（《民事诉讼法》第一百七十一条、第八十五条）`,
      en: `The ${documentKind} was served on the ${partyName[party].en} on ${service.date}; appeal within ${days} days, the day of service not counted, a last day on a holiday moves to the next working day (CPL arts. 171, 85)`,
    }, service.id),
    party,
  };
}

/** The enforcement application deadline: two years from the last day of performance (CPL 250), rolled over holidays. */
export function enforcementDeadlineFrom(lastPerformanceDay: string, calendar: HolidayCalendar, basisEventId: number | null, rule?: Bilingual): DerivedDate {
  return rolled(addYears(lastPerformanceDay, 2), calendar, rule ?? {
    zh: `履行期限最后一日 ${lastPerformanceDay} 起算二年（《民事诉讼法》第二百五十条；起算日不计入，届满日遇法定节假日顺延）`,
    en: `Two years from the last day of the performance period, ${lastPerformanceDay} (CPL art. 250; the first day not counted, a holiday end moves to the next working day)`,
  }, basisEventId);
}

/** The latest judgment/ruling/mediation and every date derived from it; events are oldest first. */
export function decisionDates(events: readonly CaseEvent[], calendar: HolidayCalendar): DecisionDates {
  const decisionIndex = events.findLastIndex((e) => e.type === 'judgment' || e.type === 'mediation');
  const none: DecisionDates = { decision: null, appealDeadlines: [], effective: null, lastPerformanceDay: null, enforcementDeadline: null };
  if (decisionIndex < 0) return none;
  const decision = events[decisionIndex]!;
  const after = events.slice(decisionIndex + 1);
  const services = after.filter((e) => e.type === 'served');
  const documentKind = decision.details.documentKind ?? 'judgment';
  const appealDeadlines = decision.type === 'judgment' && !decision.details.final
    ? services.map((s) => appealDeadline(s, documentKind, calendar))
    : [];

  const effectiveEvent = after.find((e) => e.type === 'effective');
  let effective: DerivedDate | null = null;
  if (effectiveEvent) {
    effective = fixed(effectiveEvent.date, { zh: `已登记生效日期 ${effectiveEvent.date}`, en: `Recorded effective date ${effectiveEvent.date}` }, effectiveEvent.id);
  } else if (decision.type === 'mediation') {
    effective = fixed(decision.date, {
      zh: '调解书经双方签收后即具有法律效力，生效日为最后签收之日（《民事诉讼法》第一百条，《民诉法解释》第一百四十九条）',
      en: 'A mediation document takes effect when both parties have signed for it, on the date of the last signature (CPL art. 100, Interp art. 149)',
    }, decision.id);
  } else if (decision.details.final && services.length > 0) {
    const last = services.reduce((a, b) => (b.date > a.date ? b : a));
    effective = fixed(last.date, {
      zh: '不准上诉的判决（小额诉讼一审终审、二审判决）送达即发生法律效力（《民事诉讼法》第一百五十八条、第一百六十五条）',
      en: 'A judgment that cannot be appealed (small claims, second instance) takes effect on service (CPL arts. 158, 165)',
    }, last.id);
  } else if (appealDeadlines.length > 0) {
    const latest = appealDeadlines.reduce((a, b) => (b.date > a.date ? b : a));
    effective = fixed(addDays(latest.date, 1), {
      zh: `各方上诉期均届满未上诉的，判决自最后届满日（${latest.date}）的次日生效（《民事诉讼法》第一百五十八条）；如另有当事人尚未送达，以其送达后的上诉期为准`,
      en: `Not appealed within every party's period, the judgment takes effect the day after the latest expiry (${latest.date}) (CPL art. 158); a party not yet served extends this`,
    }, latest.basisEventId);
  }

  let lastPerformanceDay: DerivedDate | null = null;
  const explicit = effectiveEvent?.details.lastPerformanceDay || decision.details.lastPerformanceDay;
  if (explicit) {
    lastPerformanceDay = fixed(explicit, {
      zh: `法律文书确定的履行期限最后一日（如最后一期履行日）${explicit}`,
      en: `The last day of performance fixed by the document (e.g. the last instalment), ${explicit}`,
    }, effectiveEvent?.details.lastPerformanceDay ? effectiveEvent.id : decision.id);
  } else if (effective) {
    // The period is entered with the judgment or, once it is known to have taken effect, with the effective event; the later entry wins.
    const days = effectiveEvent?.details.performanceDays ?? decision.details.performanceDays ?? 0;
    lastPerformanceDay = days === 0
      ? fixed(effective.date, {
          zh: '法律文书未规定履行期间的，自生效之日起算（《民事诉讼法》第二百五十条）',
          en: 'Where the document fixes no performance period, it runs from the effective date (CPL art. 250)',
        }, effective.basisEventId)
      : rolled(addDays(effective.date, days), calendar, {
          zh: `生效之日（${effective.date}）起 ${days} 日内履行，生效当日不计入，届满日遇法定节假日顺延（《民事诉讼法》第八十五条）`,
          en: `Perform within ${days} days of the effective date (${effective.date}), that day not counted, a holiday end moves to the next working day (CPL art. 85)`,
        }, effective.basisEventId);
  }
  const enforcementDeadline = lastPerformanceDay
    ? enforcementDeadlineFrom(lastPerformanceDay.date, calendar, lastPerformanceDay.basisEventId)
    : null;
  return { decision, appealDeadlines, effective, lastPerformanceDay, enforcementDeadline };
}

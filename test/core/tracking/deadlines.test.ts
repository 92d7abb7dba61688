/**
 * Derived dates against the rules and conventions of domain.md §6.1–6.5 and table §6.9, with the bundled
 * holiday calendar (templates/data/holidays.json). Each expected date is worked out in the comment.
 */
import { describe, expect, it } from 'vitest';
import { appealDeadline, decisionDates, enforcementDeadlineFrom } from '../../../core/tracking/decision-dates';
import { byUrgency, deriveDeadlines } from '../../../core/tracking/derive-deadlines';
import type { Deadline } from '../../../core/tracking/derive-deadlines';
import { buildSchedule, planStatus } from '../../../core/tracking/settlement-plan';
import type { SettlementPlan } from '../../../core/tracking/settlement-plan';
import { bundledCalendar, eventList } from '../../support/tracking-events';
import { computeLimitation, limitationSummary } from '../../../core/claim/limitation';

const calendar = bundledCalendar;

/** The engine's period for a due date with no interruptions. */
const limitationFrom = (dueDate: string) => limitationSummary(computeLimitation({ start: { date: dueDate, basis: { zh: '到期还款日', en: 'Due date' } }, events: [], calendar, filingDate: dueDate }));

function only(deadlines: Deadline[], kind: Deadline['kind']): Deadline {
  const found = deadlines.filter((d) => d.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
}

describe('appeal, effective date and performance period (CPL 171, 85, 158)', () => {
  // Served Wed 2026-09-16; +15 days = 2026-10-01, National Day: 10-01…10-07 are holidays, so the period
  // ends Thu 2026-10-08; the judgment takes effect the next day, 2026-10-09; performance "within 10 days
  // of taking effect" ends Mon 2026-10-19; the enforcement deadline is two years on, Thu 2028-10-19.
  const events = eventList(
    ['judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10 }],
    ['served', '2026-09-16', { party: 'defendant' }],
  );

  it('rolls an appeal period ending in the National Day holiday to the first working day after it', () => {
    const appeal = appealDeadline(events[1]!, 'judgment', calendar);
    expect(appeal).toMatchObject({ nominal: '2026-10-01', date: '2026-10-08', party: 'defendant', calendarWarning: null });
    expect(appeal.skipped).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(appeal.rule.zh).toContain('第一百七十一条');
  });

  it('gives a ruling 10 days: served Fri 2026-04-24 → 2026-05-04 (Labour Day holiday) → Wed 2026-05-06', () => {
    const [ruling] = eventList(['served', '2026-04-24', { party: 'defendant' }]);
    expect(appealDeadline(ruling!, 'ruling', calendar)).toMatchObject({ nominal: '2026-05-04', date: '2026-05-06' });
  });

  it('derives the effective date, the last day of performance and the enforcement deadline', () => {
    const dates = decisionDates(events, calendar);
    expect(dates.effective?.date).toBe('2026-10-09');
    expect(dates.lastPerformanceDay).toMatchObject({ nominal: '2026-10-19', date: '2026-10-19' });
    expect(dates.enforcementDeadline?.date).toBe('2028-10-19');
    // 2028's holidays are not announced yet: only weekends could be rolled, and the user is told so.
    expect(dates.enforcementDeadline?.calendarWarning?.zh).toContain('2028');
  });

  it('waits for the last-served party: a plaintiff served later moves the effective date', () => {
    const both = [...events, ...eventList(['served', '2026-09-25', { party: 'plaintiff' }]).map((e) => ({ ...e, id: 3 }))];
    // Served Fri 2026-09-25 + 15 = Sat 2026-10-10, a make-up working day (调休上班), so not rolled.
    const dates = decisionDates(both, calendar);
    expect(dates.appealDeadlines.map((a) => a.date)).toEqual(['2026-10-08', '2026-10-10']);
    expect(dates.effective?.date).toBe('2026-10-11');
  });

  it('makes a final (small-claims) judgment effective on service, and a mediation document on the last signature', () => {
    const small = eventList(['judgment', '2026-09-10', { final: true, performanceDays: 10 }], ['served', '2026-09-16', {}]);
    expect(decisionDates(small, calendar).appealDeadlines).toEqual([]);
    expect(decisionDates(small, calendar).effective?.date).toBe('2026-09-16');
    const mediation = eventList(['mediation', '2026-06-02', { lastPerformanceDay: '2026-12-31' }]);
    const dates = decisionDates(mediation, calendar);
    expect(dates.effective?.date).toBe('2026-06-02');
    expect(dates.lastPerformanceDay?.date).toBe('2026-12-31');
    // 2028-12-31 is a Sunday: rolled (weekends only, with the calendar warning) to Mon 2029-01-01.
    expect(dates.enforcementDeadline?.nominal).toBe('2028-12-31');
    expect(dates.enforcementDeadline?.date).toBe('2029-01-01');
  });

  it('counts a month-end performance period by days: effective 2026-01-31 + 30 days = Mon 2026-03-02', () => {
    const monthEnd = eventList(['judgment', '2026-01-05', { performanceDays: 30, final: true }], ['served', '2026-01-31', {}]);
    expect(decisionDates(monthEnd, calendar).lastPerformanceDay?.date).toBe('2026-03-02');
  });

  it('honours a performance period entered with the effective event: Mon 2026-09-21 + 10 days = 2026-10-01 (National Day) → Thu 2026-10-08', () => {
    const entered = eventList(
      ['judgment', '2026-09-10', { documentKind: 'judgment' }],
      ['served', '2026-09-16', { party: 'defendant' }],
      ['effective', '2026-09-21', { performanceDays: 10 }],
    );
    const dates = decisionDates(entered, calendar);
    expect(dates.lastPerformanceDay).toMatchObject({ nominal: '2026-10-01', date: '2026-10-08', basisEventId: 3 });
    expect(dates.lastPerformanceDay?.rule.zh).toContain('起 10 日内履行');
    // Two years from the last day of performance, 2028-10-08, a Sunday: rolled to Monday 2028-10-09 (CPL 250).
    expect(dates.enforcementDeadline).toMatchObject({ nominal: '2028-10-08', date: '2028-10-09' });
    // The effective event's period wins over one entered with the judgment.
    const both = entered.map((e, i) => (i === 0 ? { ...e, details: { ...e.details, performanceDays: 30 } } : e));
    expect(decisionDates(both, calendar).lastPerformanceDay?.nominal).toBe('2026-10-01');
  });

  it('uses the effective date itself when the document fixes no performance period (CPL 250)', () => {
    const none = eventList(['judgment', '2026-01-05', { final: true }], ['served', '2026-01-12', {}]);
    expect(decisionDates(none, calendar).lastPerformanceDay?.date).toBe('2026-01-12');
  });
});

describe('enforcement application deadline (CPL 250: same date two years on, rolled)', () => {
  it('maps a leap day to 28 February, which in 2026 is a make-up working day and so stays', () => {
    // 2024-02-29 + 2 years → 2026-02-28 (no 29th): a Saturday, but announced as a working day (调休).
    const leap = enforcementDeadlineFrom('2024-02-29', calendar, null);
    expect(leap).toMatchObject({ nominal: '2026-02-28', date: '2026-02-28', skipped: [] });
  });

  it('rolls over New Year holidays and stops on a make-up Sunday: 2024-01-01 → 2026-01-01 → 2026-01-04', () => {
    const newYear = enforcementDeadlineFrom('2024-01-01', calendar, null);
    expect(newYear).toMatchObject({ nominal: '2026-01-01', date: '2026-01-04', skipped: ['2026-01-01', '2026-01-02', '2026-01-03'] });
    expect(newYear.rule.zh).toContain('第二百五十条');
  });

  it('starts from an enforcement settlement\'s last agreed day when that settlement is not performed (执行和解规定 art. 10)', () => {
    const installments = buildSchedule(1_200_000, 12, '2025-01-31');
    const plan: SettlementPlan = { id: 7, caseId: 1, agreedDate: '2025-01-10', context: 'enforcement', totalFen: 1_200_000, graceDays: 0, onDefault: 'remaining-installments', originalDebtFen: 1_200_000, installments, note: '', createdAt: '' };
    const status = planStatus(plan, [], '2026-11-28');
    const deadlines = deriveDeadlines({ limitation: null, events: [], plans: [{ plan, status }], calendar });
    const resume = deadlines.find((d) => d.key === 'enforcement-application:plan-7')!;
    // The last of 12 monthly instalments from 31 Jan 2025 is 31 Dec 2025; two years on: Fri 2027-12-31.
    expect(status.lastDueDate).toBe('2025-12-31');
    expect(resume.date).toBe('2027-12-31');
    expect(resume.rule.zh).toContain('执行和解');
  });
});

describe('the whole list of derived dates (domain.md §6.9)', () => {
  it('takes the limitation deadline from the limitation engine, naming the event it rests on, done once filed', () => {
    // Due 2020-02-29, a payment on 2021-03-01: three years from the payment, Fri 2024-03-01 (the engine's date, not the due date's).
    const payment = { date: '2021-03-01', kind: 'payment' as const, description: { zh: '持卡人还款 500 元', en: 'Payment of 500 yuan' }, source: { type: 'ledger' as const, id: 4 }, interrupts: true };
    const limitation = limitationSummary(computeLimitation({ start: { date: '2020-02-29', basis: { zh: '到期还款日', en: 'Due date' } }, events: [payment], calendar, filingDate: '2022-01-01' }));
    const before = deriveDeadlines({ limitation, events: [], plans: [], calendar });
    expect(only(before, 'limitation')).toMatchObject({ date: limitation!.period.lastDay, done: false, category: 'deadline' });
    expect(only(before, 'limitation').date).toBe('2024-03-01');
    expect(only(before, 'limitation').rule.zh).toContain('2021-03-01 持卡人还款 500 元');
    expect(only(before, 'limitation').rule.zh).not.toMatch(/domain|§/);
    const after = deriveDeadlines({ limitation, events: eventList(['filed', '2022-05-01']), plans: [], calendar });
    expect(only(after, 'limitation').done).toBe(true);
    expect(deriveDeadlines({ limitation: null, events: [], plans: [], calendar }).some((d) => d.kind === 'limitation')).toBe(false);
  });

  it('gives freeze renewals by kind without rolling (Interp 485: deposits 1 y, movables 2 y, immovables 3 y)', () => {
    const events = eventList(
      ['property-frozen', '2026-03-15', { propertyKind: 'deposit' }],
      ['property-frozen', '2026-03-15', { propertyKind: 'movable' }],
      ['property-frozen', '2026-03-15', { propertyKind: 'immovable' }],
      ['property-frozen', '2027-03-01', { propertyKind: 'deposit', renewalOf: 1 }],
    );
    const renewals = deriveDeadlines({ limitation: null, events, plans: [], calendar }).filter((d) => d.kind === 'freeze-renewal');
    expect(renewals.map((d) => [d.date, d.done])).toEqual([['2027-03-15', true], ['2028-03-15', false], ['2029-03-15', false], ['2028-03-01', false]]);
  });

  it('reminds of the court\'s six-monthly asset checks for five years after 终本, clamped at month end', () => {
    const events = eventList(['enforcement-suspended', '2026-08-31']);
    const checks = deriveDeadlines({ limitation: null, events, plans: [], calendar }).filter((d) => d.kind === 'asset-check');
    expect(checks).toHaveLength(10);
    expect(checks.map((d) => d.date).slice(0, 3)).toEqual(['2027-02-28', '2027-08-31', '2028-02-29']);
    expect(checks.at(-1)!.date).toBe('2031-08-31');
    expect(checks.every((d) => d.category === 'reminder')).toBe(true);
    const resumed = [...events, ...eventList(['enforcement-resumed', '2026-11-01']).map((e) => ({ ...e, id: 2 }))];
    expect(deriveDeadlines({ limitation: null, events: resumed, plans: [], calendar }).filter((d) => d.kind === 'asset-check').every((d) => d.done)).toBe(true);
  });

  it('lists settlement instalments, marking paid ones done', () => {
    const installments = buildSchedule(300_000, 3, '2026-01-31');
    const plan: SettlementPlan = { id: 3, caseId: 1, agreedDate: '2026-01-10', context: 'in-suit', totalFen: 300_000, graceDays: 0, onDefault: 'remaining-installments', originalDebtFen: 300_000, installments, note: '', createdAt: '' };
    const status = planStatus(plan, [{ date: '2026-01-30', amountFen: 100_000 }], '2026-02-10');
    const due = deriveDeadlines({ limitation: null, events: [], plans: [{ plan, status }], calendar }).filter((d) => d.kind === 'installment');
    expect(due.map((d) => [d.date, d.done])).toEqual([['2026-01-31', true], ['2026-02-28', false], ['2026-03-31', false]]);
  });

  it('marks the enforcement deadline done once enforcement is applied for, and sorts open dates first by date', () => {
    const events = eventList(
      ['judgment', '2026-09-10', { performanceDays: 10 }],
      ['served', '2026-09-16', { party: 'defendant' }],
      ['effective', '2026-10-09', {}],
      ['enforcement-applied', '2026-10-20', {}],
      ['dishonest-listed', '2026-11-10', {}],
    );
    const deadlines = deriveDeadlines({ limitation: limitationFrom('2025-06-19'), events, plans: [], calendar }).sort(byUrgency);
    expect(only(deadlines, 'enforcement-application').done).toBe(true);
    expect(only(deadlines, 'appeal').done).toBe(true);
    expect(only(deadlines, 'dishonest-review')).toMatchObject({ date: '2028-11-10', done: false });
    const open = deadlines.filter((d) => !d.done);
    expect(open.map((d) => d.date)).toEqual([...open.map((d) => d.date)].sort());
    expect(deadlines.findIndex((d) => d.done)).toBe(open.length);
  });
});

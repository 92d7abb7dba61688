import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../core/errors';
import { eventLabels } from '../../../core/tracking/event-types';
import type { EventDetails, EventType } from '../../../core/tracking/event-types';
import { trackingStages } from '../../../core/tracking/stages';
import type { TrackingStage } from '../../../core/tracking/stages';
import { allowedEvents, planTransition, stateFromEvents, transitionTable } from '../../../core/tracking/transitions';
import type { GuardContext, TrackingState } from '../../../core/tracking/transitions';
import { bundledCalendar, eventList } from '../../support/tracking-events';

const today = '2026-11-28';

function state(stage: TrackingStage, stageSince = '2026-01-05', extra: Partial<TrackingState> = {}): TrackingState {
  return { stage, stageSince, stageSinceIsEvent: true, courtCaseNumber: '', enforcementCaseNumber: '', inEnforcementSettlement: false, effectiveDocument: false, enforcementApplied: false, ...extra };
}

function ctx(extra: Partial<GuardContext> = {}): GuardContext {
  return { today, calendar: bundledCalendar, courtName: '昆明市盘龙区人民法院', claimTotalFen: 5_691_807, intakeProblemCount: 0, outstandingFen: 100, events: [], courtCode: '云0103', otherCasesOnDebt: [], ...extra };
}

function input(type: EventType, date: string, details: EventDetails = {}, note = '') {
  return { type, date, details, note };
}

/** The DossierError a call throws (fails the test when it does not throw one). */
function refusal(run: () => unknown): DossierError {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

// A judgment served on the defendant on 2026-09-16: appeal period to 2026-10-01, a National Day holiday,
// so it ends on 2026-10-08 (CPL 171, 85) and the judgment takes effect on 2026-10-09 (CPL 158).
const judged = eventList(
  ['judgment', '2026-09-10', { documentKind: 'judgment', final: false, performanceDays: 10, awardedAmount: '56,918.07' }, { stageBefore: 'hearing', stageAfter: 'judgment' }],
  ['served', '2026-09-16', { party: 'defendant' }, { stageBefore: 'judgment', stageAfter: 'served' }],
);

describe('the lifecycle transition table', () => {
  it('lets a case move from draft to closed through every stage of the issue', () => {
    const path: [TrackingStage, EventType, TrackingStage][] = [
      ['draft', 'marked-ready', 'ready'], ['ready', 'filed', 'filed'], ['filed', 'accepted', 'accepted'],
      ['accepted', 'hearing', 'hearing'], ['hearing', 'judgment', 'judgment'], ['judgment', 'served', 'served'],
      ['served', 'effective', 'effective'], ['effective', 'enforcement-applied', 'enforcement-applied'],
      ['enforcement-applied', 'enforcement-accepted', 'enforcement-accepted'],
      ['enforcement-accepted', 'enforcement-suspended', 'enforcement-suspended'],
      ['enforcement-suspended', 'enforcement-resumed', 'enforcement-accepted'],
      ['enforcement-accepted', 'recovered', 'recovered'], ['recovered', 'closed', 'closed'],
      ['hearing', 'mediation', 'mediation'], ['accepted', 'settlement', 'settlement'], ['settlement', 'withdrawal', 'withdrawal'],
    ];
    for (const [from, type, to] of path) expect(transitionTable[from][type], `${from} → ${type}`).toBe(to);
  });

  it('allows a note in every stage and nothing but a note once closed', () => {
    for (const stage of trackingStages) expect(allowedEvents(state(stage))).toContain('note');
    expect(allowedEvents(state('closed'))).toEqual(['note']);
  });

  it('routes a settlement reached in enforcement back to enforcement, and one reached in suit to withdrawal or mediation', () => {
    expect(allowedEvents(state('settlement', '2026-01-05', { inEnforcementSettlement: true }))).toContain('enforcement-resumed');
    expect(allowedEvents(state('settlement', '2026-01-05', { inEnforcementSettlement: true }))).not.toContain('withdrawal');
    expect(allowedEvents(state('settlement'))).toContain('withdrawal');
    expect(allowedEvents(state('settlement'))).not.toContain('enforcement-resumed');
  });

  it('replays events into the current stage, its start date and the case numbers', () => {
    const events = eventList(
      ['filed', '2026-01-05', {}, { stageBefore: 'ready', stageAfter: 'filed' }],
      ['accepted', '2026-01-12', { courtCaseNumber: '（2026）云0103民初345号' }, { stageBefore: 'filed', stageAfter: 'accepted' }],
      ['note', '2026-01-20', {}, { stageBefore: 'accepted', stageAfter: 'accepted' }],
    );
    expect(stateFromEvents('ready', '2025-12-01', events)).toEqual({
      stage: 'accepted', stageSince: '2026-01-12', stageSinceIsEvent: true, courtCaseNumber: '（2026）云0103民初345号', enforcementCaseNumber: '', inEnforcementSettlement: false, effectiveDocument: false, enforcementApplied: false,
    });
  });
});

describe('transition guards', () => {
  it('refuses an event the current stage does not allow, naming both', () => {
    const error = refusal(() => planTransition(state('filed'), input('judgment', '2026-03-01'), ctx()));
    expect(error.code).toBe('conflict');
    expect(error.text.zh).toContain('当前阶段“已提交立案”不能登记“判决/裁定”');
  });

  it('refuses enforcement without an effective basis document (CPL 247)', () => {
    for (const stage of ['judgment', 'served', 'mediation', 'accepted'] as const) {
      const error = refusal(() => planTransition(state(stage), input('enforcement-applied', '2026-11-01'), ctx()));
      expect(error.code).toBe('conflict');
      expect(error.text.zh).toContain('尚无已生效的法律文书');
    }
  });

  it('refuses a date in the future (except a scheduled hearing), a malformed date, and one before the stage began', () => {
    expect(refusal(() => planTransition(state('ready'), input('filed', '2026-11-29'), ctx())).location.field).toBe('date');
    expect(refusal(() => planTransition(state('ready'), input('filed', '2026-02-30'), ctx())).location.field).toBe('date');
    expect(refusal(() => planTransition(state('ready', '2026-03-01'), input('filed', '2026-02-28'), ctx())).text.zh).toContain('早于此前登记的');
    expect(planTransition(state('accepted'), input('hearing', '2027-01-15'), ctx()).stageAfter).toBe('hearing');
    // A case entered today may record what happened before it was entered.
    expect(planTransition(state('ready', '2026-11-28', { stageSinceIsEvent: false }), input('filed', '2026-02-28'), ctx()).stageAfter).toBe('filed');
    // A note may describe something earlier.
    expect(planTransition(state('ready', '2026-03-01'), input('note', '2026-01-01', {}, '补充说明'), ctx()).stageAfter).toBe('ready');
  });

  it('marks a case ready only with a court, an amount claimed and no intake problems', () => {
    expect(refusal(() => planTransition(state('draft'), input('marked-ready', today), ctx({ courtName: '' }))).location.field).toBe('courtName');
    expect(refusal(() => planTransition(state('draft'), input('marked-ready', today), ctx({ claimTotalFen: 0 }))).location.field).toBe('claim.principal');
    expect(refusal(() => planTransition(state('draft'), input('marked-ready', today), ctx({ intakeProblemCount: 2 }))).text.zh).toContain('还有 2 处问题');
    expect(planTransition(state('draft'), input('marked-ready', today), ctx()).stageAfter).toBe('ready');
  });

  it('checks the court case number on acceptance and stores it in the official form', () => {
    expect(refusal(() => planTransition(state('filed'), input('accepted', '2026-01-12'), ctx())).location.field).toBe('details.courtCaseNumber');
    expect(refusal(() => planTransition(state('filed'), input('accepted', '2026-01-12', { courtCaseNumber: '京0105民初12345号' }), ctx())).text.zh).toContain('格式不正确');
    expect(refusal(() => planTransition(state('filed'), input('accepted', '2026-01-12', { courtCaseNumber: '（2026）云0103执1号' }), ctx())).text.zh).toContain('应为“民初”');
    const plan = planTransition(state('filed'), input('accepted', '2026-01-12', { courtCaseNumber: '(2026)云0103民初12345号' }), ctx());
    expect(plan.details.courtCaseNumber).toBe('（2026）云0103民初12345号');
  });

  it('checks the enforcement case number (执 / 执恢)', () => {
    expect(refusal(() => planTransition(state('enforcement-applied'), input('enforcement-accepted', '2026-11-20'), ctx())).location.field).toBe('details.enforcementCaseNumber');
    expect(refusal(() => planTransition(state('enforcement-applied'), input('enforcement-accepted', '2026-11-20', { enforcementCaseNumber: '（2026）云0103民初9号' }), ctx())).text.zh).toContain('应为“执”');
    expect(planTransition(state('enforcement-applied'), input('enforcement-accepted', '2026-11-20', { enforcementCaseNumber: '（2026）云0103执9号' }), ctx()).stageAfter).toBe('enforcement-accepted');
    // Resumption may carry a 执恢 number or none.
    expect(planTransition(state('enforcement-suspended'), input('enforcement-resumed', '2026-11-20'), ctx()).stageAfter).toBe('enforcement-accepted');
    expect(refusal(() => planTransition(state('enforcement-suspended'), input('enforcement-resumed', '2026-11-20', { enforcementCaseNumber: 'abc' }), ctx())).location.field).toBe('details.enforcementCaseNumber');
  });

  it('checks amounts and dates carried by a judgment or mediation document', () => {
    expect(refusal(() => planTransition(state('hearing'), input('judgment', '2026-09-10', { awardedAmount: '12.345' }), ctx())).location.field).toBe('details.awardedAmount');
    expect(refusal(() => planTransition(state('hearing'), input('mediation', '2026-09-10', { lastPerformanceDay: '2026-09-01' }), ctx())).location.field).toBe('details.lastPerformanceDay');
    const plan = planTransition(state('hearing'), input('judgment', '2026-09-10', { performanceDays: 10 }), ctx());
    expect(plan.details).toMatchObject({ documentKind: 'judgment', final: false, performanceDays: 10 });
  });

  it('takes the award item by item with a judgment or mediation, its total in step with the items', () => {
    const award = { principal: '48,235.17', interest: '6,412.90', fees: '350.00', litigationCosts: '500.00' };
    expect(planTransition(state('hearing'), input('judgment', '2026-09-10', { award }), ctx()).details.awardedAmount).toBe('55,498.07');
    expect(planTransition(state('hearing'), input('mediation', '2026-09-10', { award, awardedAmount: '55,498.07' }), ctx()).details.award).toEqual(award);
    const mismatch = refusal(() => planTransition(state('hearing'), input('judgment', '2026-09-10', { award, awardedAmount: '56,918.07' }), ctx()));
    expect(mismatch.location.field).toBe('details.awardedAmount');
    expect(mismatch.text.zh).toBe('判决/调解确定的给付金额 56,918.07 元与各分项合计 55,498.07 元不符');
    const bad = refusal(() => planTransition(state('hearing'), input('judgment', '2026-09-10', { award: { ...award, interest: '6,412.905' } }), ctx()));
    expect(bad.location.field).toBe('details.award.interest');
    expect(bad.text.zh).toContain('判决/调解确定的利息');
    expect(refusal(() => planTransition(state('hearing'), input('judgment', '2026-09-10', { award: { principal: '' } }), ctx())).location.field).toBe('details.award.principal');
  });

  it('refuses a performance period or an award on an event that does not carry it, instead of ignoring it', () => {
    const error = refusal(() => planTransition(state('judgment', '2026-09-10'), input('served', '2026-09-16', { performanceDays: 10 }), ctx({ events: judged.slice(0, 1) })));
    expect(error.location.field).toBe('details.performanceDays');
    expect(error.text.zh).toBe('履行期间只能随“判决/裁定”“调解书签收”“发生法律效力”登记，不能随“送达”登记');
    expect(refusal(() => planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2026-11-20', { award: { principal: '1.00' } }), ctx())).location.field).toBe('details.award');
    expect(planTransition(state('served', '2026-09-16'), input('effective', '2026-10-09', { performanceDays: 10 }), ctx()).details.performanceDays).toBe(10);
  });

  it('treats a judgment after an appeal as final', () => {
    const events = [...judged, ...eventList(['appealed', '2026-09-20', { party: 'defendant' }]).map((e) => ({ ...e, id: 3 }))];
    expect(planTransition(state('appealed', '2026-09-20'), input('judgment', '2026-11-20'), ctx({ events })).details.final).toBe(true);
  });

  it('refuses service before the decision and a second service on the same party', () => {
    expect(refusal(() => planTransition(state('judgment', '2026-09-10'), input('served', '2026-09-09'), ctx({ events: judged.slice(0, 1) }))).location.field).toBe('date');
    expect(refusal(() => planTransition(state('served', '2026-09-16'), input('served', '2026-09-18', { party: 'defendant' }), ctx({ events: judged }))).code).toBe('conflict');
    expect(planTransition(state('served', '2026-09-16'), input('served', '2026-09-18', { party: 'plaintiff' }), ctx({ events: judged })).stageAfter).toBe('served');
  });

  it('accepts an appeal only within the party\'s appeal period (CPL 171)', () => {
    expect(refusal(() => planTransition(state('served', '2026-09-16'), input('appealed', '2026-10-09', { party: 'defendant' }), ctx({ events: judged }))).text.zh).toContain('2026-10-08 届满');
    expect(refusal(() => planTransition(state('served', '2026-09-16'), input('appealed', '2026-09-20', { party: 'plaintiff' }), ctx({ events: judged }))).location.field).toBe('details.party');
    expect(planTransition(state('served', '2026-09-16'), input('appealed', '2026-10-08', { party: 'defendant' }), ctx({ events: judged })).stageAfter).toBe('appealed');
  });

  it('refuses an effective date before every appeal period has run, or before the defendant was served (CPL 158)', () => {
    const early = refusal(() => planTransition(state('served', '2026-09-16'), input('effective', '2026-10-08'), ctx({ events: judged })));
    expect(early.text.zh).toContain('最早于 2026-10-09 生效');
    expect(planTransition(state('served', '2026-09-16'), input('effective', '2026-10-09'), ctx({ events: judged })).stageAfter).toBe('effective');
    const onlyPlaintiff = [judged[0]!, { ...judged[1]!, details: { party: 'plaintiff' as const } }];
    expect(refusal(() => planTransition(state('served', '2026-09-16'), input('effective', '2026-11-01'), ctx({ events: onlyPlaintiff }))).text.zh).toContain('尚未登记向被告送达');
  });

  it('lets a mediation document take effect on the day of the last signature (CPL 100, Interp 149)', () => {
    const events = eventList(['mediation', '2026-06-02', {}, { stageBefore: 'hearing', stageAfter: 'mediation' }]);
    expect(planTransition(state('mediation', '2026-06-02'), input('effective', '2026-06-02'), ctx({ events })).stageAfter).toBe('effective');
  });

  it('refuses an enforcement application before the performance period has run, and warns after the 2-year period (Interp 481)', () => {
    const events = [...judged, ...eventList(['effective', '2026-10-09', {}, { stageBefore: 'served', stageAfter: 'effective' }]).map((e) => ({ ...e, id: 3 }))];
    // Performance within 10 days of 2026-10-09: last day 2026-10-19.
    expect(refusal(() => planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2026-10-19'), ctx({ events }))).text.zh).toContain('2026-10-19 届满');
    const ok = planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2026-10-20'), ctx({ events }));
    expect(ok.stageAfter).toBe('enforcement-applied');
    expect(ok.warnings).toEqual([]);
    const late = planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2028-10-20'), ctx({ events, today: '2028-11-01' }));
    expect(late.warnings[0]?.zh).toContain('第四百八十一条');
  });

  it('requires the kind of property for a freeze and an existing freeze for a renewal', () => {
    expect(refusal(() => planTransition(state('enforcement-accepted'), input('property-frozen', '2026-11-01'), ctx())).location.field).toBe('details.propertyKind');
    expect(refusal(() => planTransition(state('enforcement-accepted'), input('property-frozen', '2026-11-01', { propertyKind: 'deposit', renewalOf: 99 }), ctx())).location.field).toBe('details.renewalOf');
    const events = eventList(['property-frozen', '2026-03-15', { propertyKind: 'deposit' }]);
    expect(refusal(() => planTransition(state('enforcement-accepted', '2026-01-01'), input('property-frozen', '2026-03-01', { propertyKind: 'deposit', renewalOf: 1 }), ctx({ events }))).location.field).toBe('date');
    expect(planTransition(state('enforcement-accepted', '2026-01-01'), input('property-frozen', '2026-11-01', { propertyKind: 'deposit', renewalOf: 1 }), ctx({ events })).stageAfter).toBe('enforcement-accepted');
  });

  it('warns when 终本 comes within three months of docketing', () => {
    expect(planTransition(state('enforcement-accepted', '2026-09-01'), input('enforcement-suspended', '2026-11-01'), ctx()).warnings[0]?.zh).toContain('不足三个月');
    expect(planTransition(state('enforcement-accepted', '2026-07-01'), input('enforcement-suspended', '2026-11-01'), ctx()).warnings).toEqual([]);
  });

  it('records "recovered in full" only when nothing is outstanding', () => {
    expect(refusal(() => planTransition(state('enforcement-accepted'), input('recovered', today), ctx({ outstandingFen: 12_345 }))).text.zh).toContain('尚有 123.45 元未回收');
    expect(planTransition(state('enforcement-accepted'), input('recovered', today), ctx({ outstandingFen: 0 })).stageAfter).toBe('recovered');
  });

  it('needs a reason to close a case that was neither recovered nor withdrawn', () => {
    expect(refusal(() => planTransition(state('enforcement-suspended'), input('closed', today), ctx())).location.field).toBe('note');
    expect(planTransition(state('enforcement-suspended'), input('closed', today, {}, '被执行人死亡且无遗产'), ctx()).stageAfter).toBe('closed');
    expect(planTransition(state('recovered'), input('closed', today), ctx()).stageAfter).toBe('closed');
    expect(planTransition(state('withdrawal'), input('closed', today), ctx()).stageAfter).toBe('closed');
  });

  it('refuses an event dated before the one it follows, naming both events and both dates', () => {
    // filed ≤ accepted ≤ judgment ≤ served ≤ effective ≤ enforcement: each pair in the wrong order is refused.
    const chain: [TrackingStage, EventType, EventType, EventDetails][] = [
      ['filed', 'filed', 'accepted', { courtCaseNumber: '（2026）云0103民初345号' }],
      ['accepted', 'accepted', 'judgment', {}],
      ['judgment', 'judgment', 'served', {}],
      ['served', 'served', 'effective', {}],
      ['effective', 'effective', 'enforcement-applied', {}],
    ];
    for (const [stage, previousType, type, details] of chain) {
      const previous = eventList([previousType, '2026-06-10', {}, { stageBefore: 'x', stageAfter: stage }]);
      const error = refusal(() => planTransition(state(stage, '2026-06-10'), input(type, '2026-06-09', details), ctx({ events: previous })));
      expect(error.location.field, type).toBe('date');
      expect(error.text.zh, type).toContain('2026-06-09');
      expect(error.text.zh, type).toContain(`早于此前登记的“${eventLabels[previousType].zh}”的日期 2026-06-10`);
      expect(error.text.en, type).toContain('2026-06-10');
    }
    // Each party is served on its own day, in either order, but not before the judgment.
    expect(planTransition(state('served', '2026-09-16'), input('served', '2026-09-14', { party: 'plaintiff' }), ctx({ events: judged })).stageAfter).toBe('served');
    expect(refusal(() => planTransition(state('served', '2026-09-16'), input('served', '2026-09-09', { party: 'plaintiff' }), ctx({ events: judged }))).text.zh).toContain('不能早于裁判日期 2026-09-10');
    // The same day is in order.
    const filed = eventList(['filed', '2026-06-10', {}, { stageBefore: 'ready', stageAfter: 'filed' }]);
    expect(planTransition(state('filed', '2026-06-10'), input('accepted', '2026-06-10', { courtCaseNumber: '（2026）云0103民初345号' }), ctx({ events: filed })).stageAfter).toBe('accepted');
  });

  it('refuses an acceptance whose 法院代字 is not the case’s court’s, and checks none where the directory does not know it', () => {
    const error = refusal(() => planTransition(state('filed'), input('accepted', '2026-01-12', { courtCaseNumber: '（2026）云0111民初345号' }), ctx()));
    expect(error.location.field).toBe('details.courtCaseNumber');
    expect(error.text.zh).toBe('案号的法院代字“云0111”不是昆明市盘龙区人民法院的代字（应为“云0103”）');
    expect(planTransition(state('filed'), input('accepted', '2026-01-12', { courtCaseNumber: '（2026）云0111民初345号' }), ctx({ courtCode: null })).details.courtCaseNumber).toBe('（2026）云0111民初345号');
  });

  it('wants 民终 on a judgment after an appeal and 民初 on a first-instance one, when a number is given with it', () => {
    const appealed = [...judged, ...eventList(['appealed', '2026-09-20', { party: 'defendant' }]).map((e) => ({ ...e, id: 3 }))];
    expect(refusal(() => planTransition(state('appealed', '2026-09-20'), input('judgment', '2026-11-20', { courtCaseNumber: '（2026）云0103民初345号' }), ctx({ events: appealed }))).text.zh).toContain('应为“民终”');
    expect(planTransition(state('appealed', '2026-09-20'), input('judgment', '2026-11-20', { courtCaseNumber: '（2026）云01民终88号' }), ctx({ events: appealed })).details.courtCaseNumber).toBe('（2026）云01民终88号');
    expect(refusal(() => planTransition(state('hearing'), input('judgment', '2026-09-10', { courtCaseNumber: '（2026）云01民终88号' }), ctx())).text.zh).toContain('应为“民初”');
  });

  it('wants 执恢 on a resumption, and only warns when another court enforces (CPL 235)', () => {
    expect(refusal(() => planTransition(state('enforcement-suspended'), input('enforcement-resumed', '2026-11-20', { enforcementCaseNumber: '（2026）云0103执9号' }), ctx())).text.zh).toContain('应为“执恢”');
    const elsewhere = planTransition(state('enforcement-applied'), input('enforcement-accepted', '2026-11-20', { enforcementCaseNumber: '（2026）云0111执9号' }), ctx());
    expect(elsewhere.stageAfter).toBe('enforcement-accepted');
    expect(elsewhere.warnings[0]?.zh).toContain('第二百三十五条');
    expect(planTransition(state('enforcement-applied'), input('enforcement-accepted', '2026-11-20', { enforcementCaseNumber: '（2026）云0103执9号' }), ctx()).warnings).toEqual([]);
  });

  it('refuses a new suit on a debt already under an effective judgment (Interp 247), on this case or another', () => {
    const other = refusal(() => planTransition(state('ready'), input('filed', '2026-11-20'), ctx({ otherCasesOnDebt: [{ caseId: 7, effectiveDocument: true, enforcementApplied: false }] })));
    expect(other.code).toBe('conflict');
    expect(other.text.zh).toContain('案件 7 的生效法律文书');
    expect(other.text.zh).toContain('第二百四十七条');
    const own = refusal(() => planTransition(state('withdrawal', '2026-10-01', { effectiveDocument: true }), input('filed', '2026-11-20'), ctx()));
    expect(own.text.zh).toContain('重复起诉');
    // A suit on the same card that was withdrawn or is still pending decides nothing.
    expect(planTransition(state('ready'), input('filed', '2026-11-20'), ctx({ otherCasesOnDebt: [{ caseId: 7, effectiveDocument: false, enforcementApplied: false }] })).stageAfter).toBe('filed');
  });

  it('refuses a second enforcement application on the same debt: resumption is the route', () => {
    const error = refusal(() => planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2026-11-20'), ctx({ otherCasesOnDebt: [{ caseId: 4, effectiveDocument: true, enforcementApplied: true }] })));
    expect(error.code).toBe('conflict');
    expect(error.text.zh).toContain('已在案件 4 中申请过强制执行');
    expect(error.text.zh).toContain('恢复执行');
    expect(planTransition(state('effective', '2026-10-09'), input('enforcement-applied', '2026-11-20'), ctx()).stageAfter).toBe('enforcement-applied');
  });

  it('after a settlement reached once the judgment took effect, leads to enforcement, not to a withdrawal', () => {
    const settled = state('settlement', '2026-10-20', { effectiveDocument: true });
    expect(allowedEvents(settled)).toContain('enforcement-applied');
    expect(allowedEvents(settled)).not.toContain('withdrawal');
    expect(allowedEvents(settled)).not.toContain('mediation');
    expect(allowedEvents(state('settlement'))).not.toContain('enforcement-applied');
    expect(allowedEvents({ ...settled, enforcementApplied: true })).not.toContain('enforcement-applied');
  });

  it('replays whether a document took effect and whether enforcement was applied for', () => {
    const events = eventList(
      ['effective', '2026-10-09', {}, { stageBefore: 'served', stageAfter: 'effective' }],
      ['enforcement-applied', '2026-11-01', {}, { stageBefore: 'effective', stageAfter: 'enforcement-applied' }],
    );
    expect(stateFromEvents('ready', '2026-01-01', events.slice(0, 1))).toMatchObject({ effectiveDocument: true, enforcementApplied: false });
    expect(stateFromEvents('ready', '2026-01-01', events)).toMatchObject({ effectiveDocument: true, enforcementApplied: true });
  });

  it('refuses an empty note', () => {
    expect(refusal(() => planTransition(state('accepted'), input('note', today), ctx())).location.field).toBe('note');
  });
});

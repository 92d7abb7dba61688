/**
 * The lifecycle state machine: which event may follow which stage, and the guards that refuse an event
 * the law or the file does not support (no enforcement without an effective document, no effective
 * date before every appeal period has run, a case number in the court's format, …). Every refusal is a
 * DossierError naming the field, in Chinese and English.
 */
import type { Bilingual } from '../bilingual';
import { addMonths } from '../calendar/date-arithmetic';
import { isCalendarDate } from '../calendar/chinese-date';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { DossierError } from '../errors';
import { formatYuan, parseYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import { checkAward } from './awarded-amounts';
import { checkedCaseNumber } from './case-number-guard';
import { normaliseCaseNumber } from './case-numbers';
import { decisionDates } from './decision-dates';
import { eventLabels } from './event-types';
import type { CaseEvent, EventDetails, EventInputParsed, EventType } from './event-types';
import { refuseUnusedDetails } from './unused-details';
import { refuseRepeatProceedings } from './repeat-proceedings';
import type { DebtCase } from './repeat-proceedings';
import { enforcementStages, stageLabels } from './stages';
import type { TrackingStage } from './stages';

/** Stays in the same stage. */
const same = 'same' as const;
type Next = TrackingStage | typeof same;

/** From each stage, the events allowed and the stage they lead to ('note' is allowed everywhere). */
export const transitionTable: Record<TrackingStage, Partial<Record<EventType, Next>>> = {
  draft: { 'marked-ready': 'ready', 'property-frozen': same },
  ready: { filed: 'filed', 'property-frozen': same },
  filed: { accepted: 'accepted', settlement: 'settlement', withdrawal: 'withdrawal', 'property-frozen': same },
  accepted: { hearing: 'hearing', judgment: 'judgment', mediation: 'mediation', settlement: 'settlement', withdrawal: 'withdrawal', 'property-frozen': same },
  hearing: { hearing: 'hearing', judgment: 'judgment', mediation: 'mediation', settlement: 'settlement', withdrawal: 'withdrawal', 'property-frozen': same },
  judgment: { served: 'served', 'property-frozen': same },
  mediation: { served: 'served', effective: 'effective', 'property-frozen': same },
  settlement: { withdrawal: 'withdrawal', mediation: 'mediation', 'enforcement-resumed': 'enforcement-accepted', 'enforcement-applied': 'enforcement-applied', recovered: 'recovered', closed: 'closed', 'property-frozen': same },
  withdrawal: { filed: 'filed', closed: 'closed' },
  served: { served: same, appealed: 'appealed', effective: 'effective', 'property-frozen': same },
  appealed: { hearing: 'hearing', judgment: 'judgment', mediation: 'mediation', settlement: 'settlement', effective: 'effective', 'property-frozen': same },
  effective: { 'enforcement-applied': 'enforcement-applied', settlement: 'settlement', recovered: 'recovered', closed: 'closed', 'property-frozen': same },
  'enforcement-applied': { 'enforcement-accepted': 'enforcement-accepted', settlement: 'settlement', recovered: 'recovered', closed: 'closed', 'property-frozen': same },
  'enforcement-accepted': { 'property-frozen': same, 'dishonest-listed': same, 'enforcement-suspended': 'enforcement-suspended', settlement: 'settlement', recovered: 'recovered', closed: 'closed' },
  'enforcement-suspended': { 'enforcement-resumed': 'enforcement-accepted', 'property-frozen': same, 'dishonest-listed': same, recovered: 'recovered', closed: 'closed' },
  recovered: { closed: 'closed' },
  closed: {},
};

/** Where a case stands, derived from its intake status and its events. */
export type TrackingState = {
  stage: TrackingStage;
  /** The date of the event that entered the stage (for intake stages: the case's creation date). */
  stageSince: string;
  /** Whether stageSince is an event's date; a case's creation date does not bind events entered afterwards for the past. */
  stageSinceIsEvent: boolean;
  courtCaseNumber: string;
  enforcementCaseNumber: string;
  /** The current settlement was reached during enforcement (执行和解): default leads back to enforcement. */
  inEnforcementSettlement: boolean;
  /** A judgment or mediation document of this case has taken effect: the debt is adjudicated (Interp 247). */
  effectiveDocument: boolean;
  /** Enforcement has been applied for on this case: a further round is a resumption (执恢), not a new application. */
  enforcementApplied: boolean;
};

/** Replays events (oldest first) over the intake stage. */
export function stateFromEvents(intakeStage: TrackingStage, intakeDate: string, events: readonly CaseEvent[]): TrackingState {
  const state: TrackingState = {
    stage: intakeStage, stageSince: intakeDate, stageSinceIsEvent: false, courtCaseNumber: '', enforcementCaseNumber: '',
    inEnforcementSettlement: false, effectiveDocument: false, enforcementApplied: false,
  };
  for (const event of events) {
    if (event.stageAfter !== event.stageBefore) {
      state.stage = event.stageAfter as TrackingStage;
      state.stageSince = event.date;
      state.stageSinceIsEvent = true;
    }
    if (event.type === 'settlement') state.inEnforcementSettlement = enforcementStages.includes(event.stageBefore as TrackingStage);
    if (event.details.courtCaseNumber) state.courtCaseNumber = event.details.courtCaseNumber;
    if (event.details.enforcementCaseNumber) state.enforcementCaseNumber = event.details.enforcementCaseNumber;
    if (event.stageAfter === 'effective') state.effectiveDocument = true;
    if (event.type === 'enforcement-applied') state.enforcementApplied = true;
  }
  return state;
}

/** The event types allowed next, for the UI's choice list. */
export function allowedEvents(state: TrackingState): EventType[] {
  const table = transitionTable[state.stage];
  // Events that move the case on come first (the likely next step), then those that keep the stage.
  const keys = (Object.keys(table) as EventType[]).sort((a, b) => Number(table[a] === same) - Number(table[b] === same));
  const types = keys.filter((type) => {
    if (type === 'enforcement-resumed' && state.stage === 'settlement') return state.inEnforcementSettlement;
    // A settlement after the judgment took effect ends no suit (nothing to withdraw or mediate); on default the judgment is enforced.
    if ((type === 'withdrawal' || type === 'mediation') && state.stage === 'settlement') return !state.inEnforcementSettlement && !state.effectiveDocument;
    if (type === 'enforcement-applied' && state.stage === 'settlement') return state.effectiveDocument && !state.inEnforcementSettlement && !state.enforcementApplied;
    return true;
  });
  return [...types, 'note'];
}

export type { DebtCase } from './repeat-proceedings';

/** What the service needs besides the events to judge an event. */
export type GuardContext = {
  today: string;
  calendar: HolidayCalendar;
  courtName: string;
  claimTotalFen: Fen;
  /** How many intake problems the case form still has (validateCase): a case with problems is not ready. */
  intakeProblemCount: number;
  /** Still owed after recoveries (awarded amount, completed plan or claim, less recovered). */
  outstandingFen: Fen;
  /** Events so far, oldest first. */
  events: readonly CaseEvent[];
  /** The 法院代字 of the case's court where the court directory gives it (case-number-court-code.ts), else null. */
  courtCode: string | null;
  /** The other cases on the same debt (the same card account), as far as they have gone. */
  otherCasesOnDebt: readonly DebtCase[];
};

/** An accepted event: the stage it leads to, its normalised details and anything the user should know. */
export type TransitionPlan = { stageAfter: TrackingStage; details: EventDetails; warnings: Bilingual[] };

function refuse(message: Bilingual, field: string, code: 'invalid-input' | 'conflict' = 'invalid-input'): never {
  throw new DossierError(code, message, { field });
}

function checkAmount(text: string | undefined, field: string): void {
  if (text) parseYuan(text, field);
}

function checkLaterDate(value: string | undefined, notBefore: string, field: string): void {
  if (value === undefined || value === '') return;
  if (!isCalendarDate(value)) refuse({ zh: '日期格式应为 YYYY-MM-DD 且为真实日期', en: 'Use a real date in the form YYYY-MM-DD' }, field);
  if (value < notBefore) refuse({ zh: `该日期不能早于 ${notBefore}`, en: `This date cannot be before ${notBefore}` }, field);
}

/**
 * Events follow one another in time: filed ≤ accepted ≤ judgment ≤ served ≤ effective ≤ enforcement. An event
 * dated before the event that opened the current stage is refused, naming both events and both dates.
 */
function refuseBeforePrevious(label: Bilingual, date: string, state: TrackingState, events: readonly CaseEvent[]): never {
  const previous = events.findLast((e) => e.stageAfter !== e.stageBefore);
  const before = previous ? eventLabels[previous.type] : stageLabels[state.stage];
  refuse({
    zh: `“${label.zh}”的日期 ${date} 早于此前登记的“${before.zh}”的日期 ${state.stageSince}，事件须按时间顺序登记`,
    en: `"${label.en}" is dated ${date}, before the "${before.en}" recorded on ${state.stageSince}; events must follow one another in time`,
  }, 'date');
}

/** Judges one event against the case's state; returns the transition or throws a DossierError naming the field. */
export function planTransition(state: TrackingState, input: EventInputParsed, ctx: GuardContext): TransitionPlan {
  const { type, date } = input;
  const details: EventDetails = { ...input.details };
  const warnings: Bilingual[] = [];
  const label = eventLabels[type];

  if (!isCalendarDate(date)) refuse({ zh: '日期格式应为 YYYY-MM-DD 且为真实日期', en: 'Use a real date in the form YYYY-MM-DD' }, 'date');
  // A hearing is recorded when it is scheduled, so its date may lie ahead; everything else has happened.
  if (type !== 'hearing' && date > ctx.today) refuse({ zh: `${label.zh}的日期不能晚于今天（${ctx.today}）`, en: `The date of "${label.en}" cannot be after today (${ctx.today})` }, 'date');
  // Each party is served on its own day, in either order: a further service is judged against the decision (case 'served').
  const furtherService = type === 'served' && state.stage === 'served';
  if (type !== 'note' && !furtherService && state.stageSinceIsEvent && date < state.stageSince) refuseBeforePrevious(label, date, state, ctx.events);
  refuseRepeatProceedings(type, state, ctx.otherCasesOnDebt);

  const next = type === 'note' ? same : transitionTable[state.stage][type];
  const allowed = next !== undefined && allowedEvents(state).includes(type);
  if (!allowed) {
    if (type === 'enforcement-applied') {
      refuse({
        zh: `案件尚无已生效的法律文书（当前阶段：${stageLabels[state.stage].zh}），不能申请强制执行；请先登记判决或调解书生效（《民事诉讼法》第二百四十七条）`,
        en: `There is no effective legal document yet (stage: ${stageLabels[state.stage].en}); record the judgment or mediation document taking effect before applying for enforcement (CPL art. 247)`,
      }, 'type', 'conflict');
    }
    refuse({
      zh: `当前阶段“${stageLabels[state.stage].zh}”不能登记“${label.zh}”`,
      en: `"${label.en}" cannot be recorded while the case is at "${stageLabels[state.stage].en}"`,
    }, 'type', 'conflict');
  }
  refuseUnusedDetails(type, details);
  const stageAfter = next === same ? state.stage : next;
  const dates = decisionDates(ctx.events, ctx.calendar);

  switch (type) {
    case 'marked-ready': {
      if (ctx.courtName.trim() === '') refuse({ zh: '案件尚未填写管辖法院，不能确认立案', en: 'The case has no court yet; it is not ready to file' }, 'courtName');
      if (ctx.claimTotalFen <= 0) refuse({ zh: '诉讼请求金额为 0，不能确认立案', en: 'The amount claimed is 0; the case is not ready to file' }, 'claim.principal');
      if (ctx.intakeProblemCount > 0) {
        refuse({ zh: `案件信息还有 ${ctx.intakeProblemCount} 处问题，请先在“案件信息”中修改`, en: `The case details still have ${ctx.intakeProblemCount} problem(s); fix them under Case details first` }, 'case');
      }
      break;
    }
    case 'accepted': {
      const number = normaliseCaseNumber(details.courtCaseNumber ?? '');
      if (number === '') refuse({ zh: '请填写案号', en: 'Enter the court case number' }, 'details.courtCaseNumber');
      details.courtCaseNumber = checkedCaseNumber(number, 'first-instance', date, true, ctx, 'details.courtCaseNumber', warnings);
      break;
    }
    case 'judgment': {
      details.documentKind ??= 'judgment';
      // After an appeal the judgment is the second-instance one, which cannot be appealed and is effective (CPL 158).
      const appealed = state.stage === 'appealed' || ctx.events.some((e) => e.type === 'appealed');
      if (appealed) details.final = true;
      details.final ??= false;
      // The number printed on the judgment: 民终 of the appeal court (whose code the directory does not hold), else the first instance's 民初.
      if (details.courtCaseNumber) details.courtCaseNumber = checkedCaseNumber(details.courtCaseNumber, appealed ? 'appeal' : 'first-instance', date, false, ctx, 'details.courtCaseNumber', warnings);
      checkAmount(details.awardedAmount, 'details.awardedAmount');
      checkAward(details);
      checkLaterDate(details.lastPerformanceDay, date, 'details.lastPerformanceDay');
      break;
    }
    case 'mediation': {
      if (details.courtCaseNumber) details.courtCaseNumber = checkedCaseNumber(details.courtCaseNumber, 'first-instance', date, false, ctx, 'details.courtCaseNumber', warnings);
      checkAmount(details.awardedAmount, 'details.awardedAmount');
      checkAward(details);
      checkLaterDate(details.lastPerformanceDay, date, 'details.lastPerformanceDay');
      break;
    }
    case 'served': {
      details.party ??= 'defendant';
      const decision = dates.decision;
      if (decision && date < decision.date) refuse({ zh: `送达日期不能早于裁判日期 ${decision.date}`, en: `Service cannot be before the decision (${decision.date})` }, 'date');
      const servedAlready = decision && ctx.events.some((e) => e.type === 'served' && e.id > decision.id && e.details.party === details.party);
      if (servedAlready) refuse({ zh: '已登记过对该方的送达', en: 'Service on this party is already recorded' }, 'details.party', 'conflict');
      break;
    }
    case 'appealed': {
      details.party ??= 'defendant';
      const deadline = dates.appealDeadlines.find((d) => d.party === details.party);
      if (!deadline) refuse({ zh: '该方尚未登记送达，无法确定上诉期', en: 'Service on this party is not recorded, so there is no appeal period yet' }, 'details.party');
      if (date > deadline.date) refuse({ zh: `该方上诉期已于 ${deadline.date} 届满（《民事诉讼法》第一百七十一条）`, en: `This party's appeal period ended on ${deadline.date} (CPL art. 171)` }, 'date');
      break;
    }
    case 'effective': {
      const decision = dates.decision;
      if (state.stage === 'served' && decision?.type === 'judgment' && !decision.details.final) {
        if (!ctx.events.some((e) => e.type === 'served' && e.id > decision.id && (e.details.party ?? 'defendant') === 'defendant')) {
          refuse({ zh: '尚未登记向被告送达，判决不能生效', en: 'Service on the defendant is not recorded; the judgment cannot have taken effect' }, 'type', 'conflict');
        }
        const earliest = dates.effective;
        if (earliest && date < earliest.date) {
          refuse({ zh: `上诉期尚未届满，判决最早于 ${earliest.date} 生效（${earliest.rule.zh}）`, en: `The appeal period has not run; the judgment takes effect on ${earliest.date} at the earliest (${earliest.rule.en})` }, 'date');
        }
      }
      checkLaterDate(details.lastPerformanceDay, date, 'details.lastPerformanceDay');
      break;
    }
    case 'enforcement-applied': {
      const last = dates.lastPerformanceDay;
      if (last && date <= last.date) {
        refuse({ zh: `履行期限至 ${last.date} 届满，届满后方可申请执行（《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第16条）`, en: `The performance period runs until ${last.date}; enforcement can be applied for only after it (SPC enforcement provisions item 16)` }, 'date');
      }
      const deadline = dates.enforcementDeadline;
      if (deadline && date > deadline.date) {
        warnings.push({ zh: `申请执行期间已于 ${deadline.date} 届满；法院仍会受理，但被执行人提出时效异议成立的，裁定不予执行（《民诉法解释》第四百八十一条）`, en: `The application period ended on ${deadline.date}; the court still accepts the application, but will refuse enforcement if the debtor rightly objects (Interp art. 481)` });
      }
      break;
    }
    case 'enforcement-accepted':
    case 'enforcement-resumed': {
      const number = normaliseCaseNumber(details.enforcementCaseNumber ?? '');
      if (number === '' && type === 'enforcement-accepted') refuse({ zh: '请填写执行案号', en: 'Enter the enforcement case number' }, 'details.enforcementCaseNumber');
      if (number !== '') {
        const kind = type === 'enforcement-resumed' ? 'resumed-enforcement' : 'enforcement';
        details.enforcementCaseNumber = checkedCaseNumber(number, kind, date, true, ctx, 'details.enforcementCaseNumber', warnings);
      } else {
        delete details.enforcementCaseNumber;
      }
      break;
    }
    case 'property-frozen': {
      if (!details.propertyKind) refuse({ zh: '请选择财产类别（存款、动产、不动产或其他财产权）', en: 'Choose the kind of property (deposit, movable, immovable or other right)' }, 'details.propertyKind');
      if (details.renewalOf !== undefined) {
        const original = ctx.events.find((e) => e.id === details.renewalOf && e.type === 'property-frozen');
        if (!original) refuse({ zh: '找不到要续封/续冻的原查封冻结记录', en: 'The freeze being renewed was not found on this case' }, 'details.renewalOf');
        if (date < original.date) refuse({ zh: '续封/续冻日期不能早于原查封冻结日期', en: 'A renewal cannot be dated before the original freeze' }, 'date');
      }
      break;
    }
    case 'enforcement-suspended': {
      // 终本规定 art. 1(4): more than three months since docketing. The court decides; we warn on an odd date.
      if (addMonths(state.stageSince, 3) > date) {
        warnings.push({ zh: '距执行立案不足三个月即终结本次执行，与《关于严格规范终结本次执行程序的规定（试行）》第一条不符，请核对日期', en: 'Ended for now within three months of docketing, which the 终本 provisions (art. 1) do not allow; check the date' });
      }
      break;
    }
    case 'recovered': {
      if (ctx.outstandingFen > 0) {
        refuse({ zh: `尚有 ${formatYuan(ctx.outstandingFen)} 元未回收，请先登记回款或以“结案”并注明原因`, en: `${formatYuan(ctx.outstandingFen)} yuan is still outstanding; record the payments first, or close the case with a reason` }, 'type', 'conflict');
      }
      break;
    }
    case 'closed': {
      if (state.stage !== 'recovered' && state.stage !== 'withdrawal' && input.note.trim() === '') {
        refuse({ zh: '未全额回收或撤诉的案件结案，请在备注中说明原因', en: 'Closing a case that was neither recovered in full nor withdrawn needs a reason in the note' }, 'note');
      }
      break;
    }
    case 'note': {
      if (input.note.trim() === '' && !input.attachment) refuse({ zh: '请填写备注或添加附件', en: 'Write a note or attach a file' }, 'note');
      break;
    }
    default:
      break;
  }
  return { stageAfter, details, warnings };
}

import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import type { LimitationSummary } from '../../core/claim/limitation';
import { DossierError } from '../../core/errors';
import { parseYuan } from '../../core/money/fen';
import { decisionDates } from '../../core/tracking/decision-dates';
import { byUrgency, deriveDeadlines } from '../../core/tracking/derive-deadlines';
import type { CaseEvent } from '../../core/tracking/event-types';
import { recoverySummary } from '../../core/tracking/recovery';
import type { RecoveryEntry } from '../../core/tracking/recovery';
import { planStatus } from '../../core/tracking/settlement-plan';
import type { SettlementPlan } from '../../core/tracking/settlement-plan';
import { isTrackingStage } from '../../core/tracking/stages';
import type { TrackingStage } from '../../core/tracking/stages';
import { allowedEvents, stateFromEvents } from '../../core/tracking/transitions';
import type { CaseTracking, SettlementPlanView } from '../../core/tracking/tracking-views';
import type { CaseFactsRow, TrackingRepository } from '../db/tracking-repository';
import type { TrackingRow } from '../db/tracking-rows';
import type { VersionedCalendar } from './holiday-calendar-source';

/** Everything known about one case's tracking at a moment: loaded rows plus what core derives from them. */
export type TrackingSnapshot = {
  facts: CaseFactsRow;
  events: CaseEvent[];
  recovery: RecoveryEntry[];
  plans: SettlementPlanView[];
  view: CaseTracking;
  awardedFen: number | null;
  /** What is still owed, for the "recovered in full" guard: 0 once the current plan is completed. */
  outstandingFen: number;
};

/** The intake stage a case without tracking events is in (cases.status: draft / ready / filed). */
function intakeStage(status: string): TrackingStage {
  return isTrackingStage(status) ? status : 'draft';
}

/** The amount the latest judgment or mediation document awarded, if the user recorded it. */
function awardedOf(events: readonly CaseEvent[], calendar: HolidayCalendar): number | null {
  const text = decisionDates(events, calendar).decision?.details.awardedAmount;
  return text ? parseYuan(text, 'details.awardedAmount') : null;
}

/** The rows of one case the derivation reads: the case's own columns, its tracking records and its stored owner. */
export type TrackingInputs = {
  facts: CaseFactsRow;
  events: CaseEvent[];
  recovery: RecoveryEntry[];
  plans: SettlementPlan[];
  stored: TrackingRow | undefined;
};

/** Derives a case's state, deadlines, plan positions and money from its loaded rows (no database access). */
export function deriveSnapshot(inputs: TrackingInputs, limitation: LimitationSummary | null, calendar: HolidayCalendar, today: string): TrackingSnapshot {
  const { facts, events, recovery, stored } = inputs;
  const caseId = facts.id;
  const plans = inputs.plans.map((plan): SettlementPlanView => ({
    ...plan,
    status: planStatus(plan, recovery.filter((r) => r.planId === plan.id && r.kind !== 'cost'), today),
  }));
  const state = stateFromEvents(intakeStage(facts.status), facts.created_at.slice(0, 10), events);
  const awardedFen = awardedOf(events, calendar);
  const summary = recoverySummary(facts.claimed_fen, awardedFen, recovery);
  const latestPlan = plans.at(-1);
  const outstandingFen = latestPlan?.status.state === 'completed' ? 0 : summary.outstandingFen;
  const deadlines = deriveDeadlines({ limitation, events, plans: plans.map((p) => ({ plan: p, status: p.status })), calendar })
    .sort(byUrgency);
  const dates = decisionDates(events, calendar);
  const view: CaseTracking = {
    caseId, state, owner: stored?.owner ?? '', allowedEvents: allowedEvents(state), events, deadlines, plans,
    recovery, summary, today,
    dates: { effective: dates.effective, lastPerformanceDay: dates.lastPerformanceDay, enforcementDeadline: dates.enforcementDeadline },
  };
  return { facts, events, recovery, plans, view, awardedFen, outstandingFen };
}

/** The case_tracking row a snapshot stands for, computed with the calendar of `calendarVersion`. */
export function trackingRowOf(snap: TrackingSnapshot, calendarVersion: string, timestamp: string): TrackingRow {
  const { facts, view } = snap;
  return {
    case_id: facts.id, stage: view.state.stage, stage_since: view.state.stageSince,
    court_case_number: view.state.courtCaseNumber, enforcement_case_number: view.state.enforcementCaseNumber,
    owner: view.owner, branch: facts.issuing_branch, court_name: facts.court_name, claimed_fen: facts.claimed_fen,
    awarded_fen: snap.awardedFen, recovered_fen: view.summary.recoveredFen, costs_fen: view.summary.costsFen,
    calendar_version: calendarVersion, stale: 0, updated_at: timestamp,
  };
}

/**
 * Loads a case's tracking rows, derives its state, deadlines, plan positions and money, and writes the
 * derived parts back (case_tracking, case_deadlines). Callers run `sync` inside their own transaction.
 * `limitationOf` is the limitation engine over the case's records (readiness-facts.ts), so the limitation
 * deadline is the same date, resting on the same event, as the limitation page and readiness show.
 */
export function createTrackingSync(repo: TrackingRepository, calendarOf: () => VersionedCalendar, limitationOf: (caseId: number, calendar: HolidayCalendar) => LimitationSummary | null) {
  function snapshotWith(caseId: number, today: string, { calendar }: VersionedCalendar): TrackingSnapshot {
    const facts = repo.caseFacts(caseId);
    if (!facts) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
    const inputs = { facts, events: repo.events(caseId), recovery: repo.recovery(caseId), plans: repo.plans(caseId), stored: repo.tracking(caseId) };
    return deriveSnapshot(inputs, limitationOf(caseId, calendar), calendar, today);
  }

  /** What core derives for one case now, from its stored rows. */
  const snapshot = (caseId: number, today: string): TrackingSnapshot => snapshotWith(caseId, today, calendarOf());

  /** Writes the derived rows of one case; returns the fresh snapshot. Call inside a transaction. */
  function sync(caseId: number, today: string, timestamp: string): TrackingSnapshot {
    const calendar = calendarOf();
    const snap = snapshotWith(caseId, today, calendar);
    repo.upsertTracking(trackingRowOf(snap, calendar.version, timestamp));
    repo.replaceDeadlines(caseId, snap.view.deadlines);
    return snap;
  }

  return { snapshot, sync };
}
export type TrackingSync = ReturnType<typeof createTrackingSync>;

/** What the tracking operations return: plain data for the UI, the CLI and later the documents. */
import type { Bilingual } from '../bilingual';
import type { Fen } from '../money/fen';
import type { DerivedDate } from './decision-dates';
import type { DeadlineCategory, DeadlineKind, Deadline } from './derive-deadlines';
import type { CaseEvent, EventType } from './event-types';
import type { RecoveryEntry, RecoverySummary } from './recovery';
import type { PlanStatus, SettlementPlan } from './settlement-plan';
import type { TrackingStage } from './stages';
import type { TrackingState } from './transitions';

/** A settlement plan with where it stands today. */
export type SettlementPlanView = SettlementPlan & { status: PlanStatus };

/** Everything the tracking tab shows for one case. */
export type CaseTracking = {
  caseId: number;
  state: TrackingState;
  owner: string;
  allowedEvents: EventType[];
  events: CaseEvent[];
  deadlines: Deadline[];
  plans: SettlementPlanView[];
  recovery: RecoveryEntry[];
  summary: RecoverySummary;
  dates: { effective: DerivedDate | null; lastPerformanceDay: DerivedDate | null; enforcementDeadline: DerivedDate | null };
  today: string;
};

/** The result of recording one event. */
export type EventResult = { event: CaseEvent; tracking: CaseTracking; warnings: Bilingual[] };

/** One case in the tracking lists (batch page, dashboard drill-down). */
export type TrackedCaseRow = {
  caseId: number;
  defendantName: string;
  courtName: string;
  branch: string;
  owner: string;
  stage: TrackingStage;
  stageSince: string;
  courtCaseNumber: string;
  enforcementCaseNumber: string;
  claimedFen: Fen;
  recoveredFen: Fen;
};

/** One row of the deadlines page. */
export type DeadlineRow = {
  caseId: number;
  defendantName: string;
  courtName: string;
  branch: string;
  owner: string;
  stage: TrackingStage;
  courtCaseNumber: string;
  /** Stable within the case (kind and basis), so a calendar re-import updates rather than duplicates. */
  key: string;
  kind: DeadlineKind;
  category: DeadlineCategory;
  title: Bilingual;
  date: string;
  nominal: string;
  skipped: string[];
  rule: Bilingual;
  calendarWarning: Bilingual | null;
  /** Negative when overdue. */
  daysLeft: number;
};

/** The deadlines page's answer. */
export type DeadlineList = { today: string; total: number; overdue: number; rows: DeadlineRow[]; owners: string[]; courts: string[]; branches: string[] };

/** Money and counts of one group (a stage, a branch, a court). */
export type DashboardGroup = { key: string; cases: number; claimedFen: Fen; recoveredFen: Fen; costsFen: Fen };

/** How long the cases in one stage have been there. */
export type StageAging = { stage: TrackingStage; cases: number; averageDays: number; maxDays: number; buckets: number[] };

/** How far the refresh of derived rows (case_tracking, case_deadlines) has got: stale cases left, done and total of the running job. */
export type DerivedStatus = { stale: number; done: number; total: number; running: boolean };

/** The dashboard. */
export type Dashboard = {
  today: string;
  totals: { cases: number; claimedFen: Fen; recoveredFen: Fen; costsFen: Fen; netFen: Fen };
  byStage: DashboardGroup[];
  byBranch: DashboardGroup[];
  byCourt: DashboardGroup[];
  aging: StageAging[];
  /** Upper bounds (days) of the aging buckets; the last bucket is open-ended. */
  agingBuckets: number[];
  deadlines: { dueThisWeek: number; overdue: number; soonest: DeadlineRow[] };
};

import type Database from 'better-sqlite3';
import type { Deadline } from '../../core/tracking/derive-deadlines';
import type { CaseEvent } from '../../core/tracking/event-types';
import type { RecoveryEntry } from '../../core/tracking/recovery';
import type { SettlementPlan } from '../../core/tracking/settlement-plan';
import {
  deadlineFromRow, deadlineToRow, eventFromRow, eventToRow, planFromRows, planToRow, recoveryFromRow, recoveryToRow,
} from './tracking-rows';
import type { DeadlineRow, EventRow, InstallmentRow, PlanRow, RecoveryRow, TrackingRow } from './tracking-rows';

/** What the tracking module reads from a case (the intake tables are not its own). */
export type CaseFactsRow = {
  id: number; status: string; created_at: string; updated_at: string; court_name: string; issuing_branch: string;
  first_default_date: string; claimed_fen: number; defendant_name: string;
};

/** Reads and writes the tracking tables of one database; statements are prepared once. */
export function createTrackingRepository(db: Database.Database) {
  const s = {
    caseFacts: db.prepare(
      `SELECT c.id, c.status, c.created_at, c.updated_at, c.court_name, c.issuing_branch, c.first_default_date,
              c.principal_fen + c.interest_fen + c.penalty_fen + c.fees_fen AS claimed_fen, c.defendant_name
       FROM cases c WHERE c.id = ?`),
    events: db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY id'),
    event: db.prepare('SELECT * FROM case_events WHERE id = ?'),
    insertEvent: db.prepare(
      `INSERT INTO case_events (case_id, type, date, stage_before, stage_after, details_json, note, attachment_sha256,
         attachment_name, attachment_size, actor, created_at)
       VALUES (@case_id, @type, @date, @stage_before, @stage_after, @details_json, @note, @attachment_sha256,
         @attachment_name, @attachment_size, @actor, @created_at)`),
    deleteEvent: db.prepare('DELETE FROM case_events WHERE id = ?'),
    tracking: db.prepare('SELECT * FROM case_tracking WHERE case_id = ?'),
    upsertTracking: db.prepare(
      `INSERT INTO case_tracking (case_id, stage, stage_since, court_case_number, enforcement_case_number, owner, branch,
         court_name, claimed_fen, awarded_fen, recovered_fen, costs_fen, calendar_version, stale, updated_at)
       VALUES (@case_id, @stage, @stage_since, @court_case_number, @enforcement_case_number, @owner, @branch, @court_name,
         @claimed_fen, @awarded_fen, @recovered_fen, @costs_fen, @calendar_version, @stale, @updated_at)
       ON CONFLICT (case_id) DO UPDATE SET stage = excluded.stage, stage_since = excluded.stage_since,
         court_case_number = excluded.court_case_number, enforcement_case_number = excluded.enforcement_case_number,
         owner = excluded.owner, branch = excluded.branch, court_name = excluded.court_name, claimed_fen = excluded.claimed_fen,
         awarded_fen = excluded.awarded_fen, recovered_fen = excluded.recovered_fen, costs_fen = excluded.costs_fen,
         calendar_version = excluded.calendar_version, stale = excluded.stale, updated_at = excluded.updated_at`),
    setOwner: db.prepare('UPDATE case_tracking SET owner = ? WHERE case_id = ?'),
    caseWithCourtNumber: db.prepare("SELECT case_id FROM case_tracking WHERE court_case_number = ? AND court_case_number <> '' AND case_id <> ?"),
    caseWithEnforcementNumber: db.prepare("SELECT case_id FROM case_tracking WHERE enforcement_case_number = ? AND enforcement_case_number <> '' AND case_id <> ?"),
    deadlines: db.prepare('SELECT * FROM case_deadlines WHERE case_id = ? ORDER BY due_date, id'),
    deleteDeadlines: db.prepare('DELETE FROM case_deadlines WHERE case_id = ?'),
    insertDeadline: db.prepare(
      `INSERT INTO case_deadlines (case_id, key, kind, category, due_date, nominal_date, skipped_json, done, basis_event_id,
         title_json, rule_json, warning_json)
       VALUES (@case_id, @key, @kind, @category, @due_date, @nominal_date, @skipped_json, @done, @basis_event_id,
         @title_json, @rule_json, @warning_json)`),
    plans: db.prepare('SELECT * FROM settlement_plans WHERE case_id = ? ORDER BY id'),
    plan: db.prepare('SELECT * FROM settlement_plans WHERE id = ?'),
    installments: db.prepare('SELECT * FROM settlement_installments WHERE plan_id = ? ORDER BY seq'),
    insertPlan: db.prepare(
      `INSERT INTO settlement_plans (case_id, agreed_date, context, total_fen, grace_days, on_default, original_debt_fen, note, created_at)
       VALUES (@case_id, @agreed_date, @context, @total_fen, @grace_days, @on_default, @original_debt_fen, @note, @created_at)`),
    insertInstallment: db.prepare('INSERT INTO settlement_installments (plan_id, seq, due_date, amount_fen) VALUES (?, ?, ?, ?)'),
    deletePlan: db.prepare('DELETE FROM settlement_plans WHERE id = ?'),
    recovery: db.prepare('SELECT * FROM recovery_entries WHERE case_id = ? ORDER BY date, id'),
    recoveryEntry: db.prepare('SELECT * FROM recovery_entries WHERE id = ?'),
    insertRecovery: db.prepare(
      `INSERT INTO recovery_entries (case_id, kind, date, amount_fen, cost_kind, plan_id, note, created_at)
       VALUES (@case_id, @kind, @date, @amount_fen, @cost_kind, @plan_id, @note, @created_at)`),
    deleteRecovery: db.prepare('DELETE FROM recovery_entries WHERE id = ?'),
    stale: db.prepare('SELECT case_id FROM case_tracking WHERE stale = 1'),
    nextStale: db.prepare('SELECT case_id FROM case_tracking WHERE stale = 1 ORDER BY case_id LIMIT ?'),
    staleCount: db.prepare('SELECT count(*) AS n FROM case_tracking WHERE stale = 1'),
    markFresh: db.prepare('UPDATE case_tracking SET stale = 0, calendar_version = ?, updated_at = ? WHERE case_id IN (SELECT value FROM json_each(?))'),
    markCalendarStale: db.prepare('UPDATE case_tracking SET stale = 1 WHERE calendar_version <> ? AND stale = 0'),
  };

  return {
    caseFacts: (caseId: number) => s.caseFacts.get(caseId) as CaseFactsRow | undefined,
    events: (caseId: number): CaseEvent[] => (s.events.all(caseId) as EventRow[]).map(eventFromRow),
    event: (eventId: number): CaseEvent | undefined => {
      const row = s.event.get(eventId) as EventRow | undefined;
      return row && eventFromRow(row);
    },
    insertEvent: (event: Omit<CaseEvent, 'id'>): number => Number(s.insertEvent.run(eventToRow(event)).lastInsertRowid),
    deleteEvent: (eventId: number) => void s.deleteEvent.run(eventId),
    tracking: (caseId: number) => s.tracking.get(caseId) as TrackingRow | undefined,
    upsertTracking: (row: TrackingRow) => void s.upsertTracking.run(row),
    setOwner: (caseId: number, owner: string) => s.setOwner.run(owner, caseId).changes,
    /** Another case already carrying this court case number (案号 are unique), if any. */
    caseWithCourtNumber: (number: string, exceptCaseId: number) => (s.caseWithCourtNumber.get(number, exceptCaseId) as { case_id: number } | undefined)?.case_id,
    caseWithEnforcementNumber: (number: string, exceptCaseId: number) => (s.caseWithEnforcementNumber.get(number, exceptCaseId) as { case_id: number } | undefined)?.case_id,
    deadlines: (caseId: number): Deadline[] => (s.deadlines.all(caseId) as DeadlineRow[]).map(deadlineFromRow),
    replaceDeadlines(caseId: number, deadlines: readonly Deadline[]): void {
      s.deleteDeadlines.run(caseId);
      for (const d of deadlines) s.insertDeadline.run(deadlineToRow(caseId, d));
    },
    plans(caseId: number): SettlementPlan[] {
      return (s.plans.all(caseId) as PlanRow[]).map((row) => planFromRows(row, s.installments.all(row.id) as InstallmentRow[]));
    },
    plan(planId: number): SettlementPlan | undefined {
      const row = s.plan.get(planId) as PlanRow | undefined;
      return row && planFromRows(row, s.installments.all(row.id) as InstallmentRow[]);
    },
    insertPlan(plan: Omit<SettlementPlan, 'id'>): number {
      const planId = Number(s.insertPlan.run(planToRow(plan)).lastInsertRowid);
      for (const i of plan.installments) s.insertInstallment.run(planId, i.seq, i.dueDate, i.amountFen);
      return planId;
    },
    deletePlan: (planId: number) => void s.deletePlan.run(planId),
    recovery: (caseId: number): RecoveryEntry[] => (s.recovery.all(caseId) as RecoveryRow[]).map(recoveryFromRow),
    recoveryEntry: (entryId: number): RecoveryEntry | undefined => {
      const row = s.recoveryEntry.get(entryId) as RecoveryRow | undefined;
      return row && recoveryFromRow(row);
    },
    insertRecovery: (entry: Omit<RecoveryEntry, 'id'>): number => Number(s.insertRecovery.run(recoveryToRow(entry)).lastInsertRowid),
    deleteRecovery: (entryId: number) => void s.deleteRecovery.run(entryId),
    /** Cases whose derived rows are out of date (marked by the triggers on cases, or by markCalendarStale). */
    staleCaseIds: (): number[] => (s.stale.all() as { case_id: number }[]).map((r) => r.case_id),
    /** The first `limit` stale cases by id: the next chunk of the set-based refresh. */
    nextStaleCaseIds: (limit: number): number[] => (s.nextStale.all(limit) as { case_id: number }[]).map((r) => r.case_id),
    /** How many cases' derived rows are out of date (the partial index on stale rows makes this cheap). */
    staleCount: (): number => (s.staleCount.get() as { n: number }).n,
    /** Marks a chunk of cases fresh as of `timestamp` with the calendar `calendarVersion` (the refresh then rewrites what changed). */
    markFresh: (caseIds: readonly number[], calendarVersion: string, timestamp: string) => void s.markFresh.run(calendarVersion, timestamp, JSON.stringify(caseIds)),
    /** Marks every case computed with another holiday calendar as stale (one scan, when the calendar changes). */
    markCalendarStale: (calendarVersion: string) => s.markCalendarStale.run(calendarVersion).changes,
  };
}
export type TrackingRepository = ReturnType<typeof createTrackingRepository>;

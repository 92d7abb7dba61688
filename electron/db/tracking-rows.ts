import type { Bilingual } from '../../core/bilingual';
import type { Deadline, DeadlineCategory, DeadlineKind } from '../../core/tracking/derive-deadlines';
import type { CaseEvent, EventDetails, EventType } from '../../core/tracking/event-types';
import type { CostKind, RecoveryEntry, RecoveryKind } from '../../core/tracking/recovery';
import type { AccelerationBasis, Installment, SettlementContext, SettlementPlan } from '../../core/tracking/settlement-plan';
import type { TrackingStage } from '../../core/tracking/stages';
import type { TrackedCaseRow } from '../../core/tracking/tracking-views';

/** Row ⇄ entity conversions for the tracking tables (migration 004), the one place that knows their column names. */

export type EventRow = {
  id: number; case_id: number; type: string; date: string; stage_before: string; stage_after: string;
  details_json: string; note: string; attachment_sha256: string | null; attachment_name: string | null;
  attachment_size: number | null; actor: string; created_at: string;
};

/** case_events row → CaseEvent. */
export function eventFromRow(row: EventRow): CaseEvent {
  return {
    id: row.id, caseId: row.case_id, type: row.type as EventType, date: row.date,
    details: JSON.parse(row.details_json) as EventDetails, note: row.note,
    stageBefore: row.stage_before, stageAfter: row.stage_after,
    attachment: row.attachment_sha256 === null ? null
      : { fileName: row.attachment_name ?? '', sha256: row.attachment_sha256, sizeBytes: row.attachment_size ?? 0 },
    actor: row.actor, createdAt: row.created_at,
  };
}

/** A new event → named parameters for case_events. */
export function eventToRow(e: Omit<CaseEvent, 'id'>) {
  return {
    case_id: e.caseId, type: e.type, date: e.date, stage_before: e.stageBefore, stage_after: e.stageAfter,
    details_json: JSON.stringify(e.details), note: e.note,
    attachment_sha256: e.attachment?.sha256 ?? null, attachment_name: e.attachment?.fileName ?? null,
    attachment_size: e.attachment?.sizeBytes ?? null, actor: e.actor, created_at: e.createdAt,
  };
}

export type DeadlineRow = {
  case_id: number; key: string; kind: string; category: string; due_date: string; nominal_date: string;
  skipped_json: string; done: number; basis_event_id: number | null; title_json: string; rule_json: string; warning_json: string | null;
};

/** A derived deadline → named parameters for case_deadlines. */
export function deadlineToRow(caseId: number, d: Deadline): DeadlineRow {
  return {
    case_id: caseId, key: d.key, kind: d.kind, category: d.category, due_date: d.date, nominal_date: d.nominal,
    skipped_json: JSON.stringify(d.skipped), done: d.done ? 1 : 0, basis_event_id: d.basisEventId,
    title_json: JSON.stringify(d.title), rule_json: JSON.stringify(d.rule),
    warning_json: d.calendarWarning === null ? null : JSON.stringify(d.calendarWarning),
  };
}

/** case_deadlines row → Deadline. */
export function deadlineFromRow(row: DeadlineRow): Deadline {
  return {
    key: row.key, kind: row.kind as DeadlineKind, category: row.category as DeadlineCategory, date: row.due_date,
    nominal: row.nominal_date, skipped: JSON.parse(row.skipped_json) as string[], done: row.done === 1,
    basisEventId: row.basis_event_id, title: JSON.parse(row.title_json) as Bilingual, rule: JSON.parse(row.rule_json) as Bilingual,
    calendarWarning: row.warning_json === null ? null : (JSON.parse(row.warning_json) as Bilingual),
  };
}

export type PlanRow = {
  id: number; case_id: number; agreed_date: string; context: string; total_fen: number; grace_days: number;
  on_default: string; original_debt_fen: number; note: string; created_at: string;
};
export type InstallmentRow = { plan_id: number; seq: number; due_date: string; amount_fen: number };

/** settlement_plans row and its instalment rows → SettlementPlan. */
export function planFromRows(row: PlanRow, installments: InstallmentRow[]): SettlementPlan {
  return {
    id: row.id, caseId: row.case_id, agreedDate: row.agreed_date, context: row.context as SettlementContext,
    totalFen: row.total_fen, graceDays: row.grace_days, onDefault: row.on_default as AccelerationBasis,
    originalDebtFen: row.original_debt_fen, note: row.note, createdAt: row.created_at,
    installments: installments.map((i): Installment => ({ seq: i.seq, dueDate: i.due_date, amountFen: i.amount_fen })),
  };
}

/** A plan → named parameters for settlement_plans. */
export function planToRow(p: Omit<SettlementPlan, 'id' | 'installments'>) {
  return {
    case_id: p.caseId, agreed_date: p.agreedDate, context: p.context, total_fen: p.totalFen, grace_days: p.graceDays,
    on_default: p.onDefault, original_debt_fen: p.originalDebtFen, note: p.note, created_at: p.createdAt,
  };
}

export type RecoveryRow = {
  id: number; case_id: number; kind: string; date: string; amount_fen: number; cost_kind: string | null;
  plan_id: number | null; note: string; created_at: string;
};

/** recovery_entries row → RecoveryEntry. */
export function recoveryFromRow(row: RecoveryRow): RecoveryEntry {
  return {
    id: row.id, caseId: row.case_id, kind: row.kind as RecoveryKind, date: row.date, amountFen: row.amount_fen,
    costKind: row.cost_kind as CostKind | null, planId: row.plan_id, note: row.note, createdAt: row.created_at,
  };
}

/** A new entry → named parameters for recovery_entries. */
export function recoveryToRow(e: Omit<RecoveryEntry, 'id'>) {
  return {
    case_id: e.caseId, kind: e.kind, date: e.date, amount_fen: e.amountFen, cost_kind: e.costKind,
    plan_id: e.planId, note: e.note, created_at: e.createdAt,
  };
}

export type TrackingRow = {
  case_id: number; stage: string; stage_since: string; court_case_number: string; enforcement_case_number: string;
  owner: string; branch: string; court_name: string; claimed_fen: number; awarded_fen: number | null;
  recovered_fen: number; costs_fen: number; calendar_version: string; stale: number; updated_at: string;
};

/** A case_tracking row joined with the defendant's name → one row of the tracking lists. */
export function trackedCaseFromRow(row: TrackingRow & { defendant_name: string }): TrackedCaseRow {
  return {
    caseId: row.case_id, defendantName: row.defendant_name, courtName: row.court_name, branch: row.branch, owner: row.owner,
    stage: row.stage as TrackingStage, stageSince: row.stage_since, courtCaseNumber: row.court_case_number,
    enforcementCaseNumber: row.enforcement_case_number, claimedFen: row.claimed_fen, recoveredFen: row.recovered_fen,
  };
}

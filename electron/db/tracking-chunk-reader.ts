import type Database from 'better-sqlite3';
import type { CardTerms } from '../../core/claim/card-terms';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import type { ManualLimitationEvent } from '../../core/claim/claim-operations';
import type { ContactRecord } from '../../core/evidence/contact-model';
import type { Case } from '../../core/case/case-model';
import type { CaseEvent } from '../../core/tracking/event-types';
import type { RecoveryEntry } from '../../core/tracking/recovery';
import type { SettlementPlan } from '../../core/tracking/settlement-plan';
import { ledgerFromRow, limitationEventFromRow } from './claim-rows';
import type { LedgerRow, LimitationEventRow } from './claim-rows';
import { cardTermsFromJson } from './claim-terms-repository';
import { contactFromRow } from './contact-rows';
import type { ContactRow } from './contact-rows';
import { caseFromRow } from './rows';
import type { CaseRow } from './rows';
import type { CaseFactsRow } from './tracking-repository';
import { eventFromRow, planFromRows, recoveryFromRow } from './tracking-rows';
import type { DeadlineRow, EventRow, InstallmentRow, PlanRow, RecoveryRow, TrackingRow } from './tracking-rows';

/** Everything the derived rows of one case are computed from: the same rows the per-case repositories return, in the same order. */
export type CaseRecords = {
  facts: CaseFactsRow;
  found: Case;
  terms: CardTerms;
  contacts: ContactRecord[];
  ledger: LedgerEntry[];
  manualEvents: ManualLimitationEvent[];
  events: CaseEvent[];
  recovery: RecoveryEntry[];
  plans: SettlementPlan[];
  stored: TrackingRow | undefined;
  /** The case's deadline rows as stored, so a refresh rewrites only those that changed. */
  storedDeadlines: DeadlineRow[];
};

// The chunk's ids travel as one JSON array parameter; `IN (SELECT value FROM json_each(?))` drives each query from the case_id index.
const inChunk = 'IN (SELECT value FROM json_each(?))';

/** Groups rows by case id, keeping their order. */
function byCase<Row extends { case_id: number }, Item>(rows: readonly Row[], map: (row: Row) => Item): Map<number, Item[]> {
  const grouped = new Map<number, Item[]>();
  for (const row of rows) {
    let list = grouped.get(row.case_id);
    if (!list) grouped.set(row.case_id, (list = []));
    list.push(map(row));
  }
  return grouped;
}

/**
 * Reads the records of many cases with one query per table (ten in all for a chunk, instead of about a
 * dozen per case), for the set-based refresh of derived rows. Orders match the per-case repositories'
 * (events by id, recovery by date then id, contacts by time, ledger and manual events by date), so
 * core derives exactly what the per-case sync derives.
 */
export function createTrackingChunkReader(db: Database.Database) {
  const s = {
    cases: db.prepare(`SELECT c.*, c.principal_fen + c.interest_fen + c.penalty_fen + c.fees_fen AS claimed_fen FROM cases c WHERE c.id ${inChunk} ORDER BY c.id`),
    terms: db.prepare(`SELECT case_id, terms_json FROM card_terms WHERE case_id ${inChunk}`),
    contacts: db.prepare(`SELECT * FROM contact_records WHERE case_id ${inChunk} ORDER BY case_id, occurred_at, id`),
    ledger: db.prepare(`SELECT * FROM ledger_entries WHERE case_id ${inChunk} ORDER BY case_id, entry_date, id`),
    manualEvents: db.prepare(`SELECT * FROM limitation_events WHERE case_id ${inChunk} ORDER BY case_id, event_date, id`),
    events: db.prepare(`SELECT * FROM case_events WHERE case_id ${inChunk} ORDER BY case_id, id`),
    recovery: db.prepare(`SELECT * FROM recovery_entries WHERE case_id ${inChunk} ORDER BY case_id, date, id`),
    plans: db.prepare(`SELECT * FROM settlement_plans WHERE case_id ${inChunk} ORDER BY case_id, id`),
    installments: db.prepare(
      `SELECT i.* FROM settlement_installments i JOIN settlement_plans p ON p.id = i.plan_id WHERE p.case_id ${inChunk} ORDER BY i.plan_id, i.seq`),
    tracking: db.prepare(`SELECT * FROM case_tracking WHERE case_id ${inChunk}`),
    deadlines: db.prepare(`SELECT * FROM case_deadlines WHERE case_id ${inChunk} ORDER BY case_id, id`),
  };

  /** The records of each case in `caseIds` that still exists, in id order. */
  function read(caseIds: readonly number[]): CaseRecords[] {
    const ids = JSON.stringify(caseIds);
    const terms = new Map((s.terms.all(ids) as { case_id: number; terms_json: string }[]).map((r) => [r.case_id, r.terms_json]));
    const contacts = byCase(s.contacts.all(ids) as ContactRow[], contactFromRow);
    const ledger = byCase(s.ledger.all(ids) as LedgerRow[], ledgerFromRow);
    const manualEvents = byCase(s.manualEvents.all(ids) as LimitationEventRow[], limitationEventFromRow);
    const events = byCase(s.events.all(ids) as EventRow[], eventFromRow);
    const recovery = byCase(s.recovery.all(ids) as RecoveryRow[], recoveryFromRow);
    const installments = new Map<number, InstallmentRow[]>();
    for (const row of s.installments.all(ids) as InstallmentRow[]) {
      let list = installments.get(row.plan_id);
      if (!list) installments.set(row.plan_id, (list = []));
      list.push(row);
    }
    const plans = byCase(s.plans.all(ids) as PlanRow[], (row) => planFromRows(row, installments.get(row.id) ?? []));
    const stored = new Map((s.tracking.all(ids) as TrackingRow[]).map((r) => [r.case_id, r]));
    const deadlines = byCase(s.deadlines.all(ids) as (DeadlineRow & { id: number })[], ({ id: _id, ...row }) => row);
    return (s.cases.all(ids) as (CaseRow & { claimed_fen: number })[]).map((row): CaseRecords => ({
      facts: {
        id: row.id, status: row.status, created_at: row.created_at, updated_at: row.updated_at, court_name: row.court_name,
        issuing_branch: row.issuing_branch, first_default_date: row.first_default_date, claimed_fen: row.claimed_fen, defendant_name: row.defendant_name,
      },
      found: caseFromRow(row),
      terms: cardTermsFromJson(terms.get(row.id)),
      contacts: contacts.get(row.id) ?? [],
      ledger: ledger.get(row.id) ?? [],
      manualEvents: manualEvents.get(row.id) ?? [],
      events: events.get(row.id) ?? [],
      recovery: recovery.get(row.id) ?? [],
      plans: plans.get(row.id) ?? [],
      stored: stored.get(row.id),
      storedDeadlines: deadlines.get(row.id) ?? [],
    }));
  }

  return { read };
}
export type TrackingChunkReader = ReturnType<typeof createTrackingChunkReader>;

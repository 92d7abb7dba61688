import type { ManualLimitationEvent } from '../../core/claim/claim-operations';
import type { LedgerEntry } from '../../core/claim/ledger-model';

/** ledger_entries and limitation_events rows ⇄ entities. */
export type LedgerRow = { id: number; case_id: number; entry_date: string; type: string; amount_fen: number; description: string; source: string };

/** ledger_entries row → LedgerEntry. */
export function ledgerFromRow(row: LedgerRow): LedgerEntry {
  return {
    id: row.id, caseId: row.case_id, date: row.entry_date, type: row.type as LedgerEntry['type'], amountFen: row.amount_fen,
    description: row.description, source: row.source as LedgerEntry['source'],
  };
}

export type LimitationEventRow = { id: number; case_id: number; event_date: string; kind: string; note: string; evidence_id: number | null };

/** limitation_events row → ManualLimitationEvent. */
export function limitationEventFromRow(row: LimitationEventRow): ManualLimitationEvent {
  return { id: row.id, caseId: row.case_id, date: row.event_date, kind: row.kind as ManualLimitationEvent['kind'], note: row.note, evidenceId: row.evidence_id };
}

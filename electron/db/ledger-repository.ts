import type Database from 'better-sqlite3';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import { ledgerFromRow } from './claim-rows';
import type { LedgerRow } from './claim-rows';

/** Reads and writes a case's ledger entries (ledger_entries). */
export function createLedgerRepository(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO ledger_entries (case_id, entry_date, type, amount_fen, description, source, created_at)
     VALUES (@caseId, @date, @type, @amountFen, @description, @source, @now)`,
  );
  // Prepared once: the limitation of every case reads them when derived rows are refreshed.
  const listStatement = db.prepare('SELECT * FROM ledger_entries WHERE case_id = ? ORDER BY entry_date, id');
  const countStatement = db.prepare('SELECT count(*) AS n FROM ledger_entries WHERE case_id = ?');
  return {
    listForCase(caseId: number): LedgerEntry[] {
      return (listStatement.all(caseId) as LedgerRow[]).map(ledgerFromRow);
    },
    find(id: number): LedgerEntry | undefined {
      const row = db.prepare('SELECT * FROM ledger_entries WHERE id = ?').get(id) as LedgerRow | undefined;
      return row && ledgerFromRow(row);
    },
    /** The sum of the entries' amounts, each counted positive, leaving out those of `exceptSources` (about to be replaced). */
    amountTotal(caseId: number, exceptSources: LedgerEntry['source'][] = []): number {
      const marks = exceptSources.map(() => '?').join(', ');
      const sql = `SELECT coalesce(sum(abs(amount_fen)), 0) AS total FROM ledger_entries WHERE case_id = ?${exceptSources.length > 0 ? ` AND source NOT IN (${marks})` : ''}`;
      return (db.prepare(sql).get(caseId, ...exceptSources) as { total: number }).total;
    },
    count(caseId: number): number {
      return (countStatement.get(caseId) as { n: number }).n;
    },
    insert(entry: Omit<LedgerEntry, 'id'>, now: string): number {
      return Number(insert.run({ ...entry, now }).lastInsertRowid);
    },
    removeBySource(caseId: number, sources: LedgerEntry['source'][]): number {
      const marks = sources.map(() => '?').join(', ');
      return db.prepare(`DELETE FROM ledger_entries WHERE case_id = ? AND source IN (${marks})`).run(caseId, ...sources).changes;
    },
    remove(id: number): void {
      db.prepare('DELETE FROM ledger_entries WHERE id = ?').run(id);
    },
  };
}
export type LedgerRepository = ReturnType<typeof createLedgerRepository>;

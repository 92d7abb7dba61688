import type Database from 'better-sqlite3';
import type { Case, CaseStatus, CaseSummary } from '../../core/case/case-model';
import { caseFromRow, caseToRow } from './rows';
import type { CaseRow } from './rows';

const caseColumns = [
  'plaintiff_id', 'agent_id', 'defendant_name', 'defendant_sex', 'defendant_ethnicity', 'defendant_birth_date',
  'defendant_resident_id', 'defendant_registered_address', 'defendant_habitual_residence', 'defendant_phone',
  'defendant_employer', 'card_number', 'card_agreement_date', 'issuing_branch', 'credit_limit_fen',
  'first_default_date', 'claim_as_of', 'principal_fen', 'interest_fen', 'penalty_fen', 'fees_fen', 'court_name', 'status',
] as const;

type SummaryRow = {
  id: number; defendant_name: string; defendant_resident_id: string; card_number: string; plaintiff_name: string;
  court_name: string; claim_total_fen: number; status: string; updated_at: string;
};

/** Reads and writes cases; the list query returns raw identifiers and the service masks them. */
export function createCaseRepository(db: Database.Database) {
  const insertStatement = db.prepare(
    `INSERT INTO cases (${caseColumns.join(', ')}, created_at, updated_at)
     VALUES (${caseColumns.map((c) => '@' + c).join(', ')}, @now, @now)`,
  );
  const updateStatement = db.prepare(
    `UPDATE cases SET ${caseColumns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`,
  );
  const findStatement = db.prepare('SELECT * FROM cases WHERE id = ?');
  return {
    find(id: number): Case | undefined {
      const row = findStatement.get(id) as CaseRow | undefined;
      return row && caseFromRow(row);
    },
    /** Cases matching a free-text query on name, ID number, card number or court; newest first. */
    summaries(query: string): (Omit<CaseSummary, 'residentIdMasked' | 'cardNumberMasked' | 'status'> & {
      residentId: string; cardNumber: string; status: CaseStatus;
    })[] {
      const like = `%${query.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      const rows = db
        .prepare(
          `SELECT c.id, c.defendant_name, c.defendant_resident_id, c.card_number, o.name AS plaintiff_name, c.court_name,
                  c.principal_fen + c.interest_fen + c.penalty_fen + c.fees_fen AS claim_total_fen, c.status, c.updated_at
           FROM cases c JOIN organisations o ON o.id = c.plaintiff_id
           WHERE @query = '' OR c.defendant_name LIKE @like ESCAPE '\\' OR c.defendant_resident_id LIKE @like ESCAPE '\\'
              OR c.card_number LIKE @like ESCAPE '\\' OR c.court_name LIKE @like ESCAPE '\\'
           ORDER BY c.updated_at DESC, c.id DESC`,
        )
        .all({ query, like }) as SummaryRow[];
      return rows.map((r) => ({
        id: r.id, defendantName: r.defendant_name, residentId: r.defendant_resident_id, cardNumber: r.card_number,
        plaintiffName: r.plaintiff_name, courtName: r.court_name, claimTotalFen: r.claim_total_fen,
        status: r.status as CaseStatus, updatedAt: r.updated_at,
      }));
    },
    insert(values: Omit<Case, 'id' | 'createdAt' | 'updatedAt'>, now: string): number {
      return Number(insertStatement.run({ ...caseToRow(values), now }).lastInsertRowid);
    },
    update(id: number, values: Omit<Case, 'id' | 'createdAt' | 'updatedAt'>, now: string): void {
      updateStatement.run({ ...caseToRow(values), now, id });
    },
    remove(id: number): void {
      db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    },
  };
}
export type CaseRepository = ReturnType<typeof createCaseRepository>;

/**
 * Which cases a batch takes, from the stored filter: tracking stage and owner (case_tracking, brought up to date
 * first), plaintiff, court, the import a case came from, and an explicit list of ids — every set criterion must
 * hold. Readiness is not decided here: it needs the readiness engine per case, which runs in the workers as
 * each case's first step (batch-steps.ts), so starting a job of thousands of cases returns at once.
 */
import type Database from 'better-sqlite3';
import type { BatchFilter } from '../../core/batch/batch-operations';
import { DossierError } from '../../core/errors';
import { stageOf } from '../../core/batch/batch-filter-expr';

/** One selected case, in the order the batch takes them. */
export type SelectedCase = { caseId: number; defendantName: string; courtName: string };

/** Whether the cases table records the import a case came from (added with case import). */
function hasImportColumn(db: Database.Database): boolean {
  return (db.prepare("SELECT count(*) AS n FROM pragma_table_info('cases') WHERE name = 'import_id'").get() as { n: number }).n > 0;
}

/** The cases matching the filter (and within `caseIds`, when given), by case id. */
export function selectCases(db: Database.Database, filter: BatchFilter, caseIds: readonly number[] | undefined): SelectedCase[] {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.stage !== undefined) {
    where.push('t.stage = @stage');
    params.stage = stageOf(filter.stage);
  }
  if (filter.owner !== undefined) {
    where.push('t.owner = @owner');
    params.owner = filter.owner.trim();
  }
  if (filter.plaintiffId !== undefined) {
    where.push('c.plaintiff_id = @plaintiffId');
    params.plaintiffId = filter.plaintiffId;
  }
  if (filter.courtName !== undefined) {
    where.push('c.court_name = @courtName');
    params.courtName = filter.courtName.trim();
  }
  if (filter.importId !== undefined) {
    // A database without case import holds no imported case, so the criterion matches none.
    if (!hasImportColumn(db)) return [];
    where.push('c.import_id = @importId');
    params.importId = filter.importId;
  }
  const sql = `SELECT c.id AS caseId, c.defendant_name AS defendantName, c.court_name AS courtName
    FROM cases c LEFT JOIN case_tracking t ON t.case_id = c.id
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`;
  const rows = db.prepare(sql).all(params) as SelectedCase[];
  if (caseIds === undefined) return rows;
  const wanted = new Set(caseIds);
  const chosen = rows.filter((row) => wanted.has(row.caseId));
  const known = new Set(rows.map((r) => r.caseId));
  const unknown = caseIds.filter((id) => !known.has(id) && !(db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id)));
  if (unknown.length > 0) {
    throw new DossierError('not-found', { zh: `找不到案件（编号 ${unknown.join('、')}）`, en: `No case with id ${unknown.join(', ')}` }, { field: 'caseIds' });
  }
  return chosen;
}

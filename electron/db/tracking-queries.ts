import type Database from 'better-sqlite3';
import type { Bilingual } from '../../core/bilingual';
import { daysBetween } from '../../core/calendar/date-arithmetic';
import type { DeadlineCategory, DeadlineKind } from '../../core/tracking/derive-deadlines';
import type { TrackingStage } from '../../core/tracking/stages';
import type { DashboardGroup, DeadlineRow, StageAging, TrackedCaseRow } from '../../core/tracking/tracking-views';
import { trackedCaseFromRow } from './tracking-rows';
import type { TrackingRow } from './tracking-rows';

/** Filters of the tracking lists; empty strings mean "any". */
export type CaseListFilter = { stage: string; court: string; branch: string; owner: string; query: string; limit: number };
/** Filters of the deadline list; `until` empty means no upper bound; `kinds` empty means every kind. */
export type DeadlineQuery = { today: string; until: string; owner: string; court: string; branch: string; kinds: readonly string[]; limit: number };

/** Upper bounds (days in stage) of the aging buckets: ≤30, ≤90, ≤180, ≤365, more. */
export const agingBuckets = [30, 90, 180, 365];

/**
 * The WHERE clause of the deadline list for the filters actually set: a clause per filter rather than
 * "(@x = '' OR …)", so SQLite can drive the query from the matching index (open deadlines by date, or a
 * court's / owner's / branch's cases) instead of scanning everything.
 */
function deadlineWhere(q: DeadlineQuery): string {
  return [
    'd.done = 0',
    "(d.category = 'deadline' OR d.due_date >= @today)",
    q.until ? 'd.due_date <= @until' : '',
    q.owner ? 't.owner = @owner' : '',
    q.court ? 't.court_name = @court' : '',
    q.branch ? 't.branch = @branch' : '',
    q.kinds.length > 0 ? `d.kind IN (${q.kinds.map((_, i) => `@kind${i}`).join(', ')})` : '',
  ].filter(Boolean).join(' AND ');
}

type DeadlineListRow = {
  case_id: number; defendant_name: string; court_name: string; branch: string; owner: string; stage: string;
  court_case_number: string; key: string; kind: string; category: string; title_json: string; due_date: string; nominal_date: string;
  skipped_json: string; rule_json: string; warning_json: string | null;
};

type GroupRow = { key: string; cases: number; claimed_fen: number; recovered_fen: number; costs_fen: number };

function group(row: GroupRow): DashboardGroup {
  return { key: row.key, cases: row.cases, claimedFen: row.claimed_fen, recoveredFen: row.recovered_fen, costsFen: row.costs_fen };
}

/** A row of the deadline list query → DeadlineRow, with the days left from `today`. */
function deadlineRowOf(r: DeadlineListRow, today: string): DeadlineRow {
  return {
    caseId: r.case_id, defendantName: r.defendant_name, courtName: r.court_name, branch: r.branch, owner: r.owner,
    stage: r.stage as TrackingStage, courtCaseNumber: r.court_case_number, key: r.key, kind: r.kind as DeadlineKind,
    category: r.category as DeadlineCategory, title: JSON.parse(r.title_json) as Bilingual, date: r.due_date,
    nominal: r.nominal_date, skipped: JSON.parse(r.skipped_json) as string[], rule: JSON.parse(r.rule_json) as Bilingual,
    calendarWarning: r.warning_json === null ? null : (JSON.parse(r.warning_json) as Bilingual),
    daysLeft: daysBetween(today, r.due_date),
  };
}

/** The read-only queries behind the tracking lists, the deadlines page and the dashboard (all on indexed columns). */
export function createTrackingQueries(db: Database.Database) {
  const bucketSql = agingBuckets.map((limit, i) => {
    const lower = i === 0 ? -1e9 : agingBuckets[i - 1]!;
    return `SUM(CASE WHEN days > ${lower} AND days <= ${limit} THEN 1 ELSE 0 END) AS b${i}`;
  }).join(', ') + `, SUM(CASE WHEN days > ${agingBuckets.at(-1)!} THEN 1 ELSE 0 END) AS b${agingBuckets.length}`;
  const s = {
    cases: db.prepare(
      `SELECT t.*, c.defendant_name FROM case_tracking t JOIN cases c ON c.id = t.case_id
       WHERE (@stage = '' OR t.stage = @stage) AND (@court = '' OR t.court_name = @court) AND (@branch = '' OR t.branch = @branch)
         AND (@owner = '' OR t.owner = @owner)
         AND (@query = '' OR c.defendant_name LIKE @like ESCAPE '\\' OR t.court_case_number LIKE @like ESCAPE '\\' OR t.enforcement_case_number LIKE @like ESCAPE '\\')
       ORDER BY t.stage_since, t.case_id LIMIT @limit`),
    caseCount: db.prepare(
      `SELECT count(*) AS n FROM case_tracking t JOIN cases c ON c.id = t.case_id
       WHERE (@stage = '' OR t.stage = @stage) AND (@court = '' OR t.court_name = @court) AND (@branch = '' OR t.branch = @branch)
         AND (@owner = '' OR t.owner = @owner)
         AND (@query = '' OR c.defendant_name LIKE @like ESCAPE '\\' OR t.court_case_number LIKE @like ESCAPE '\\' OR t.enforcement_case_number LIKE @like ESCAPE '\\')`),
    owners: db.prepare("SELECT DISTINCT owner AS v FROM case_tracking WHERE owner <> '' ORDER BY owner"),
    courts: db.prepare("SELECT DISTINCT court_name AS v FROM case_tracking WHERE court_name <> '' ORDER BY court_name"),
    branches: db.prepare("SELECT DISTINCT branch AS v FROM case_tracking WHERE branch <> '' ORDER BY branch"),
    // One pass over the covering stage index gives the totals, the stage groups and their aging; julianday(@today) is computed once.
    stages: db.prepare(
      `SELECT stage, count(*) AS cases, sum(claimed_fen) AS claimed_fen, sum(recovered_fen) AS recovered_fen, sum(costs_fen) AS costs_fen,
              avg(days) AS average_days, max(days) AS max_days, ${bucketSql}
       FROM (SELECT stage, claimed_fen, recovered_fen, costs_fen, CAST((SELECT julianday(@today)) - julianday(stage_since) AS INTEGER) AS days
             FROM case_tracking)
       GROUP BY stage ORDER BY stage`),
    byBranch: db.prepare(
      `SELECT branch AS key, count(*) AS cases, sum(claimed_fen) AS claimed_fen, sum(recovered_fen) AS recovered_fen, sum(costs_fen) AS costs_fen
       FROM case_tracking GROUP BY branch ORDER BY claimed_fen DESC`),
    byCourt: db.prepare(
      `SELECT court_name AS key, count(*) AS cases, sum(claimed_fen) AS claimed_fen, sum(recovered_fen) AS recovered_fen, sum(costs_fen) AS costs_fen
       FROM case_tracking GROUP BY court_name ORDER BY claimed_fen DESC`),
    weekCounts: db.prepare(
      `SELECT coalesce(SUM(CASE WHEN due_date >= @today AND due_date <= @weekEnd THEN 1 ELSE 0 END), 0) AS due_this_week,
              coalesce(SUM(CASE WHEN category = 'deadline' AND due_date < @today THEN 1 ELSE 0 END), 0) AS overdue
       FROM case_deadlines WHERE done = 0 AND due_date <= @weekEnd`),
  };

  const caseParams = (f: CaseListFilter) => ({ ...f, like: `%${f.query.replace(/[\\%_]/g, (c) => '\\' + c)}%` });
  const deadlineStatements = new Map<string, { rows: Database.Statement; counts: Database.Statement }>();
  /** The prepared pair (rows, counts) for this combination of filters, prepared once. */
  function deadlineStatementsFor(q: DeadlineQuery) {
    const where = deadlineWhere(q);
    let pair = deadlineStatements.get(where);
    if (!pair) {
      const needsTracking = Boolean(q.owner || q.court || q.branch);
      pair = {
        rows: db.prepare(
          `SELECT d.case_id, c.defendant_name, t.court_name, t.branch, t.owner, t.stage, t.court_case_number, d.key, d.kind, d.category,
                  d.title_json, d.due_date, d.nominal_date, d.skipped_json, d.rule_json, d.warning_json
           FROM case_deadlines d JOIN case_tracking t ON t.case_id = d.case_id JOIN cases c ON c.id = d.case_id
           WHERE ${where} ORDER BY d.due_date, d.case_id, d.id LIMIT @limit`),
        counts: db.prepare(
          `SELECT count(*) AS total, coalesce(SUM(CASE WHEN d.category = 'deadline' AND d.due_date < @today THEN 1 ELSE 0 END), 0) AS overdue
           FROM case_deadlines d ${needsTracking ? 'JOIN case_tracking t ON t.case_id = d.case_id' : ''} WHERE ${where}`),
      };
      deadlineStatements.set(where, pair);
    }
    return pair;
  }
  const deadlineParams = (q: DeadlineQuery) => {
    const params: Record<string, string | number> = { today: q.today, limit: q.limit };
    if (q.until) params.until = q.until;
    if (q.owner) params.owner = q.owner;
    if (q.court) params.court = q.court;
    if (q.branch) params.branch = q.branch;
    q.kinds.forEach((kind, i) => { params[`kind${i}`] = kind; });
    return params;
  };

  return {
    trackedCases(filter: CaseListFilter): { total: number; rows: TrackedCaseRow[] } {
      const params = caseParams(filter);
      const rows = (s.cases.all(params) as (TrackingRow & { defendant_name: string })[]).map(trackedCaseFromRow);
      return { total: (s.caseCount.get(params) as { n: number }).n, rows };
    },
    deadlineRows(q: DeadlineQuery): { total: number; overdue: number; rows: DeadlineRow[] } {
      const params = deadlineParams(q);
      const statements = deadlineStatementsFor(q);
      const { limit: _limit, ...countParams } = params;
      const counts = statements.counts.get(countParams) as { total: number; overdue: number };
      const rows = (statements.rows.all(params) as DeadlineListRow[]).map((r) => deadlineRowOf(r, q.today));
      return { total: counts.total, overdue: counts.overdue, rows };
    },
    filterValues() {
      const values = (statement: Database.Statement) => (statement.all() as { v: string }[]).map((r) => r.v);
      return { owners: values(s.owners), courts: values(s.courts), branches: values(s.branches) };
    },
    /** Totals, cases by stage and how long they have been there, from one scan of case_tracking. */
    stageSummary(today: string): { totals: { cases: number; claimed_fen: number; recovered_fen: number; costs_fen: number }; byStage: DashboardGroup[]; aging: StageAging[] } {
      const rows = s.stages.all({ today }) as (Record<string, number> & { stage: string })[];
      const sum = (column: string) => rows.reduce((total, r) => total + Number(r[column]), 0);
      return {
        totals: { cases: sum('cases'), claimed_fen: sum('claimed_fen'), recovered_fen: sum('recovered_fen'), costs_fen: sum('costs_fen') },
        byStage: rows.map((r) => group({ key: r.stage, cases: r.cases!, claimed_fen: r.claimed_fen!, recovered_fen: r.recovered_fen!, costs_fen: r.costs_fen! })),
        aging: rows.map((r) => ({
          stage: r.stage as TrackingStage, cases: Number(r.cases), averageDays: Math.round(Number(r.average_days)),
          maxDays: Number(r.max_days), buckets: agingBuckets.map((_, i) => Number(r[`b${i}`])).concat(Number(r[`b${agingBuckets.length}`])),
        })),
      };
    },
    byBranch: () => (s.byBranch.all() as GroupRow[]).map(group),
    byCourt: () => (s.byCourt.all() as GroupRow[]).map(group),
    /** The first `limit` open deadlines by date, without the counts the deadlines page shows (the dashboard counts them itself). */
    soonestDeadlines(q: DeadlineQuery): DeadlineRow[] {
      return (deadlineStatementsFor(q).rows.all(deadlineParams(q)) as DeadlineListRow[]).map((r) => deadlineRowOf(r, q.today));
    },
    weekCounts: (today: string, weekEnd: string) => s.weekCounts.get({ today, weekEnd }) as { due_this_week: number; overdue: number },
  };
}
export type TrackingQueries = ReturnType<typeof createTrackingQueries>;

import type Database from 'better-sqlite3';
import type { CaseListColumn, CaseListSelectionParsed, ReadinessState } from '../../core/case/case-list-query';
import type { DeadlineKind } from '../../core/tracking/derive-deadlines';
import type { TrackingStage } from '../../core/tracking/stages';
import { stageOrderExpression } from './migrations/011-case-list';

/** One list row as stored: raw identifiers (the service masks them) and fen. */
export type CaseListRecord = {
  id: number; defendant_name: string; defendant_resident_id: string; card_number: string; issuing_branch: string;
  plaintiff_name: string; court_name: string; court_case_number: string; stage: TrackingStage; claim_total_fen: number;
  next_deadline_date: string | null; next_deadline_kind: DeadlineKind | null; readiness: ReadinessState; blocking_count: number;
  owner: string; activity_at: string; created_at: string; archived: 0 | 1;
};

/** The filters with amounts already in fen (null = no bound). */
export type CaseListWhere = Omit<CaseListSelectionParsed, 'filters'> & {
  filters: Omit<CaseListSelectionParsed['filters'], 'claimMin' | 'claimMax'> & { claimMinFen: number | null; claimMaxFen: number | null };
};

const claimTotal = 'c.principal_fen + c.interest_fen + c.penalty_fen + c.fees_fen';

/**
 * The sort key of each column and the key of the table it lives in (the tiebreak), so SQLite can walk
 * one index for "ORDER BY key, id" (migration 011). Cases without a deadline sort after the rest.
 */
const stageOrder = stageOrderExpression.replace(/\bstage\b/, 't.stage');
const sortKeys: Record<CaseListColumn, { asc: string[]; desc: string[]; id: string }> = {
  id: { asc: ['c.id'], desc: ['c.id'], id: 'c.id' },
  defendant: { asc: ['l.name_initials'], desc: ['l.name_initials'], id: 'l.case_id' },
  residentId: { asc: ['c.defendant_resident_id'], desc: ['c.defendant_resident_id'], id: 'c.id' },
  cardNumber: { asc: ['c.card_number'], desc: ['c.card_number'], id: 'c.id' },
  branch: { asc: ['c.issuing_branch'], desc: ['c.issuing_branch'], id: 'c.id' },
  court: { asc: ['c.court_name'], desc: ['c.court_name'], id: 'c.id' },
  courtCaseNumber: { asc: ['t.court_case_number'], desc: ['t.court_case_number'], id: 't.case_id' },
  stage: { asc: [stageOrder], desc: [stageOrder], id: 't.case_id' },
  claim: { asc: [claimTotal], desc: [claimTotal], id: 'c.id' },
  nextDeadline: { asc: ["coalesce(l.next_deadline_date, '9999-12-31')"], desc: ['l.next_deadline_date'], id: 'l.case_id' },
  readiness: { asc: ['l.readiness', 'l.blocking_count'], desc: ['l.readiness', 'l.blocking_count'], id: 'l.case_id' },
  owner: { asc: ['t.owner'], desc: ['t.owner'], id: 't.case_id' },
  updated: { asc: ['l.activity_at'], desc: ['l.activity_at'], id: 'l.case_id' },
  created: { asc: ['c.created_at'], desc: ['c.created_at'], id: 'c.id' },
};

/** Escapes LIKE's wildcards in user text. */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** Escapes GLOB's wildcards in user text (brackets hold a wildcard literally). */
function globText(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

/**
 * The ids the free text matches, as a subquery each of whose parts starts from an index: letters are
 * pinyin initials (张伟 ← "zw"), four digits the card's last four, a longer run of digits the start of a
 * resident ID or card number; anything else a part of the defendant's name. Every search also looks in the
 * 案号, with half-width brackets read as the full-width ones courts print.
 */
function searchSubquery(search: string, params: Record<string, unknown>): string {
  const compact = search.replace(/[\s\u3000]/g, '');
  const caseNumber = compact.replace(/\(/g, '（').replace(/\)/g, '）');
  // A 案号 has brackets or a short run of digits; only such text is looked for there (a scan of the numbers'
  // index). Nine digits or more are the start of a resident ID or card number.
  const mayBeCaseNumber = /[（）]/.test(caseNumber) || (/\d/.test(caseNumber) && !/^\d{9,}[\dXx]?$/.test(compact));
  if (mayBeCaseNumber) params.caseNumberLike = `%${likeText(caseNumber)}%`;
  const parts = mayBeCaseNumber
    ? ["SELECT case_id FROM case_tracking INDEXED BY case_tracking_case_number_sort WHERE court_case_number LIKE @caseNumberLike ESCAPE '\\'"] : [];
  if (/^[A-Za-z]+$/.test(compact)) {
    params.initialsGlob = `${compact.toLowerCase()}*`;
    parts.push('SELECT case_id FROM case_list_state WHERE name_initials GLOB @initialsGlob');
  } else if (/^\d{4}$/.test(compact)) {
    params.last4 = compact;
    parts.push('SELECT id FROM cases WHERE substr(card_number, -4) = @last4');
  } else if (/^\d{5,}[\dXx]?$/.test(compact)) {
    params.numberGlob = `${globText(compact.toUpperCase())}*`;
    parts.push('SELECT id FROM cases WHERE defendant_resident_id GLOB @numberGlob', 'SELECT id FROM cases WHERE card_number GLOB @numberGlob');
  } else {
    params.nameLike = `%${likeText(compact)}%`;
    // Scans the names' index, a fraction of the size of the case rows.
    parts.push("SELECT id FROM cases INDEXED BY cases_defendant_name WHERE defendant_name LIKE @nameLike ESCAPE '\\'");
  }
  return parts.join(' UNION ');
}

type Alias = 'c' | 't' | 'l';
/** One condition of a WHERE clause and the table it reads; `{id}` stands for the case id of the query's first table. */
type Term = { table: Alias; sql: string };

const tableOf: Record<Alias, { name: string; id: string }> = {
  c: { name: 'cases', id: 'c.id' },
  t: { name: 'case_tracking', id: 't.case_id' },
  l: { name: 'case_list_state', id: 'l.case_id' },
};

/**
 * The conditions for a selection: one per filter actually set, each on an indexed column. Hiding archived
 * cases (nearly every case passes) is kept off its index, so that a page walks the sort's index and a count
 * starts from the narrowing filter; `forPage` says the terms are for a page rather than a count.
 */
function termsOf(selection: CaseListWhere, params: Record<string, unknown>, forPage: boolean): Term[] {
  const f = selection.filters;
  const terms: Term[] = [];
  const inList = (name: string, values: readonly string[]) => {
    values.forEach((v, i) => { params[`${name}${i}`] = v; });
    return values.map((_, i) => `@${name}${i}`).join(', ');
  };
  if (f.stages.length > 0) terms.push({ table: 't', sql: `t.stage IN (${inList('stage', f.stages)})` });
  if (f.readiness.length > 0) terms.push({ table: 'l', sql: `l.readiness IN (${inList('readiness', f.readiness)})` });
  if (f.court) { params.court = f.court; terms.push({ table: 'c', sql: 'c.court_name = @court' }); }
  if (f.branch) { params.branch = f.branch; terms.push({ table: 'c', sql: 'c.issuing_branch = @branch' }); }
  if (f.owner) { params.owner = f.owner; terms.push({ table: 't', sql: 't.owner = @owner' }); }
  if (f.claimMinFen !== null) { params.claimMin = f.claimMinFen; terms.push({ table: 'c', sql: `${claimTotal} >= @claimMin` }); }
  if (f.claimMaxFen !== null) { params.claimMax = f.claimMaxFen; terms.push({ table: 'c', sql: `${claimTotal} <= @claimMax` }); }
  if (f.importId !== null) { params.importId = f.importId; terms.push({ table: 'c', sql: 'c.import_id = @importId' }); }
  // Timestamps are ISO text in China time: a date bound compares with the date part, "T99" closes the last day.
  if (f.createdFrom) { params.createdFrom = f.createdFrom; terms.push({ table: 'c', sql: 'c.created_at >= @createdFrom' }); }
  if (f.createdTo) { params.createdTo = `${f.createdTo}T99`; terms.push({ table: 'c', sql: 'c.created_at <= @createdTo' }); }
  if (f.updatedFrom) { params.updatedFrom = f.updatedFrom; terms.push({ table: 'l', sql: 'l.activity_at >= @updatedFrom' }); }
  if (f.updatedTo) { params.updatedTo = `${f.updatedTo}T99`; terms.push({ table: 'l', sql: 'l.activity_at <= @updatedTo' }); }
  // Last, and off its index unless it is the only condition: without statistics SQLite would start from it.
  const alone = terms.length === 0 && !selection.search && !forPage;
  if (f.archived === 'no') terms.push({ table: 'l', sql: alone ? 'l.archived = 0' : '+l.archived = 0' });
  if (f.archived === 'only') terms.push({ table: 'l', sql: 'l.archived = 1' });
  return terms;
}

/**
 * FROM and WHERE over only the tables the query reads, the `first` table leading; every other table is
 * joined on its case id, so SQLite is never made to touch the wide cases rows for a count that needs none.
 */
function fromWhere(first: Alias, terms: readonly Term[], search: string, params: Record<string, unknown>, offIndex = false): string {
  const tables = new Set<Alias>([first, ...terms.map((t) => t.table)]);
  const firstId = tableOf[first].id;
  const joins = [...tables].filter((a) => a !== first).map((a) => `JOIN ${tableOf[a].name} ${a} ON ${tableOf[a].id} = ${firstId}`);
  // A unary + before a column keeps SQLite from answering the condition from an index.
  const off = (sql: string) => (offIndex && !sql.startsWith('+') ? `+${sql}` : sql);
  const conditions = terms.map((t) => off(t.sql));
  if (search) conditions.push(off(`${firstId} IN (${searchSubquery(search, params)})`));
  return `FROM ${tableOf[first].name} ${first} ${joins.join(' ')} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

const rowColumns = `c.id, c.defendant_name, c.defendant_resident_id, c.card_number, c.issuing_branch,
  (SELECT o.name FROM organisations o WHERE o.id = c.plaintiff_id) AS plaintiff_name, c.court_name, t.court_case_number,
  t.stage, ${claimTotal} AS claim_total_fen, l.next_deadline_date, l.next_deadline_kind, l.readiness, l.blocking_count,
  t.owner, l.activity_at, c.created_at, l.archived`;

/** From this many matches on, a page walks the sort's index instead of sorting the matches. */
const walkSortFrom = 2000;

/** A sort of the list. */
type Sort = { column: CaseListColumn; direction: 'asc' | 'desc' };

/** The read side of the case list: a page of rows, the count, and every matching id. */
export function createCaseListQueries(db: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  /** Prepares each distinct SQL text once (the filters set decide the text, not the values). */
  function prepared(sql: string): Database.Statement {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  /** The ORDER BY of a sort: its key, then the case id of the key's table, both in the sort's direction. */
  function orderBy(sort: Sort): string {
    const key = sortKeys[sort.column];
    const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
    const keyed = (sort.direction === 'asc' ? key.asc : key.desc).map((part) => `${part} ${dir}`).join(', ');
    return `ORDER BY ${keyed}, ${key.id} ${dir}`;
  }

  /** The matching ids in the sort's order, from the tables the sort and the filters need. */
  function sortedIds(selection: CaseListWhere, sort: Sort, offset: number, limit: number, walkSort = false): number[] {
    const params: Record<string, unknown> = { limit, offset };
    const first = sortKeys[sort.column].id.slice(0, 1) as Alias;
    const where = fromWhere(first, termsOf(selection, params, true), selection.search, params, walkSort);
    const sql = `SELECT ${tableOf[first].id} ${where} ${orderBy(sort)} LIMIT @limit OFFSET @offset`;
    return prepared(sql).pluck().all(params) as number[];
  }

  /** The full rows of `ids`, in the order given. */
  function rowsOf(ids: readonly number[]): CaseListRecord[] {
    if (ids.length === 0) return [];
    const sql = `SELECT ${rowColumns} FROM cases c JOIN case_tracking t ON t.case_id = c.id JOIN case_list_state l ON l.case_id = c.id
      WHERE c.id IN (SELECT value FROM json_each(@ids))`;
    const byId = new Map((prepared(sql).all({ ids: JSON.stringify(ids) }) as CaseListRecord[]).map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** How many cases the selection matches, in one query. */
  function countOf(selection: CaseListWhere): number {
    const params: Record<string, unknown> = {};
    const terms = termsOf(selection, params, false);
    const first = terms[0]?.table ?? 'l';
    return prepared(`SELECT count(*) ${fromWhere(first, terms, selection.search, params)}`).pluck().get(params) as number;
  }

  return {
    /**
     * One page of matching cases in the chosen order: the ids first (narrow), then those rows in full. Given
     * how many match: when many do, the page walks the sort's index (a page fills after a few thousand steps at
     * most) rather than letting SQLite gather every match from a filter's index and sort them all.
     */
    page(selection: CaseListWhere, sort: Sort, offset: number, limit: number, matching?: number): CaseListRecord[] {
      const walkSort = matching !== undefined && matching >= walkSortFrom && offset < matching;
      return rowsOf(sortedIds(selection, sort, offset, limit, walkSort));
    },
    /**
     * How many cases match. Unarchived matches are counted as all matches less the archived ones: each count
     * then reads one index (the filter's, or the few archived cases) instead of looking up every match's flag.
     */
    count(selection: CaseListWhere): number {
      const narrowed = selection.search !== '' || termsOf(selection, {}, false).length > 1;
      if (selection.filters.archived !== 'no' || !narrowed) return countOf(selection);
      const all = countOf({ ...selection, filters: { ...selection.filters, archived: 'all' } });
      return all - countOf({ ...selection, filters: { ...selection.filters, archived: 'only' } });
    },
    /** The ids of matching cases in the chosen order, at most `limit`. */
    ids: (selection: CaseListWhere, sort: Sort, limit: number): number[] => sortedIds(selection, sort, 0, limit),
    /** The rows of the given cases in `sort` order, for an export of a chosen set. */
    rowsInOrder(ids: readonly number[], sort: Sort): CaseListRecord[] {
      if (ids.length === 0) return [];
      const sql = `SELECT c.id FROM cases c JOIN case_tracking t ON t.case_id = c.id JOIN case_list_state l ON l.case_id = c.id
        WHERE c.id IN (SELECT value FROM json_each(@ids)) ${orderBy(sort)}`;
      return rowsOf(prepared(sql).pluck().all({ ids: JSON.stringify(ids) }) as number[]);
    },
  };
}
export type CaseListQueries = ReturnType<typeof createCaseListQueries>;

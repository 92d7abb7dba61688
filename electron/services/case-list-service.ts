import { maskCardNumber } from '../../core/case/card-number';
import { maxMatchingIds } from '../../core/case/case-list-query';
import type { CaseListRow, CaseListSelectionParsed } from '../../core/case/case-list-query';
import { maskResidentId } from '../../core/case/resident-id';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { parseYuan } from '../../core/money/fen';
import { writeAudit } from '../db/audit-log';
import { createCaseListQueries } from '../db/case-list-queries';
import type { CaseListRecord, CaseListWhere } from '../db/case-list-queries';
import { createCaseListStateRepository } from '../db/case-list-state-repository';
import { exportPath } from './export-path';
import { writeFileAtomic } from './atomic-write';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** A list row as the page receives it: identifiers masked, the last activity as "updated". */
export function caseListRow(r: CaseListRecord): CaseListRow {
  return {
    id: r.id, defendantName: r.defendant_name, residentIdMasked: maskResidentId(r.defendant_resident_id),
    cardNumberMasked: maskCardNumber(r.card_number), branch: r.issuing_branch, plaintiffName: r.plaintiff_name,
    courtName: r.court_name, courtCaseNumber: r.court_case_number, stage: r.stage, claimTotalFen: r.claim_total_fen,
    nextDeadline: r.next_deadline_date && r.next_deadline_kind ? { date: r.next_deadline_date, kind: r.next_deadline_kind } : null,
    readiness: r.readiness, blockingCount: r.blocking_count, owner: r.owner, updatedAt: r.activity_at, createdAt: r.created_at,
    archived: r.archived === 1,
  };
}

/** An amount bound typed in yuan, in fen; empty is no bound. A bad amount is reported against its own filter. */
function boundFen(text: string, field: 'claimMin' | 'claimMax'): number | null {
  if (text === '') return null;
  try {
    return parseYuan(text, `filters.${field}`);
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    const which = field === 'claimMin' ? { zh: '最低诉请金额', en: 'Minimum claim' } : { zh: '最高诉请金额', en: 'Maximum claim' };
    throw new DossierError('invalid-input', { zh: `${which.zh}：${error.text.zh}`, en: `${which.en}: ${error.text.en}` }, { field: `filters.${field}` });
  }
}

/** The selection with its amount bounds in fen. */
function whereOf(selection: CaseListSelectionParsed): CaseListWhere {
  const { claimMin, claimMax, ...filters } = selection.filters;
  return { search: selection.search, filters: { ...filters, claimMinFen: boundFen(claimMin, 'claimMin'), claimMaxFen: boundFen(claimMax, 'claimMax') } };
}

/** Handlers of the case list: query, all matching ids, archive and unarchive, XLSX export. */
export function createCaseListHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const queries = createCaseListQueries(db);
  const states = createCaseListStateRepository(db);

  /**
   * Computes the initials of cases that predate migration 011 (the migration runs SQL only, and pinyin needs
   * code), a few thousand per transaction; afterwards the case write path keeps them.
   */
  async function fillMissingInitials(): Promise<void> {
    let batch = states.missingInitials(5000);
    if (batch.length === 0) return;
    // Loaded only here: the pinyin dictionary is large, and a list that needs nothing filled should not wait for it.
    const { nameInitials } = await import('./name-initials');
    for (; batch.length > 0; batch = states.missingInitials(5000)) {
      const filling = batch;
      db.transaction(() => {
        for (const { id, name } of filling) states.setInitials(id, nameInitials(name));
      }).immediate();
    }
  }

  /**
   * What every read needs first: initials for every case. The list does not recompute derived tracking rows
   * (a background job's work, never a user's call): an event brings a case's stage up to date when recorded,
   * and a list read takes no write lock unless initials are missing.
   */
  async function prepareRead(): Promise<void> {
    await fillMissingInitials();
  }

  /** Runs `change` on each case in one IMMEDIATE transaction, with an audit record per case it changed. */
  function setArchived(ids: readonly number[], archived: boolean): number {
    return db.transaction(() => {
      const at = clock.timestamp();
      let changed = 0;
      for (const id of new Set(ids)) {
        const before = states.find(id);
        if (!before) throw new DossierError('not-found', { zh: `找不到案件（编号 ${id}）`, en: `No case with id ${id}` }, { field: 'ids' });
        if (!(archived ? states.archive(id, at) : states.unarchive(id))) continue;
        changed += 1;
        writeAudit(db, { at, actor, entity: 'case', entityId: id, action: 'update', before: { archived: !archived }, after: { archived } });
      }
      return changed;
    }).immediate();
  }

  return {
    'case:query': async ({ search, filters, sort, offset, limit }) => {
      await prepareRead();
      const where = whereOf({ search, filters });
      const total = queries.count(where);
      return { rows: queries.page(where, sort, offset, limit, total).map(caseListRow), total };
    },
    'case:query-ids': async (selection) => {
      await prepareRead();
      const where = whereOf(selection);
      const ids = queries.ids(where, { column: 'id', direction: 'asc' }, maxMatchingIds);
      const total = ids.length < maxMatchingIds ? ids.length : queries.count(where);
      return { ids, total, capped: total > ids.length };
    },
    'case:archive': ({ ids }) => ({ archived: setArchived(ids, true) }),
    'case:unarchive': ({ ids }) => ({ unarchived: setArchived(ids, false) }),
    'case:export': async ({ search, filters, ids, sort, path }) => {
      await prepareRead();
      const { caseListWorkbook } = await import('./case-list-xlsx');
      const records = ids
        ? queries.rowsInOrder(ids, sort)
        : queries.page(whereOf({ search, filters }), sort, 0, maxMatchingIds);
      const target = exportPath(context.dataDir, path, 'cases', clock.timestamp());
      writeFileAtomic(target, await caseListWorkbook(records.map(caseListRow), context.now()));
      return { path: target, rows: records.length };
    },
  } satisfies Partial<Handlers>;
}

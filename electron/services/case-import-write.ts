import type { Case } from '../../core/case/case-model';
import { storedCase } from '../../core/case/validate-case';
import type { StoredCase } from '../../core/case/validate-case';
import { checkImportRow } from '../../core/import/check-import-row';
import type { ImportRowContext } from '../../core/import/check-import-row';
import { fieldLabel } from '../../core/field-labels';
import type { CaseImportMapping, ImportProblem } from '../../core/import/import-operations';
import type { ProblemList } from '../../core/import/problem-list';
import { caseWouldChange, updateFromImport } from '../../core/import/update-from-import';
import { writeAudit } from '../db/audit-log';
import type { CaseRepository } from '../db/case-repository';
import type { createCaseImportRepository } from '../db/case-import-repository';
import type { createTrackingRepository } from '../db/tracking-repository';
import type { CheckedImportFile } from './case-import-check';
import { keptRowCells, mappedFields } from './case-import-check';
import { insertCaseAudited, updateCaseAudited } from './case-writes';
import type { ServiceContext } from './service-context';

/** What the writing step counts; with `write` false, what it would do. */
export type ImportCounts = { created: number; updated: number; skippedDuplicates: number; unchanged: number };

/** Everything the writing step uses. */
export type ImportWriteDeps = {
  context: ServiceContext;
  cases: CaseRepository;
  imports: ReturnType<typeof createCaseImportRepository>;
  tracking: ReturnType<typeof createTrackingRepository>;
};

/** How to write: the mapping and row context the file was checked with, what to do with duplicates, and when. */
export type ImportWritePlan = {
  mapping: CaseImportMapping;
  rowContext: ImportRowContext;
  onDuplicate: 'update' | 'skip';
  /** False for a dry run or a refused import: decide every row, write nothing. */
  write: boolean;
  at: string;
};

/** What a row does to the database. */
type RowAction =
  | { kind: 'create'; values: StoredCase }
  | { kind: 'update'; before: Case; values: StoredCase }
  | { kind: 'unchanged' }
  | { kind: 'skip' }
  | { kind: 'refuse'; problem: ImportProblem };

function cardProblem(row: number, plan: ImportWritePlan, value: string, zh: string, en: string): ImportProblem {
  const label = fieldLabel('card.cardNumber');
  return { row, column: plan.mapping.cardNumber ?? '', value, message: { zh: `${label.zh}：${zh}`, en: `${label.en}: ${en}` } };
}

/**
 * Decides one row against the cases already stored. A card already on record is the same case (一卡一案): updated
 * or left as the user chose, and only when something changed; a card on record for another ID number, or on
 * two cases, is refused rather than guessed at.
 */
function decide(deps: ImportWriteDeps, plan: ImportWritePlan, row: number, values: StoredCase, owner: string, cardText: string): RowAction {
  const ids = deps.imports.casesByCard(values.card.cardNumber);
  if (ids.length === 0) return { kind: 'create', values };
  if (ids.length > 1) {
    return { kind: 'refuse', problem: cardProblem(row, plan, cardText, `已有多个案件使用此卡号（案件编号 ${ids.join('、')}），请先核对`, `cases ${ids.join(', ')} already have this card number; check them first`) };
  }
  const before = deps.cases.find(ids[0]!)!;
  if (before.defendant.residentId !== values.defendant.residentId) {
    return { kind: 'refuse', problem: cardProblem(row, plan, cardText, `此卡号已属于另一身份证号码的被告（案件编号 ${before.id}）`, `this card number belongs to a defendant with another ID number (case ${before.id})`) };
  }
  const next = updateFromImport(before, values, plan.mapping);
  const ownerChanges = owner !== '' && owner !== deps.imports.ownerOf(before.id);
  if (!caseWouldChange(before, next) && !ownerChanges) return { kind: 'unchanged' };
  return plan.onDuplicate === 'skip' ? { kind: 'skip' } : { kind: 'update', before, values: next };
}

/** Sets the case's owner (经办人) where the file names one that differs, with its audit record as tracking:set-owner writes it. */
function setOwner(deps: ImportWriteDeps, plan: ImportWritePlan, caseId: number, owner: string): void {
  const current = deps.imports.ownerOf(caseId);
  if (owner === '' || owner === current) return;
  deps.tracking.setOwner(caseId, owner);
  writeAudit(deps.context.db, {
    at: plan.at, actor: deps.context.actor, entity: 'case', entityId: caseId, action: 'update',
    before: { tracking: { owner: current } }, after: { tracking: { owner } },
  });
}

/**
 * Compares every kept row with the database and, when `plan.write`, writes it: inside the caller's
 * transaction, each case with its audit record as case:create and case:update write them. The import run is
 * recorded on the first write, so a run that changes nothing leaves no trace. Returns the counts and the run's id.
 */
export function writeImportRows(deps: ImportWriteDeps, plan: ImportWritePlan, checked: CheckedImportFile, problems: ProblemList): ImportCounts & { importId: number | null } {
  const counts: ImportCounts = { created: 0, updated: 0, skippedDuplicates: 0, unchanged: 0 };
  const fields = mappedFields(plan.mapping);
  const stamp = { at: plan.at, actor: deps.context.actor };
  let importId: number | null = null;
  const run = () => {
    importId ??= deps.imports.startRun({ fileName: checked.fileName, sha256: checked.sha256, encoding: checked.encoding, at: plan.at, actor: deps.context.actor });
    return importId;
  };
  for (const kept of checked.kept) {
    const cells = keptRowCells(kept, fields);
    const result = checkImportRow(kept.row, cells, plan.rowContext);
    if (!result.ok) {
      for (const problem of result.problems) problems.add(problem);
      continue;
    }
    const { values, owner } = result.imported;
    const action = decide(deps, plan, kept.row, storedCase(values), owner, cells('cardNumber') ?? '');
    if (action.kind === 'refuse') problems.add(action.problem);
    else if (action.kind === 'unchanged') counts.unchanged += 1;
    else if (action.kind === 'skip') counts.skippedDuplicates += 1;
    else if (action.kind === 'create') {
      counts.created += 1;
      if (!plan.write) continue;
      const created = insertCaseAudited(deps.context.db, deps.cases, action.values, stamp);
      deps.imports.setCaseImport(created.id, run());
      setOwner(deps, plan, created.id, owner);
    } else {
      counts.updated += 1;
      if (!plan.write) continue;
      updateCaseAudited(deps.context.db, deps.cases, action.before, action.values, stamp);
      deps.imports.setCaseImport(action.before.id, run());
      setOwner(deps, plan, action.before.id, owner);
    }
  }
  return { ...counts, importId };
}

import type Database from 'better-sqlite3';
import type { Case } from '../../core/case/case-model';
import type { StoredCase } from '../../core/case/validate-case';
import { writeAudit } from '../db/audit-log';
import type { CaseRepository } from '../db/case-repository';
import { createCaseListStateRepository } from '../db/case-list-state-repository';
import type { CaseListStateRepository } from '../db/case-list-state-repository';
import { nameInitials } from './name-initials';

/** The list-state repository of each open database, prepared once: an import writes 100,000 cases. */
const listStates = new WeakMap<Database.Database, CaseListStateRepository>();

/** Stores the defendant's pinyin initials for the case list's search (张伟 ← "zw"). */
function storeInitials(db: Database.Database, caseId: number, name: string): void {
  let repository = listStates.get(db);
  if (!repository) {
    repository = createCaseListStateRepository(db);
    listStates.set(db, repository);
  }
  repository.setInitials(caseId, nameInitials(name));
}

/** Who writes and when; the caller owns the transaction these run in. */
export type CaseWriteStamp = { at: string; actor: string };

/** Inserts a case with its audit record (inside the caller's transaction) and returns it as stored. */
export function insertCaseAudited(db: Database.Database, cases: CaseRepository, values: StoredCase, stamp: CaseWriteStamp): Case {
  const id = cases.insert(values, stamp.at);
  storeInitials(db, id, values.defendant.name);
  const after = cases.find(id)!;
  writeAudit(db, { at: stamp.at, actor: stamp.actor, entity: 'case', entityId: id, action: 'create', before: null, after });
  return after;
}

/** Replaces a case's values with an audit record of before and after (inside the caller's transaction). */
export function updateCaseAudited(db: Database.Database, cases: CaseRepository, before: Case, values: StoredCase, stamp: CaseWriteStamp): Case {
  cases.update(before.id, values, stamp.at);
  storeInitials(db, before.id, values.defendant.name);
  const after = cases.find(before.id)!;
  writeAudit(db, { at: stamp.at, actor: stamp.actor, entity: 'case', entityId: before.id, action: 'update', before, after });
  return after;
}

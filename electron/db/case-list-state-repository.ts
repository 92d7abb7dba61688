import type Database from 'better-sqlite3';
import type { ReadinessState } from '../../core/case/case-list-query';

/** A case's list state as stored (migration 011). */
export type CaseListStateRow = {
  case_id: number; name_initials: string | null; activity_at: string; readiness: ReadinessState; blocking_count: number;
  readiness_checked_at: string | null; archived: 0 | 1; archived_at: string | null;
};

/** Writes the per-case list state: pinyin initials, the last readiness outcome, the archive flag. */
export function createCaseListStateRepository(db: Database.Database) {
  const s = {
    find: db.prepare('SELECT * FROM case_list_state WHERE case_id = ?'),
    initials: db.prepare('UPDATE case_list_state SET name_initials = @initials WHERE case_id = @caseId'),
    missingInitials: db.prepare(
      `SELECT l.case_id AS id, c.defendant_name AS name FROM case_list_state l JOIN cases c ON c.id = l.case_id
       WHERE l.name_initials IS NULL LIMIT @limit`),
    readiness: db.prepare(
      `UPDATE case_list_state SET readiness = @readiness, blocking_count = @blocking, readiness_checked_at = @at WHERE case_id = @caseId`),
    archive: db.prepare('UPDATE case_list_state SET archived = 1, archived_at = @at WHERE case_id = @caseId AND archived = 0'),
    unarchive: db.prepare('UPDATE case_list_state SET archived = 0, archived_at = NULL WHERE case_id = @caseId AND archived = 1'),
  };
  return {
    find: (caseId: number) => s.find.get(caseId) as CaseListStateRow | undefined,
    /** Stores the defendant's pinyin initials (the case write path calls this with every write). */
    setInitials(caseId: number, initials: string): void {
      s.initials.run({ caseId, initials });
    },
    /** Cases whose initials were never computed (they predate migration 011), at most `limit`. */
    missingInitials: (limit: number) => s.missingInitials.all({ limit }) as { id: number; name: string }[],
    /** Records the outcome of a readiness check. */
    recordReadiness(caseId: number, outcome: { ready: boolean; blockers: number }, at: string): void {
      s.readiness.run({ caseId, readiness: outcome.ready ? 'ready' : 'blocked', blocking: outcome.ready ? 0 : outcome.blockers, at });
    },
    /** Archives a case; false when it already was. */
    archive: (caseId: number, at: string) => s.archive.run({ caseId, at }).changes > 0,
    /** Brings an archived case back; false when it was not archived. */
    unarchive: (caseId: number) => s.unarchive.run({ caseId }).changes > 0,
  };
}
export type CaseListStateRepository = ReturnType<typeof createCaseListStateRepository>;

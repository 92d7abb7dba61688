import type Database from 'better-sqlite3';

/** What one import run did, as recorded in case_imports (migration 009). */
export type ImportRunCounts = { rows: number; created: number; updated: number; skipped: number; unchanged: number; refused: number };

/** The import runs and the lookups an import makes: cases by card number, and each case's import and owner. */
export function createCaseImportRepository(db: Database.Database) {
  const s = {
    casesByCard: db.prepare('SELECT id FROM cases WHERE card_number = ? ORDER BY id').pluck(),
    insertRun: db.prepare(
      `INSERT INTO case_imports (file_name, file_sha256, encoding, row_count, created_count, updated_count, skipped_count,
         unchanged_count, refused_count, imported_at, actor)
       VALUES (@fileName, @sha256, @encoding, 0, 0, 0, 0, 0, 0, @at, @actor)`),
    finishRun: db.prepare(
      `UPDATE case_imports SET row_count = @rows, created_count = @created, updated_count = @updated, skipped_count = @skipped,
         unchanged_count = @unchanged, refused_count = @refused WHERE id = @id`),
    setCaseImport: db.prepare('UPDATE cases SET import_id = ? WHERE id = ?'),
    owner: db.prepare('SELECT owner FROM case_tracking WHERE case_id = ?').pluck(),
  };
  return {
    /** Ids of the cases with this card number (stored without spaces). */
    casesByCard: (cardNumber: string) => s.casesByCard.all(cardNumber) as number[],
    startRun: (run: { fileName: string; sha256: string; encoding: string; at: string; actor: string }) => Number(s.insertRun.run(run).lastInsertRowid),
    finishRun: (id: number, counts: ImportRunCounts) => s.finishRun.run({ id, ...counts }),
    /** Marks the case as last created or changed by this import (a batch can take "the cases of import N"). */
    setCaseImport: (caseId: number, importId: number) => s.setCaseImport.run(importId, caseId),
    /** The case's owner (经办人) as tracking holds it. */
    ownerOf: (caseId: number) => (s.owner.get(caseId) as string | undefined) ?? '',
  };
}

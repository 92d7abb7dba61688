/**
 * Copies fully seeded cases into many, in plain SQL, so a benchmark of a thousand ready cases does not spend
 * most of its time rendering the same evidence: each copy gets the template's case row and every record that
 * hangs off it (evidence items pointing at the same stored files, ledger, card terms, contacts with their proof
 * remapped to the copy's own evidence, jurisdiction facts, limitation events, saved document inputs).
 */
import type Database from 'better-sqlite3';

const columnsOf = (db: Database.Database, table: string) =>
  (db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table) as { name: string; pk: number }[]);

/** Copies every row of `table` of case `from` to case `to` (an integer `id` primary key is renumbered); returns old id → new id. */
function copyRows(db: Database.Database, table: string, from: number, to: number, remap: (row: Record<string, unknown>) => void = () => undefined): Map<number, number> {
  const columns = columnsOf(db, table);
  if (columns.length === 0) return new Map();
  const ownId = columns.some((c) => c.name === 'id' && c.pk === 1);
  const kept = columns.map((c) => c.name).filter((name) => !(ownId && name === 'id'));
  const insert = db.prepare(`INSERT INTO ${table} (${kept.join(', ')}) VALUES (${kept.map((name) => `@${name}`).join(', ')})`);
  const ids = new Map<number, number>();
  for (const row of db.prepare(`SELECT * FROM ${table} WHERE case_id = ? ORDER BY rowid`).all(from) as Record<string, unknown>[]) {
    const copy: Record<string, unknown> = { ...row, case_id: to };
    remap(copy);
    const result = insert.run(Object.fromEntries(kept.map((name) => [name, copy[name]])));
    if (ownId) ids.set(row.id as number, Number(result.lastInsertRowid));
  }
  return ids;
}

/** Makes `count` copies of the template cases (taken in turn); returns the new case ids. */
export function cloneCases(db: Database.Database, templates: readonly number[], count: number): number[] {
  const caseColumns = columnsOf(db, 'cases').map((c) => c.name).filter((name) => name !== 'id');
  const insertCase = db.prepare(`INSERT INTO cases (${caseColumns.join(', ')}) SELECT ${caseColumns.join(', ')} FROM cases WHERE id = ?`);
  const created: number[] = [];
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const from = templates[n % templates.length]!;
      const to = Number(insertCase.run(from).lastInsertRowid);
      const evidence = copyRows(db, 'evidence_items', from, to);
      copyRows(db, 'contact_records', from, to, (row) => {
        if (typeof row.proof_evidence_id === 'number') row.proof_evidence_id = evidence.get(row.proof_evidence_id) ?? null;
      });
      for (const table of ['ledger_entries', 'card_terms', 'case_jurisdiction', 'limitation_events', 'document_inputs']) copyRows(db, table, from, to);
      created.push(to);
    }
  }).immediate();
  return created;
}

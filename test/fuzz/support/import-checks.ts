/**
 * What every importer fuzz test checks of a refusal and of the database around it: one real SQLite file per test
 * file (all migrations, the demo plaintiff and agent), a fingerprint of the tables an import may touch, and the
 * rule that a refusal names the file, the row and the column as the user's sheet names them, in Chinese and English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ErrorPayload } from '../../../core/errors';
import type { openServices } from '../../../electron/services/open-services';
import { openTestServices } from '../../support/service-fixture';

type Database = ReturnType<typeof openServices>['context']['db'];

/** Services over a fresh SQLite file in a temp folder, for the whole test file; `dispose` closes and removes it. */
export function openFuzzServices(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const services = openTestServices(dir);
  // Thousands of imports commit here: waiting for the disk at each commit would measure the disk, not the importer.
  services.context.db.pragma('synchronous = NORMAL');
  return {
    ...services,
    dir,
    dispose() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What the connection has written, and the size of `tables`: SQLite's total_changes() counts every row inserted,
 * updated or deleted on the connection (triggers included), so an equal fingerprint means nothing was written.
 * Cheap enough to take around each of thousands of imports, unlike a dump of a table that grows with them.
 */
export function databaseFingerprint(db: Database, tables: readonly string[]): string {
  const parts = [db.prepare('SELECT total_changes()').pluck().get()];
  for (const table of tables) parts.push(db.prepare(`SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM ${table}`).pluck().get());
  return parts.join('|');
}

/** Text that is internal and must never reach a user: zod's own wording, JavaScript's, field paths. */
const internalText = /\[object|undefined|NaN|Too (big|small)|expected (string|number)|Invalid input|ZodError|"code":|Internal error|内部错误/;

/** Where a refusal should point: the file's name (when the operation has one) and the headers of its sheet. */
export type RefusalPlace = { fileName?: string; headers: readonly string[] };

/** Whether `text` names a column: a header of the sheet in quotes, or a column letter. */
function namesColumn(zh: string, en: string, headers: readonly string[]): boolean {
  return (headers.some((h) => zh.includes(`“${h}”`)) && headers.some((h) => en.includes(`"${h}"`))) || (/第 [A-Z]+ 列/.test(zh) && /column [A-Z]+\b/.test(en));
}

/**
 * A refusal is a DossierError (never internal), says what is wrong in both languages without internal text, names
 * the file, and, where it points at a row, names that row and (for a problem with a cell) the column by its header.
 */
export function expectClearRefusal(error: ErrorPayload, place: RefusalPlace): void {
  expect(error.code).not.toBe('internal');
  const { zh, en } = error.message;
  expect(zh.length * en.length).toBeGreaterThan(0);
  expect(`${zh} ${en}`).not.toMatch(internalText);
  if (place.fileName !== undefined) {
    expect(zh).toContain(`“${place.fileName}”`);
    expect(en).toContain(`"${place.fileName}"`);
  }
  if (error.row === undefined) return;
  expect(zh).toContain(`第 ${error.row} 行`);
  expect(en).toMatch(new RegExp(`\\brow ${error.row}\\b`, 'i'));
  // A problem with the row as a whole (a quote never closed) has no column to name; a problem with a cell has.
  const aboutCell = error.field !== undefined || error.details.length > 0;
  if (aboutCell) expect(namesColumn(zh, en, place.headers), `${zh} / ${en} should name a column of ${place.headers.join(', ')}`).toBe(true);
  for (const detail of error.details) {
    expect(`${detail.message.zh} ${detail.message.en}`).not.toMatch(internalText);
    expect(namesColumn(detail.message.zh, detail.message.en, place.headers), `${detail.message.zh} / ${detail.message.en}`).toBe(true);
  }
}

import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-backup-cli-');

/** A database file with one case, closed, as the CLI finds it. */
async function databaseWithOneCase(): Promise<string> {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  await services.handlers['case:create']({ values: caseInput.parse(cases[0]) });
  const path = services.context.databasePath;
  services.close();
  return path;
}

const json = (text: string) => JSON.parse(text) as { ok: boolean; value?: Record<string, unknown> & { path?: string; replacedCopy?: string }; error?: { code: string; field?: string; message: { en: string } } };

describe('dossier backup and dossier restore', () => {
  it('backs up, lists and restores, each printing the Result envelope with --json', async () => {
    const db = await databaseWithOneCase();
    const folder = join(tempDir(), 'backups');
    const backup = json((await cli(['backup', '--out', folder, '--db', db, '--json'])).out);
    expect(backup.ok).toBe(true);
    const listed = json((await cli(['backup', 'list', '--out', folder, '--json'])).out) as unknown as { ok: true; value: { path: string }[] };
    expect(listed.value.map((entry) => entry.path)).toEqual([backup.value!.path]);

    const restored = await cli(['restore', backup.value!.path!, '--db', db, '--json']);
    expect(restored.code).toBe(0);
    expect(json(restored.out).value!.replacedCopy).toMatch(/-before-restore-\d{8}-\d{6}\.sqlite$/);
  }, 60_000);

  it('asks for the backup folder by its option name', async () => {
    const result = await cli(['backup', '--db', await databaseWithOneCase(), '--json']);
    expect(result.code).toBe(2);
    expect(json(result.out).error).toMatchObject({ code: 'invalid-input', field: '--out' });
  }, 60_000);

  it('refuses a folder or a text file as the backup, exit code 2, the database untouched', async () => {
    const db = await databaseWithOneCase();
    const before = readFileSync(db);
    const folder = join(tempDir(), 'a-folder');
    mkdirSync(folder);
    const text = join(tempDir(), 'notes.sqlite');
    writeFileSync(text, 'these are notes, not a database');
    for (const path of [folder, text]) {
      const result = await cli(['restore', path, '--db', db]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/nothing was replaced|must be a file/);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  }, 60_000);

  it('replaces a database too damaged to open, keeping its bytes as they were', async () => {
    const db = await databaseWithOneCase();
    const folder = join(tempDir(), 'backups');
    const backup = json((await cli(['backup', '--out', folder, '--db', db, '--json'])).out);
    writeFileSync(db, 'overwritten by accident');
    const restored = json((await cli(['restore', backup.value!.path!, '--db', db, '--json'])).out);
    expect(restored.ok).toBe(true);
    expect(readFileSync(restored.value!.replacedCopy!, 'utf8')).toBe('overwritten by accident');
    const reopened = new Database(db, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    reopened.close();
  }, 60_000);
});

/**
 * Hostile files for the fuzz tests of the CLI's --db, its argument parser and the PDF-form commands: what a careless
 * user or an attacker may point Dossier at (a folder, a text file, another program's SQLite database, one written by
 * a newer Dossier, a pipe), a snapshot to prove a refusal changed nothing, and the text a user must never read.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, lstatSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ErrorPayload } from '../../../core/errors';
import { dossierApplicationId } from '../../../electron/db/migrate';

/** One thing --db may be pointed at, made on disk by `hostileDatabaseTargets`. */
export type DatabaseTarget = { name: string; path: string };

/** Makes, under `dir`, every existing thing --db must refuse; each stays as it is while the tests run. */
export function hostileDatabaseTargets(dir: string): DatabaseTarget[] {
  const at = (name: string) => join(dir, name);
  mkdirSync(at('a-folder'));
  writeFileSync(at('notes.txt'), '这不是数据库 not a database\n');
  writeFileSync(at('binary.dat'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // The first bytes of an SQLite file, and nothing after: a copy cut short.
  writeFileSync(at('truncated.sqlite'), Buffer.from('SQLite format 3\0', 'latin1'));
  const foreign = new Database(at('other-app.sqlite'));
  foreign.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('滇池贸易有限公司');");
  foreign.close();
  const foreignWal = new Database(at('other-app-wal.sqlite'));
  foreignWal.pragma('journal_mode = WAL');
  foreignWal.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1);');
  foreignWal.close();
  const stamped = new Database(at('other-app-stamped.sqlite'));
  stamped.pragma('application_id = 1234');
  stamped.close();
  const newer = new Database(at('newer.sqlite'));
  newer.pragma(`application_id = ${dossierApplicationId}`);
  newer.pragma('user_version = 999');
  newer.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY); CREATE TABLE audit_log (id INTEGER PRIMARY KEY);');
  newer.close();
  execFileSync('mkfifo', [at('pipe')]);
  symlinkSync(at('pipe'), at('link-to-pipe'));
  symlinkSync(at('a-folder'), at('link-to-folder'));
  symlinkSync(at('loop-a'), at('loop-b'));
  symlinkSync(at('loop-b'), at('loop-a'));
  const names = ['a-folder', 'notes.txt', 'binary.dat', 'truncated.sqlite', 'other-app.sqlite', 'other-app-wal.sqlite', 'other-app-stamped.sqlite',
    'newer.sqlite', 'pipe', 'link-to-pipe', 'link-to-folder', 'loop-a'];
  return [
    ...names.map((name) => ({ name, path: at(name) })),
    { name: 'device', path: '/dev/null' },
    { name: 'through-a-file', path: join(at('notes.txt'), 'x.sqlite') },
    { name: 'dot-dot-to-folder', path: join(at('a-folder'), '..', 'a-folder') },
    { name: 'dot-dot-to-foreign', path: join(at('a-folder'), '..', '..', dir.split('/').at(-1)!, 'other-app.sqlite') },
  ];
}

/**
 * Each file under `dir` (links not followed, pipes not read) with its kind and content hash: equal snapshots, nothing
 * changed. `quick` compares size, modification time (in nanoseconds) and inode instead of content, for a check after
 * every generated input; a full snapshot at the end compares the bytes.
 */
export function snapshot(dir: string, quick = false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      const stats = lstatSync(path, { bigint: true });
      if (entry.isDirectory()) {
        out[path] = 'folder';
        walk(path);
      } else if (stats.isFile()) out[path] = quick ? `${stats.size}:${stats.mtimeNs}:${stats.ino}` : createHash('sha256').update(readFileSync(path)).digest('hex');
      else out[path] = stats.isSymbolicLink() ? 'link' : 'special';
    }
  };
  walk(dir);
  return out;
}

/** What no message a user reads may contain: an internal error, a JavaScript failure, a stack frame. */
export const internalLeak = /Internal error|内部错误|Cannot read propert|is not a function|undefined \(reading|\bat .+:\d+:\d+\)|TypeError|RangeError|SQLITE_|Maximum call stack/;

/** Has Chinese text in it: the first language of every message. */
export const hasChinese = /[\u4e00-\u9fff]/;

/** A command-line word as a user or a script might type it: plain, Chinese, an option, control characters, huge. */
export const argWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('case', 'list', 'form', 'fill', 'fields', 'event', 'add', 'calc', 'court', 'import', 'audit', 'verify', 'backup', 'restore', 'doc', 'claim', 'fee', '1', '0', '-1', '1e9', 'NaN', '') },
  { weight: 3, arbitrary: fc.constantFrom('--json', '--help', '-h', '--db', '--data-dir', '--out', '--template', '--format', '--mapping', '--flatten', '--date', '--type', '--payment', '--', '-', '--=', '--json=false', '-xyz', '--db=') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('案件', '被告', '张三', '\u202e', '\u0000', 'e\u0301', '🀄', '\r\n', '../../etc/passwd', '%s%n', '${process}', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)) },
);

/** The error a run printed: the --json envelope's, or the plain text on stderr as its message. */
function printedError(run: { out: string; err: string }, json: boolean): { payload: Partial<ErrorPayload>; text: string } {
  // Without a command, the refusal is the help text itself, on stdout.
  if (!json) return { payload: {}, text: run.err || run.out };
  const parsed = JSON.parse(run.out) as { ok: boolean; error?: ErrorPayload };
  expect(parsed.ok).toBe(false);
  return { payload: parsed.error!, text: `${parsed.error!.message.zh}\n${parsed.error!.message.en}` };
}

/** Checks one refused or accepted CLI run against the properties every command line must keep. */
export function expectCleanOutcome(run: { code: number; out: string; err: string }, json: boolean, names: string[]): void {
  expect([0, 1, 2]).toContain(run.code);
  expect(`${run.out}\n${run.err}`).not.toMatch(internalLeak);
  if (run.code === 0) return;
  const { payload, text } = printedError(run, json);
  expect(text).toMatch(hasChinese);
  // The refusal names the file or the option it is about: in --json as a field or file, or in the message's words.
  if (!json) return;
  const forms = names.flatMap((name) => [name, basename(name), name.split('=')[0]!, ...(/^-[^-]/.test(name) ? [name.slice(0, 2)] : [])]);
  const named = payload.file !== undefined || payload.field !== undefined || forms.some((form) => form !== '' && text.includes(form));
  expect(named, text).toBe(true);
  expect(run.code).toBe(payload.code === 'invalid-input' || payload.code === 'missing-fields' ? 2 : 1);
}

/**
 * `--db` pointed at what is not a Dossier database — a folder, a text file, a cut-short copy, another program's
 * SQLite file, one written by a newer Dossier, a pipe, a device, a link loop, a path through a file or with `..` —
 * under every command that opens one, with generated noise words. Each refusal exits with a documented code
 * (2 bad input, 1 otherwise), says in Chinese and English what is wrong naming the file or option, never leaks an
 * internal error, and leaves every file byte for byte as it was: no database, journal or output file appears.
 * A refused command given a --db that did not exist does not create it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { argWord, expectCleanOutcome, hostileDatabaseTargets, snapshot, type DatabaseTarget } from './support/file-arbitraries';

let dir = '';
let targets: DatabaseTarget[] = [];
let before: Record<string, string> = {};
let quickBefore: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-db-'));
  targets = hostileDatabaseTargets(dir);
  before = snapshot(dir);
  quickBefore = snapshot(dir, true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every command that opens the database, with arguments that would otherwise be accepted; outputs go under `d`. */
function commandsOpeningTheDatabase(d: string): string[][] {
  const text = join(d, 'notes.txt');
  const out = join(d, 'out');
  return [
    ['case', 'list'], ['case', 'list', '--search', '张'], ['case', 'archive', '1'], ['case', 'unarchive', '1', '2'], ['check', '1'],
    ['evidence', 'add', '1', text], ['contacts', 'import', '1', text], ['audit', 'verify'], ['audit', 'export', '1', '--out', join(out, 'a.csv')],
    ['evidence', 'verify'], ['bundle', '1', '--out', join(out, 'b.pdf')], ['claim', '1'], ['limitation', '1'], ['ledger', 'import', '1', text],
    ['court', 'suggest', '1'], ['court', 'override', '1', '--court', '滇池市盘龙区人民法院', '--reason', '约定管辖'], ['court', 'search', '盘龙'],
    ['court', 'export', '--out', join(out, 'c.csv')], ['court', 'import', text], ['event', 'add', '1', '--type', 'filed', '--date', '2026-01-05'],
    ['event', 'batch', '--type', 'filed', '--date', '2026-01-05', '--case', '1'], ['tracking', '1'], ['deadlines'], ['dashboard'],
    ['dashboard', '--xlsx', join(out, 'd.xlsx')], ['calendar', '--out', join(out, 'c.ics')], ['import', text, '--dry-run'], ['batch', 'status'],
    ['batch', '--case', '1', '--out', join(out, 'batch')], ['backup', '--out', join(out, 'backups')], ['doc', '1', '--template', 'complaint', '--format', 'pdf', '--out', join(out, 'docs')],
    ['demo', '--out', join(out, 'demo')], ['calc', 'procedure', '--province', '江苏', '--amount', '50000', '--date', '2026-03-01'],
  ];
}

// Noise words never name another database, output or data folder, nor end the options (`--`): the run must stay in `dir`.
const noise = fc.array(argWord.filter((word) => word !== '--' && !/^--(db|data-dir|out|xlsx|attach|inputs|mapping|save-profile)/.test(word)), { maxLength: 2 });

describe('--db at what is not a Dossier database', () => {
  it('every command refuses every hostile --db cleanly and changes nothing (10,000 command lines)', async () => {
    const commands = commandsOpeningTheDatabase(dir);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands), fc.constantFrom(...targets), fc.boolean(), noise, async (command, target, json, extra) => {
        const argv = [...command, ...extra, '--db', target.path, ...(json ? ['--json'] : [])];
        const run = await cli(argv);
        expectCleanOutcome(run, argv.includes('--json'), [target.path, dirname(target.path), '--db', ...argv.filter((word) => word.length > 1)]);
        // A hostile --db is never accepted; only --help may succeed.
        if (run.code === 0) expect(extra.some((word) => word === '--help' || word === '-h')).toBe(true);
        expect(snapshot(dir, true)).toEqual(quickBefore);
      }),
      { numRuns: 10_000, seed: 130601 },
    );
    expect(snapshot(dir)).toEqual(before);
  }, 150_000);

  it('a refused command does not create the --db it was given, nor the folders for it', async () => {
    const refused = (d: string) => [
      ['case', 'archive', '99'], ['check', '99'], ['claim', '99'], ['tracking', '99'], ['court', 'suggest', '99'],
      ['court', 'override', '99', '--court', '滇池市盘龙区人民法院', '--reason', '约定管辖'], ['event', 'add', '99', '--type', 'filed', '--date', '2026-01-05'],
      ['evidence', 'add', '99', join(d, 'notes.txt')], ['ledger', 'import', '99', join(d, 'notes.txt')], ['audit', 'export', '99', '--out', join(d, 'x.csv')],
      ['event', 'add', '99', '--type', 'filed', '--date', '2026-02-30'],
    ];
    const name = fc.oneof(fc.constantFrom('new.sqlite', '新库.sqlite', 'a b.sqlite', '..sqlite', 'x'), fc.stringMatching(/^[a-z\u4e00-\u4e0f]{1,8}\.sqlite$/));
    const where = fc.constantFrom([], ['missing'], ['missing', 'deeper'], ['a-folder', '..', 'missing'], ['a-folder']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...refused(dir)), where, name, fc.boolean(), async (command, folders, file, json) => {
        const path = join(dir, ...folders, file);
        const run = await cli([...command, '--db', path, ...(json ? ['--json'] : [])]);
        expect([1, 2]).toContain(run.code);
        expectCleanOutcome(run, json, [path, ...command.filter((word) => word.length > 1)]);
        expect(existsSync(path), path).toBe(false);
        expect(snapshot(dir, true)).toEqual(quickBefore);
      }),
      { numRuns: 60, seed: 130602 },
    );
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('an empty file given as --db to a refused command stays empty', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'dossier-fuzz-empty-')), 'empty.sqlite');
    try {
      writeFileSync(empty, '');
      const run = await cli(['case', 'archive', '99', '--db', empty, '--json']);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.out)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(statSync(empty).size).toBe(0);
      expect(existsSync(`${empty}-wal`) || existsSync(`${empty}-shm`)).toBe(false);
    } finally {
      rmSync(join(empty, '..'), { recursive: true, force: true });
    }
  });

  it('a database a refused command finds already holding a case is kept', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dossier-fuzz-kept-'));
    try {
      const db = join(d, 'kept.sqlite');
      const demo = await cli(['demo', '--out', d, '--db', db, '--json']);
      expect(demo.code).toBe(0);
      const bytes = readFileSync(db);
      const run = await cli(['case', 'archive', '99', '--db', db]);
      expect(run.code).toBe(1);
      expect(readFileSync(db).length).toBe(bytes.length);
      expect((await cli(['case', 'list', '--db', db, '--json'])).out).toContain('"total": 3');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('--db regressions found by the fuzzing', () => {
  it('another program\'s database is not switched to WAL before it is refused (its header stayed unchanged)', async () => {
    const target = targets.find((t) => t.name === 'other-app.sqlite')!;
    const bytes = readFileSync(target.path);
    const run = await cli(['case', 'list', '--db', target.path, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, error: { code: 'database-version', file: target.path } });
    expect(readFileSync(target.path).equals(bytes)).toBe(true);
  });

  it('a newer database is refused naming its file, byte for byte unchanged', async () => {
    const target = targets.find((t) => t.name === 'newer.sqlite')!;
    const bytes = readFileSync(target.path);
    const run = await cli(['audit', 'verify', '--db', target.path]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(target.path);
    expect(run.err).toContain('更新');
    expect(readFileSync(target.path).equals(bytes)).toBe(true);
  });

  it('a pipe, a link to one and a device are refused as --db by name, not as an internal disk I/O error', async () => {
    for (const name of ['pipe', 'link-to-pipe', 'device']) {
      const target = targets.find((t) => t.name === name)!;
      const run = await cli(['case', 'list', '--db', target.path, '--json']);
      expect(run.code, name).toBe(2);
      expect(JSON.parse(run.out)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: '--db', file: target.path } });
    }
  });

  it('a refused command leaves no new database behind', async () => {
    const path = join(dir, 'missing', 'typo.sqlite');
    const run = await cli(['case', 'archive', '99', '--db', path]);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

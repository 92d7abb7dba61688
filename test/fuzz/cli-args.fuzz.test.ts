/**
 * The `dossier` argument parser, run in process on generated command lines: unknown commands, flags without
 * values, repeated flags, values given to switches, unicode, control and bidi characters, huge words. Every run
 * exits 0, 1 or 2 (the codes the README documents), prints nothing internal, answers a refusal in Chinese and
 * English naming the option or argument, keeps its output to a screenful however long the input, and writes
 * nothing outside the database it was given.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTable } from '../../electron/cli/command-table';
import { cli } from '../support/run-cli';
import { argWord, expectCleanOutcome } from './support/file-arbitraries';

let dir = '';
let db = '';
const cwdBefore = readdirSync(process.cwd()).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-args-'));
  db = join(dir, 'fuzz.sqlite');
  expect((await cli(['case', 'list', '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A word the generated command lines may hold: never one that names another database, data folder or output file
 * (a generated relative path would land in the working folder), ends the options (`--`), attaches a file, or
 * starts the server.
 */
const safeWord = argWord.filter((word) => word !== '--' && word !== 'serve' && !/^--(db|data-dir|out|xlsx|attach|save-profile)/.test(word));

/** The words of every command but `serve`, so generated lines reach each command's own option parsing. */
const commandWords = commandTable.map((command) => command.words).filter((words) => words[0] !== 'serve');

/** One of a command's own options, as a user might mistype it: without a value, with a strange one, twice. */
function optionsOf(words: string[]): string[] {
  const command = commandTable.find((c) => c.words.join(' ') === words.join(' '));
  return Object.keys(command?.options ?? {}).filter((name) => !['out', 'xlsx', 'attach', 'save-profile', 'db', 'data-dir'].includes(name)).map((name) => `--${name}`);
}

/** Runs a generated line against the fuzz database and checks the properties every run keeps. */
async function runChecked(generated: string[], asJson = false): Promise<void> {
  const argv = [...generated, '--db', db, '--data-dir', dir, ...(asJson ? ['--json'] : [])];
  const run = await cli(argv);
  const json = argv.includes('--json');
  // What a refusal may name: a word given, or a placeholder or option of the command's usage line (CASE_ID, --out).
  const command = [...commandTable].sort((a, b) => b.words.length - a.words.length).find((c) => c.words.every((word, i) => generated.filter((w) => !w.startsWith('-'))[i] === word));
  // Without a command the answer is the help text.
  const usageWords = command ? command.usage.split(/[\s[\]…,|]+/).filter((word) => /^(--[a-z]|[A-Z][A-Z_.]+)/.test(word)) : ['用法 Usage'];
  expectCleanOutcome(run, json, [...generated.map(printable), ...usageWords]);
  if (json && run.code !== 0) expect(JSON.parse(run.out)).toMatchObject({ ok: false });
  // However long a word, the message stays bounded (the full help is about 5,000 characters); --json's `file`
  // and `field` keep the exact path for a script.
  const shown = json && run.code !== 0 ? JSON.stringify((JSON.parse(run.out) as { error: { message: unknown } }).error.message) : run.out + run.err;
  expect(shown.length).toBeLessThan(20_000);
  expect(readdirSync(dir).filter((name) => !name.startsWith('fuzz.sqlite')).filter((name) => !name.startsWith('.'))).toEqual([]);
}

/** A word as an error message may quote it: its printable start. */
function printable(word: string): string {
  return word.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069].*$/s, '').slice(0, 40);
}

describe('the dossier argument parser', () => {
  it('any sequence of words exits 0, 1 or 2 with a clean, bounded message (10,000 lines)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(safeWord, { maxLength: 6 }), fc.boolean(), runChecked), { numRuns: 10_000, seed: 130603 });
  }, 120_000);

  it('each command\'s own options, missing values, repeated and mistyped, are refused by name (3,000 lines)', async () => {
    const line = fc.constantFrom(...commandWords).chain((words) => {
      const options = optionsOf(words);
      const option = options.length > 0 ? fc.constantFrom(...options) : fc.constant('--json');
      const value = fc.oneof(safeWord, fc.constantFrom('1', '2026-02-30', '-5', '1e400', '0x10', '9007199254740993', '１２３', 'all', 'pdf,docx', '江苏'));
      const piece = fc.oneof(option.map((o) => [o]), fc.tuple(option, value), fc.tuple(option, value, option), value.map((v) => [v]));
      return fc.array(piece, { maxLength: 4 }).map((pieces) => [...words, ...pieces.flat()]);
    });
    await fc.assert(fc.asyncProperty(line, fc.boolean(), runChecked), { numRuns: 3_000, seed: 130604 });
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
  }, 120_000);
});

describe('argument parser regressions found by the fuzzing', () => {
  it('an unknown option is named in Chinese and English, as a field of the --json error', async () => {
    const run = await cli(['case', 'list', '-xyz', '--db', db, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: '-x', message: { zh: '未知选项：-x', en: 'Unknown option: -x' } } });
    const plain = await cli(['case', 'list', '--search', '--db', db]);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain('选项 --search 缺少取值');
    // A refused --json still asks for the envelope.
    const valued = await cli(['case', 'list', '--json=no', '--db', db]);
    expect(JSON.parse(valued.out)).toMatchObject({ ok: false, error: { field: '--json', message: { zh: '选项 --json 不接受取值' } } });
  });

  it('a file name too long for the file system is refused naming the file, not as an internal error', async () => {
    const long = join(dir, 'x'.repeat(5_000));
    const run = await cli(['restore', long, '--db', db, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, error: { code: 'invalid-input', file: long } });
    expect((JSON.parse(run.out) as { error: { message: { zh: string } } }).error.message.zh).toContain('文件名过长');
  });

  it('a huge or control-character command word is quoted short and escaped', async () => {
    const run = await cli([`\u001b]0;x\u0007${'y'.repeat(100_000)}`, '--json']);
    expect(run.code).toBe(2);
    const message = (JSON.parse(run.out) as { error: { message: { zh: string } } }).error.message.zh;
    expect(message).toContain('\\u001b]0;x\\u0007yyy');
    expect(message).not.toContain('\u001b');
    expect(message.length).toBeLessThan(300);
    expect(existsSync(join(dir, 'fuzz.sqlite'))).toBe(true);
  });
});

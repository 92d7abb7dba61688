import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalTextReport } from '../support/internal-text';
import { pdfText, zipEntry } from '../support/parse-output';
import { cli } from '../support/run-cli';
let dir: string;
let db: string;

/** Option names with the value a user types (`--type effective`, `--template complaint`): the command's own vocabulary. */
const optionValues = /--[a-z-]+[ =][a-z0-9][a-z0-9,|.-]*/g;

/** What the CLI printed, its own option vocabulary aside. */
async function printed(args: string[]): Promise<string> {
  const result = await cli(args);
  return `${result.out}\n${result.err}`.replace(optionValues, '…');
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, ' ');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-user-text-'));
  db = join(dir, 'demo.sqlite');
  expect((await cli(['demo', '--out', dir])).code).toBe(0);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('no internal text in what the CLI prints or the documents say', () => {
  it('every read command on the demo database, and its errors', async () => {
    const withDb = (...args: string[]) => [...args, '--db', db];
    const commands: string[][] = [
      withDb('case', 'list'), ['templates'],
      ...['1', '2', '3'].flatMap((id) => [
        withDb('check', id), withDb('claim', id), withDb('limitation', id), withDb('tracking', id), withDb('court', 'suggest', id),
      ]),
      withDb('deadlines'), withDb('dashboard'), withDb('calendar', '--out', join(dir, 'deadlines.ics')),
      ['calc', 'limitation', '--from', '2025-01-01'], ['calc', 'enforcement-deadline', '--last-performance-day', '2026-01-10'],
      ['calc', 'delay-interest', '--base', '10000', '--last-performance-day', '2026-01-10', '--to', '2026-03-01'],
      withDb('court', 'search', '官渡'), ['fee', '--amount', '12345.67'], withDb('calc', 'procedure', '--province', '江苏', '--amount', '50000', '--date', '2026-03-01'),
      ['form', 'fields', join(import.meta.dirname, '..', '..', 'templates', 'forms', 'case-registration-sample.pdf')],
      withDb('bundle', '1', '--out', join(dir, 'bundle-1.pdf')),
      // Refusals and bad input.
      withDb('check', '99'), withDb('claim', '1', '--as-of', '2026-02-30'), withDb('court', 'suggest', 'abc'), ['fee', '--amount', '1,2,3'],
      withDb('event', 'add', '1', '--type', 'effective', '--date', '2026-13-01'), withDb('doc', '2', '--template', 'nope', '--out', dir),
      withDb('evidence', 'add', '1', join(dir, 'no-such-file.pdf')), withDb('limitation', '1', '--filing-date', '2026-02-30'),
    ];
    const texts: [string, string][] = [];
    for (const args of commands) texts.push([`dossier ${args.filter((a) => a !== db).join(' ')}`, await printed(args)]);
    expect(internalTextReport(texts)).toEqual([]);
  }, 240_000);

  it('a contacts file with a cell too long is refused naming the row and the column, not as an internal error', async () => {
    const csv = join(dir, 'contacts.csv');
    writeFileSync(csv, `催收时间,方式,对象,结果,联系人姓名\n2026-01-01 10:00,电话,持卡人,接通,${'很长'.repeat(40)}\n`);
    const output = await printed(['contacts', 'import', '1', csv, '--db', db]);
    expect(output).toContain('第 2 行“联系人姓名”：不能超过 60 个字符');
    expect(output).not.toContain('内部错误');
    expect(internalTextReport([['contacts import', output]])).toEqual([]);
  }, 60_000);

  it('every generated document: its text and its PDF and DOCX properties', () => {
    const texts: [string, string][] = [];
    for (const file of filesUnder(dir)) {
      if (file.endsWith('.pdf')) {
        texts.push([`${file} text`, pdfText(file)]);
        texts.push([`${file} properties`, execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })]);
      } else if (file.endsWith('.docx')) {
        texts.push([`${file} text`, xmlText(zipEntry(file, 'word/document.xml'))]);
        texts.push([`${file} properties`, xmlText(zipEntry(file, 'docProps/core.xml'))]);
      }
    }
    expect(texts.filter(([where]) => where.endsWith('.docx text')).length).toBeGreaterThan(20);
    expect(texts.filter(([where]) => where.endsWith('.pdf text')).length).toBeGreaterThan(20);
    expect(internalTextReport(texts)).toEqual([]);
  }, 120_000);
});

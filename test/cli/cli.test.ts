import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { cliError, cliValue, pdfText, squash } from '../support/parse-output';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();


describe('dossier CLI', () => {
  it('demo writes three complaints as DOCX and PDF with each defendant, ID number, capitals and court', async () => {
    const dir = tempDir();
    const result = await cli(['demo', '--out', dir, '--json']);
    expect(result.code).toBe(0);
    const report = cliValue<{ cases: { caseId: number; defendant: string; files: string[] }[] }>(result.out);
    expect(report.cases).toHaveLength(3);
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(3);

    const listed = await cli(['case', 'list', '--db', join(dir, 'demo.sqlite'), '--json']);
    const cases = cliValue<{ rows: { id: number; defendantName: string; courtName: string }[] }>(listed.out).rows;
    expect(cases.map((c) => c.defendantName).sort()).toEqual(report.cases.map((c) => c.defendant).sort());
    const listedText = (await cli(['case', 'list', '--db', join(dir, 'demo.sqlite')])).out;
    expect(listedText).toContain('草稿 Draft');
    expect(listedText).not.toMatch(/\tdraft$/m);
    for (const entry of report.cases) {
      const pdf = entry.files.find((f) => f.endsWith('.pdf'))!;
      const text = squash(pdfText(pdf));
      const court = cases.find((c) => c.id === entry.caseId)!.courtName;
      expect(text).toContain(entry.defendant);
      expect(text).toContain(court);
      expect(text).toMatch(/公民身份号码：\d{17}[\dX]/);
      expect(text).toMatch(/大写：人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/);
      expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    }
  }, 120_000);

  it('doc generates the chosen formats for one case into the output folder', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const out = join(dir, 'again');
    const result = await cli(['doc', '2', '--template', 'complaint', '--format', 'pdf', '--out', out, '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(result.code).toBe(0);
    const { files } = cliValue<{ files: { path: string; format: string; sha256: string }[] }>(result.out);
    expect(files.map((f) => f.format)).toEqual(['pdf']);
    expect(existsSync(files[0]!.path)).toBe(true);
    expect(files[0]!.path.startsWith(out)).toBe(true);
  });

  it('reports bad input in both languages with exit code 2, and a missing case with 1', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = join(dir, 'demo.sqlite');
    const badFormat = await cli(['doc', '1', '--format', 'odt', '--out', dir, '--db', db]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('不支持的格式');
    expect(badFormat.err).toContain('Unsupported format');
    const missing = await cli(['doc', '99', '--out', dir, '--db', db, '--json']);
    expect(missing.code).toBe(1);
    expect(cliError(missing.out)).toMatchObject({ code: 'not-found' });
  });

  it('runs as the installed bin from the bundle, rebuilding it first when a source changed since the build', async () => {
    const { builtStamp, sourceStamp } = await import('../../scripts/build-cli.mjs');
    expect(execFileSync(process.execPath, ['bin/dossier.js', '--help'], { encoding: 'utf8' })).toContain('dossier doc CASE_ID');
    expect(builtStamp()).toBe(sourceStamp());
    // An edit to a source (its modification time moves on) makes the next run rebuild before it starts.
    const source = join(import.meta.dirname, '..', '..', 'electron', 'cli', 'usage.ts');
    const before = builtStamp();
    utimesSync(source, new Date(), new Date(Number(before!.split(':')[0]) + 1000));
    expect(sourceStamp()).not.toBe(before);
    expect(execFileSync(process.execPath, ['bin/dossier.js', '--help'], { encoding: 'utf8' })).toContain('dossier doc CASE_ID');
    expect(builtStamp()).toBe(sourceStamp());
  }, 60_000);

  it('prints help, and refuses an unknown command', async () => {
    expect((await cli(['--help'])).out).toContain('dossier demo --out DIR');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知命令');
  });
});

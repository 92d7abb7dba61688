import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { cliError, cliValue } from '../support/parse-output';
import { outline, pageLinks, qpdfCheck, squashedPageTexts } from '../support/bundle-inspect';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();


type Result = {
  pages: number; sizeBytes: number;
  volumes: { volume: number; file: string; firstPage: number; lastPage: number; sha256: string; documentId: number }[];
  exhibits: { label: string; title: string; firstPage: number; lastPage: number; dividerPage: number; pageRange: string; volume: number }[];
};

describe('dossier bundle', () => {
  it('builds every demo case’s bundle: pages, size, exhibits and ranges in the JSON agree with the file', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = join(dir, 'demo.sqlite');
    for (const caseId of [1, 2, 3]) {
      const out = join(dir, 'bundles', `case-${caseId}.pdf`);
      const run = await cli(['bundle', String(caseId), '--out', out, '--db', db, '--json']);
      expect(run.code, run.out).toBe(0);
      const result = cliValue<Result>(run.out);
      expect(result.volumes[0]!.file).toBe(out);
      expect(readFileSync(out).length).toBe(result.sizeBytes);
      expect(qpdfCheck(out).ok).toBe(true);
      const texts = squashedPageTexts(out);
      expect(texts).toHaveLength(result.pages);
      for (const e of result.exhibits) {
        expect(texts[e.firstPage - 1]).toContain(`${e.label}第1页`);
        expect(e.pageRange).toBe(e.firstPage === e.lastPage ? `${e.firstPage}` : `${e.firstPage}–${e.lastPage}`);
      }
      const bytes = readFileSync(out);
      expect((await outline(bytes)).filter((m) => m.title.startsWith('证据')).map((m) => m.page).slice(1)).toEqual(result.exhibits.map((e) => e.dividerPage));
      expect((await pageLinks(bytes, 2)).map((l) => l.page)).toEqual(result.exhibits.map((e) => e.dividerPage));
    }
    const readable = await cli(['bundle', '1', '--out', join(dir, 'readable.pdf'), '--db', db]);
    expect(readable.out).toMatch(/证据材料 Evidence bundle: \d+ 页/);
    expect(readable.out).toContain('证据一');
  }, 120_000);

  it('splits into volumes with --max-pages, naming later volumes beside the first', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const out = join(dir, 'out', '证据.pdf');
    const run = await cli(['bundle', '1', '--out', out, '--max-pages', '10', '--db', join(dir, 'demo.sqlite'), '--json']);
    const result = cliValue<Result>(run.out);
    expect(result.volumes.length).toBeGreaterThan(1);
    expect(result.volumes[1]!.file).toBe(join(dir, 'out', '证据（第二册）.pdf'));
    expect(existsSync(result.volumes[1]!.file)).toBe(true);
    expect(result.volumes[1]!.firstPage).toBe(result.volumes[0]!.lastPage + 1);
  }, 60_000);

  it('reports bad input as an error with exit code 2', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const missing = await cli(['bundle', '1', '--db', join(dir, 'demo.sqlite'), '--json']);
    expect(missing.code).toBe(2);
    expect(cliError(missing.out)).toMatchObject({ code: 'invalid-input', field: '--out' });
    const badOrder = await cli(['bundle', '1', '--out', join(dir, 'x.pdf'), '--order', '1,x', '--db', join(dir, 'demo.sqlite')]);
    expect(badOrder.code).toBe(2);
    expect(badOrder.err).toContain('--order');
  }, 60_000);
});

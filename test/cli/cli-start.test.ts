/**
 * What a `dossier` run loads (issue 11): --help loads no command module and no package, and `case list` loads
 * none of the document, spreadsheet or PDF libraries — the reason both start fast. Recorded by a resolve hook in
 * the real bin's process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const root = join(import.meta.dirname, '..', '..');

/** The modules `node bin/dossier.js ARGS` resolved, as URLs. */
function loadedBy(args: string[]): string[] {
  const log = join(tempDir(), 'loaded.txt');
  execFileSync(process.execPath, ['--import', join(root, 'test', 'support', 'load-recorder.mjs'), join(root, 'bin', 'dossier.js'), ...args], {
    cwd: root, env: { ...process.env, DOSSIER_LOAD_LOG: log }, stdio: 'ignore',
  });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
const heavyLibraries = ['docx', '@cantoo/pdf-lib', 'pdfjs-dist', 'exceljs', 'harfbuzzjs', 'subset-font', 'sharp', 'liquidjs', 'pinyin-pro', 'fflate'];

describe('what a dossier run loads', () => {
  it('--help loads the bundle\'s table and no package', () => {
    const loaded = loadedBy(['--help']);
    expect(loaded.some((url) => url.endsWith('/out/cli/main.js'))).toBe(true);
    expect(loaded.map(packageOf).filter(Boolean)).toEqual([]);
  }, 60_000);

  it('case list loads the database driver but no document, spreadsheet or PDF library', async () => {
    const db = join(tempDir(), 'empty.sqlite');
    expect((await cli(['case', 'list', '--db', db])).code).toBe(0);
    const packages = new Set(loadedBy(['case', 'list', '--db', db]).map(packageOf).filter(Boolean));
    expect(packages.has('better-sqlite3')).toBe(true);
    expect(heavyLibraries.filter((name) => packages.has(name))).toEqual([]);
  }, 60_000);
});

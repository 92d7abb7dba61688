/**
 * What `--db` may name, and opening a database that another process is writing: a folder or a file that is not a
 * database is refused in words naming the path (never "internal"); an up-to-date database opens without taking
 * the write lock, so reading works while a long write is under way.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliError, cliValue } from '../support/parse-output';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Another process holding the write lock on `path` until it is killed; resolves once it holds it. */
function holdWriteLock(path: string): Promise<{ release: () => void }> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-e', script, path], { cwd: join(import.meta.dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ release: () => child.kill() }));
    child.once('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
  });
}

describe('dossier --db', () => {
  it('refuses a folder, a text file and a path through a file, naming the path in both languages', async () => {
    const dir = tempDir();
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, '这不是数据库 not a database\n');
    for (const [path, code] of [[folder, 'invalid-input'], [text, 'invalid-input'], [join(text, 'x.sqlite'), 'invalid-input']] as const) {
      const json = await cli(['case', 'list', '--db', path, '--json']);
      expect(json.code, path).toBe(2);
      expect(cliError(json.out)).toMatchObject({ code });
      const plain = await cli(['case', 'list', '--db', path]);
      expect(plain.err).not.toContain('内部错误');
      expect(plain.err).not.toContain('Internal error');
      expect(plain.err).toContain(path === folder ? folder : text);
    }
  });

  it('reads an up-to-date database while another process holds the write lock', async () => {
    const db = join(tempDir(), 'busy.sqlite');
    expect((await cli(['case', 'list', '--db', db])).code).toBe(0);
    const lock = await holdWriteLock(db);
    try {
      const started = Date.now();
      const listed = await cli(['case', 'list', '--db', db, '--json']);
      expect(listed.code, listed.out).toBe(0);
      expect(cliValue<{ rows: unknown[] }>(listed.out).rows).toEqual([]);
      // Well under the 5 s busy timeout: opening no longer waits for the write lock.
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      lock.release();
    }
  });

  it('an unknown command under --json is an error envelope', async () => {
    const unknown = await cli(['frobnicate', '--json']);
    expect(unknown.code).toBe(2);
    expect(cliError(unknown.out)).toMatchObject({ code: 'invalid-input', message: { en: 'Unknown command: frobnicate' } });
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { demoPlaintiff } from '../../electron/services/demo-data';
import { openServices } from '../../electron/services/open-services';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('an interrupted demo', () => {
  it('leaves no half-seeded database in the way: the next demo builds a complete one', async () => {
    const dir = tempDir();
    // What a demo killed after its first step used to leave: a database holding only the demo plaintiff.
    const half = openServices({ dataDir: dir, databasePath: join(dir, 'demo.sqlite'), actor: 'cli' });
    await half.handlers['organisation:save']({ values: demoPlaintiff });
    half.close();
    const run = await cli(['demo', '--out', dir]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(join(dir, 'demo.sqlite'));
    // Closed cleanly before it was put in place: no write-ahead log of the temporary database is left beside it.
    expect(existsSync(join(dir, 'demo.sqlite-wal'))).toBe(false);
    const db = new Database(join(dir, 'demo.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 3 });
      expect(db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.includes('.tmp-'))).toEqual([]);
  }, 300_000);
});

/**
 * Two writers on one database: while another process holds the write lock, a write through the services waits
 * for it (BEGIN IMMEDIATE with the busy timeout) instead of failing, and a lock held past the timeout is a
 * 'busy' error in words, with nothing written.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { dispatch } from '../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const root = join(import.meta.dirname, '..', '..');

/** Another process that takes the write lock on `path`, writes a row of its own, says so, holds the lock for `ms` and commits. */
function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<number> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT OR REPLACE INTO evidence_settings (key, value) VALUES ('otherWriter', ?)").run(String(process.pid));
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, path, String(ms)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released });
    });
    child.on('error', reject);
  });
}

describe('two writers on one database', () => {
  it('a write that reads first waits for another process’s lock and then succeeds', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const lock = await holdWriteLock(join(dir, 'dossier.sqlite'), 800);
      const started = Date.now();
      // Recording an event reads the case's tracking before it writes: a deferred transaction could not take the lock then.
      const result = await dispatch(services.handlers, 'event:add', { caseId: created.id, event: { type: 'marked-ready', date: '2026-11-27', details: {} } });
      expect(result).toMatchObject({ ok: true });
      // It waited for the other writer rather than failing at once.
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect(await lock.released).toBe(0);
    } finally {
      services.close();
    }
  }, 30_000);

  it('a lock held past the busy timeout is a busy error in words, and nothing is written', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    try {
      const { cases } = await seedProfiles(services.handlers);
      services.context.db.pragma('busy_timeout = 300');
      const lock = await holdWriteLock(join(dir, 'dossier.sqlite'), 2000);
      const result = await dispatch(services.handlers, 'case:create', { values: caseInput.parse(cases[0]!) });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('busy');
        expect(result.error.message.zh).toContain('本次操作未保存任何内容');
        expect(result.error.message.zh).not.toMatch(/内部错误|SQLITE|locked/);
      }
      expect(await lock.released).toBe(0);
      expect(await services.handlers['case:list']({ query: '' })).toHaveLength(0);
    } finally {
      services.close();
    }
  }, 30_000);
});

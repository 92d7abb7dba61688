/**
 * Two writers on one database, as the issue found them failing ("database is locked"): two loops of 200 real
 * `dossier event add` runs (the built bin/dossier.js, one process per call, opening and closing the database as a
 * user's command does), each on its own case, while a third process holds one connection open for the whole run and
 * writes every 20 ms, as the open app does. All 400 calls and every write of the third process land, and the audit
 * chain the three extended together verifies.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, builtStamp, sourceStamp } from '../../scripts/build-cli.mjs';
import { bundledScript } from '../support/bundled-script';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const root = join(import.meta.dirname, '..', '..');
// The 200 calls a writer; fewer through DOSSIER_WRITER_CALLS on a machine too loaded to start 400 processes in time.
const callsPerWriter = Number(process.env.DOSSIER_WRITER_CALLS ?? 200);
let appWriter: { path: string; remove: () => void };

beforeAll(async () => {
  if (builtStamp() !== sourceStamp()) await buildCli();
  appWriter = await bundledScript('test/support/app-writer.ts');
}, 120_000);
afterAll(() => appWriter?.remove());

/** Runs `node bin/dossier.js ARGS` to its end. */
function dossier(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [join(root, 'bin', 'dossier.js'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    run.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    run.on('error', reject);
    run.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** One writer: `callsPerWriter` runs of `dossier event add` on `caseId`, one after another; the failed runs' output. */
async function cliWriter(database: string, caseId: number, label: string): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < callsPerWriter; i += 1) {
    const run = await dossier(['event', 'add', String(caseId), '--type', 'note', '--date', '2026-11-20', '--note', `${label}-${i}`, '--db', database, '--json']);
    if (run.code !== 0) failures.push(`${label}-${i} exit ${run.code}: ${run.out}${run.err}`.slice(0, 400));
  }
  return failures;
}

function startAppWriter(database: string, dataDir: string, caseId: number): { child: ChildProcess; opened: Promise<void>; report: Promise<{ succeeded: number; failed: number; failures: string[] }> } {
  const child = spawn(process.execPath, [appWriter.path, database, dataDir, String(caseId)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markOpen: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (markOpen = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('open\n')) markOpen();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const report = new Promise<{ succeeded: number; failed: number; failures: string[] }>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.slice('open\n'.length))) : reject(new Error(`app writer exited ${code}: ${err}`)))));
  return { child, opened, report };
}

describe('two CLI writers and an open app on one database', () => {
  it(`${callsPerWriter} \`dossier event add\` runs each: none fails, none is lost, the audit chain verifies`, async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--out', dir])).code).toBe(0);
    const database = join(dir, 'demo.sqlite');
    const before = new Database(database, { readonly: true });
    const notesBefore = before.prepare("SELECT count(*) FROM case_events WHERE type = 'note'").pluck().get() as number;
    before.close();

    const app = startAppWriter(database, dir, 3);
    await app.opened;
    const failures = await Promise.all([cliWriter(database, 1, 'cli-1'), cliWriter(database, 2, 'cli-2')]);
    app.child.stdin!.end();
    const appReport = await app.report;

    expect(failures).toEqual([[], []]);
    expect(appReport.failures).toEqual([]);
    expect(appReport.succeeded).toBeGreaterThan(50);
    const db = new Database(database, { readonly: true });
    const notes = (label: string) => db.prepare("SELECT count(DISTINCT note) FROM case_events WHERE type = 'note' AND note LIKE ?").pluck().get(`${label}-%`);
    expect([notes('cli-1'), notes('cli-2'), notes('app')]).toEqual([callsPerWriter, callsPerWriter, appReport.succeeded]);
    expect(db.prepare("SELECT count(*) FROM case_events WHERE type = 'note'").pluck().get()).toBe(notesBefore + 2 * callsPerWriter + appReport.succeeded);
    db.close();
    const verified = await dossier(['audit', 'verify', '--db', database, '--json']);
    expect(verified.code, verified.out).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, value: { intact: true, problems: [] } });
  }, 3_600_000);
});

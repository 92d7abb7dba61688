import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchSteps } from '../../electron/batch/batch-steps';
import { openServices } from '../../electron/services/open-services';
import { bundledScript } from '../support/bundled-script';
import { seedReadyCases } from '../support/ready-cases';

// Item 7 of the batch issue: a batch killed with SIGKILL at random points, then resumed, leaves exactly the files
// of an uninterrupted run — same names, same SHA-256 — with no temporary file left and every step recorded once.
const CLOCK = '2026-11-28T02:00:00.000Z';
const CASES = 10;
const KILLS = 20;

let work = '';
let ids: number[] = [];
let child: { path: string; remove: () => void };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dossier-batch-kill-'));
  const services = openServices({ dataDir: join(work, 'data'), databasePath: join(work, 'seed.sqlite'), actor: 'test', now: () => new Date(CLOCK) });
  ids = await seedReadyCases(services, CASES);
  services.context.db.pragma('wal_checkpoint(TRUNCATE)');
  services.close();
  child = await bundledScript('test/support/batch-child.ts');
}, 300_000);

afterAll(() => {
  child?.remove();
  rmSync(work, { recursive: true, force: true });
});

/** A small seeded generator, so a failing sequence of kill points can be replayed from the printed seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function copyDatabase(name: string): string {
  const path = join(work, name);
  copyFileSync(join(work, 'seed.sqlite'), path);
  return path;
}

type Run = { process: ChildProcess; jobId: Promise<string>; exit: Promise<number | null> };

function runChild(db: string, args: string[]): Run {
  const process$ = spawn(process.execPath, [child.path, db, join(work, 'data'), CLOCK, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  process$.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const jobId = new Promise<string>((resolve, reject) => {
    let stdout = '';
    process$.stdout!.on('data', (chunk) => {
      stdout += String(chunk);
      const line = stdout.split('\n')[0]!;
      if (stdout.includes('\n')) resolve(line.trim());
    });
    process$.on('exit', () => reject(new Error(`the run stopped before starting: ${stderr}`)));
  });
  jobId.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => process$.on('exit', (code) => resolve(code)));
  return { process: process$, jobId, exit };
}

/** Every file under `folder` with its SHA-256, by path inside it. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

function recordedSteps(db: string, jobId: string): number {
  const store = new Database(db, { readonly: true });
  try {
    return (store.prepare('SELECT count(*) AS n FROM batch_job_steps WHERE job_id = ?').get(jobId) as { n: number }).n;
  } finally {
    store.close();
  }
}

function jobState(db: string, jobId: string): string {
  const store = new Database(db, { readonly: true });
  try {
    return (store.prepare('SELECT state FROM batch_jobs WHERE id = ?').get(jobId) as { state: string }).state;
  } finally {
    store.close();
  }
}

describe('batch killed and resumed', () => {
  it('leaves the files of an uninterrupted run, no temporary file, every step recorded once', async () => {
    const seed = Date.now() % 100_000;
    const next = random(seed);
    const reference = runChild(copyDatabase('reference.sqlite'), ['start', join(work, 'reference'), ids.join(',')]);

    const killedDb = copyDatabase('killed.sqlite');
    const killedOut = join(work, 'killed');
    let jobId = '';
    let kills = 0;
    while (kills < KILLS) {
      const run = runChild(killedDb, jobId === '' ? ['start', killedOut, ids.join(',')] : ['resume', jobId]);
      jobId = await run.jobId;
      // A random point from the claim to a step or two later: while the workers load, mid-render, mid-record.
      // Bounded by progress too (one or two more steps recorded), so on any machine the job outlasts the kills.
      const before = recordedSteps(killedDb, jobId);
      const allowed = 1 + Math.floor(next() * 2);
      const deadline = Date.now() + Math.floor(next() * 3000);
      const watch = setInterval(() => {
        if (Date.now() >= deadline || recordedSteps(killedDb, jobId) >= before + allowed) run.process.kill('SIGKILL');
      }, 25);
      const code = await run.exit;
      clearInterval(watch);
      if (code !== null) break; // finished before the kill came
      kills++;
      if (jobState(killedDb, jobId) === 'finished') break;
    }
    if (jobState(killedDb, jobId) !== 'finished') expect(await runChild(killedDb, ['resume', jobId]).exit).toBe(0);
    expect(await reference.exit).toBe(0);

    expect(kills, `seed ${seed}`).toBe(KILLS);
    const killedFiles = tree(killedOut);
    expect(Object.keys(killedFiles).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(killedFiles).toEqual(tree(join(work, 'reference')));
    expect(Object.keys(killedFiles).length).toBe(CASES * 6 + 2 + 2);

    const store = new Database(killedDb, { readonly: true });
    try {
      const steps = store.prepare('SELECT case_id, step, count(*) AS n FROM batch_job_steps WHERE job_id = ? GROUP BY case_id, step').all(jobId) as { n: number }[];
      expect(steps.every((s) => s.n === 1)).toBe(true);
      expect(steps.length).toBe(CASES * (batchSteps(['complaint', 'evidence-list', 'bundle']).length + 1));
    } finally {
      store.close();
    }
  }, 900_000);
});

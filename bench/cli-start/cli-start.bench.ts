/**
 * How fast the `dossier` command starts (issue 11): `node -e 0` (the floor any Node program pays), `dossier --help`
 * and `dossier case list` on a 10,000-case database, each run as its own process through bin/dossier.js exactly as
 * a user types it. The three are timed in interleaved rounds so a busy machine slows them alike; the medians are
 * printed with their ratio to `node -e 0` (goal: each command within 3×).
 * Run: npm run bench (or: npx tsx bench/cli-start/cli-start.bench.ts [rounds]).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { caseInput } from '../../core/case/case-model';
import { createCaseRepository } from '../../electron/db/case-repository';
import { demoAgent, demoCases, demoPlaintiff } from '../../electron/services/demo-data';
import { openServices } from '../../electron/services/open-services';
import { median } from '../bench-support';

const caseCount = 10_000;
// A number argument is the dashboard bench's case count (npm run bench -- 10000); rounds come from CLI_START_ROUNDS.
const rounds = Number(process.env.CLI_START_ROUNDS ?? 9);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'dossier.js');

/** A database of 10,000 fictional cases: one case made through the services, copied by the case repository in one transaction. */
async function seedDatabase(dir: string): Promise<string> {
  const services = openServices({ dataDir: dir, actor: 'bench', now: () => new Date('2026-11-28T02:00:00Z') });
  try {
    const plaintiff = await services.handlers['organisation:save']({ values: demoPlaintiff });
    const agent = await services.handlers['agent:save']({ values: demoAgent });
    const template = await services.handlers['case:create']({ values: caseInput.parse(demoCases(plaintiff.id, agent.id)[0]) });
    const cases = createCaseRepository(services.context.db);
    const { id: _id, createdAt: _created, updatedAt: _updated, ...stored } = template;
    services.context.db.transaction(() => {
      for (let i = 1; i < caseCount; i++) cases.insert({ ...stored, defendant: { ...stored.defendant, name: `${stored.defendant.name}${i}` } }, '2026-11-28T02:00:00.000Z');
    }).immediate();
    return services.context.databasePath;
  } finally {
    services.close();
  }
}

/** Wall time of one run of a command, in milliseconds; a failed run stops the bench. */
function timeRun(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-start-'));
  try {
    const seedStart = performance.now();
    const database = await seedDatabase(dir);
    console.log(`seeded ${caseCount.toLocaleString('en')} cases in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const commands: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['dossier --help', [bin, '--help']],
      ['dossier case list (10,000 cases)', [bin, 'case', 'list', '--db', database]],
    ];
    // One untimed run each: a stale bundle is rebuilt here, and the file cache is warm for every round.
    for (const [, args] of commands) timeRun(args);
    const times = commands.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) commands.forEach(([, args], i) => times[i]!.push(timeRun(args)));
    const floor = median(times[0]!);
    console.log(`median of ${rounds} runs each, interleaved:`);
    for (const [i, [name]] of commands.entries()) {
      const value = median(times[i]!);
      console.log(`  ${name.padEnd(34)} ${value.toFixed(0).padStart(6)} ms   ${(value / floor).toFixed(2)}× node -e 0`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * The app and two CLI processes writing one database at once (issue 11): the services in this process and two
 * child processes, each calling the bundled CLI's `event add` 500 times (every call opens and closes the database
 * as a `dossier` run does), each on its own case. Every write must succeed and every event must be there after.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { buildCli, builtStamp, sourceStamp } from '../../scripts/build-cli.mjs';
import { dispatch } from '../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const root = join(import.meta.dirname, '..', '..');
const eventsPerWriter = 500;

type WriterReport = { succeeded: number; failed: number; failures: string[] };

/** A child process writing `eventsPerWriter` notes on one case through the CLI; resolves with its report. */
function cliWriter(database: string, caseId: number, label: string): Promise<WriterReport> {
  const child = spawn(process.execPath, [join(root, 'test', 'support', 'cli-writer.mjs'), database, String(caseId), String(eventsPerWriter), label], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as WriterReport) : reject(new Error(`writer ${label} exited ${code}: ${err}`)))));
}

describe('the app and two CLI processes writing at once', () => {
  it(`${eventsPerWriter} events each: no failure, none lost`, async () => {
    if (builtStamp() !== sourceStamp()) await buildCli();
    const services = openTestServices(tempDir());
    try {
      const { cases } = await seedProfiles(services.handlers);
      const ids: number[] = [];
      // No court named: each CLI run would otherwise read the whole court directory for the 法院代字, which this test is not about.
      for (const values of cases) ids.push((await services.handlers['case:create']({ values: caseInput.parse({ ...values, courtName: '' }) })).id);
      const [appCase, firstCliCase, secondCliCase] = ids as [number, number, number];
      const database = services.context.databasePath;

      const writers = [cliWriter(database, firstCliCase, 'cli-1'), cliWriter(database, secondCliCase, 'cli-2')];
      const appFailures: string[] = [];
      for (let i = 0; i < eventsPerWriter; i++) {
        const result = await dispatch(services.handlers, 'event:add', { caseId: appCase, event: { type: 'note', date: '2026-11-20', note: `app-${i}`, details: {} } });
        if (!result.ok) appFailures.push(`${result.error.code}: ${result.error.message.en}`);
        // Let the children's writes in between: the app's own writes are synchronous.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const reports = await Promise.all(writers);

      expect(appFailures).toEqual([]);
      expect(reports.map((r) => [r.succeeded, r.failures])).toEqual([[eventsPerWriter, []], [eventsPerWriter, []]]);
      const counted = services.context.db
        .prepare("SELECT case_id AS caseId, count(*) AS events, count(DISTINCT note) AS notes FROM case_events WHERE type = 'note' GROUP BY case_id ORDER BY case_id")
        .all();
      expect(counted).toEqual(ids.map((caseId) => ({ caseId, events: eventsPerWriter, notes: eventsPerWriter })));
      // Three writers extended one audit chain: no two records claim the same predecessor.
      expect(await services.handlers['audit:verify']({})).toMatchObject({ intact: true, problems: [] });
    } finally {
      services.close();
    }
  }, 300_000);
});

/**
 * Readiness of one case holding 100,000 contact records (the issue measured 124 s): seeds a real SQLite file (demo
 * plaintiff, agent and case through the services, the contact records through plain SQL, fictional people), then
 * times readiness:check several times and prints the median and its ratio to the same check on a case of 1,000
 * records measured in the same process. A linear check gives a ratio near 100; a per-record query or a quadratic
 * scan in the contact rules shows as a ratio in the thousands.
 * Run: npm run bench (or: npx tsx bench/readiness/readiness.bench.ts [records]).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseInput } from '../../core/case/case-model';
import { demoAgent, demoCases, demoPlaintiff } from '../../electron/services/demo-data';
import { openServices } from '../../electron/services/open-services';
import { day, median, random, time } from '../bench-support';

const recordCount = Number(process.argv[2] ?? 100_000);
const baselineCount = 1_000;
const runs = 5;

const channels = ['phone', 'sms', 'letter', 'visit', 'app-message'];
const parties = ['cardholder', 'cardholder', 'cardholder', 'emergency-contact', 'third-party'];
const outcomes = ['reached', 'promise-to-pay', 'refused', 'unreachable'];

/** Inserts `count` contact records on `caseId`, several a day over three years, some at night or to third parties. */
function seedContacts(db: ReturnType<typeof openServices>['context']['db'], caseId: number, count: number): void {
  const rand = random(caseId);
  const insert = db.prepare(`INSERT INTO contact_records (case_id, occurred_at, channel, party, party_name, outcome, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, '催收', '2026-01-01T00:00:00.000+08:00', '2026-01-01T00:00:00.000+08:00')`);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const date = day('2023-01-01', Math.floor((i / count) * 1_095));
      const hour = String(7 + Math.floor(rand() * 15)).padStart(2, '0');
      const party = parties[Math.floor(rand() * parties.length)]!;
      insert.run(caseId, `${date}T${hour}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00+08:00`, channels[i % channels.length],
        party, party === 'cardholder' ? '' : '联系人', outcomes[Math.floor(rand() * outcomes.length)]);
    }
  }).immediate();
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-readiness-'));
try {
  const services = openServices({ dataDir: dir, actor: 'bench', now: () => new Date('2026-11-28T02:00:00Z') });
  const plaintiff = await services.handlers['organisation:save']({ values: demoPlaintiff });
  const agent = await services.handlers['agent:save']({ values: demoAgent });
  const [values] = demoCases(plaintiff.id, agent.id);
  const baseline = (await services.handlers['case:create']({ values: caseInput.parse(values) })).id;
  const large = (await services.handlers['case:create']({ values: caseInput.parse({ ...values, defendant: { ...values!.defendant, name: '周雨桐' } }) })).id;
  seedContacts(services.context.db, baseline, baselineCount);
  seedContacts(services.context.db, large, recordCount);

  const check = (caseId: number) => () => services.handlers['readiness:check']({ caseId });
  await time(check(baseline));
  const baselineTimes: number[] = [];
  for (let i = 0; i < runs; i++) baselineTimes.push(await time(check(baseline)));
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) largeTimes.push(await time(check(large)));
  const [small, big] = [median(baselineTimes), median(largeTimes)];
  console.log(`readiness:check, ${baselineCount} contact records: median ${small.toFixed(1)} ms`);
  console.log(`readiness:check, ${recordCount} contact records: median ${big.toFixed(1)} ms (×${(big / small).toFixed(0)} the ${baselineCount}-record case; linear would be ×${recordCount / baselineCount})`);
  services.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

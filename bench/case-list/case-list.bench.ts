/**
 * The case list on 100,000 cases with 1,000,000 events (issue 12): every sort (both directions), every
 * filter and each kind of search through case:query, plus "select all matching" and the export's read.
 * Seeds a real SQLite file through plain SQL (fictional people and banks), with the derived tracking rows
 * written directly as fresh so no recompute runs; then times each query shape several times and prints
 * the median and its ratio to a full scan of `cases` measured in the same process.
 * Run: npm run bench (or: npx tsx bench/case-list/case-list.bench.ts [cases]).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { caseListColumns } from '../../core/case/case-list-query';
import type { CaseListPage } from '../../core/case/case-list-query';
import type { OperationInput } from '../../core/contract';
import { dispatch } from '../../electron/services/dispatch';
import { openServices } from '../../electron/services/open-services';
import { trackingStoreOf } from '../../electron/services/tracking-store';
import { day, median, random, time } from '../bench-support';

const caseCount = Number(process.argv[2] ?? 100_000);
const eventsPerCase = 10;
const runs = 11;

const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const given = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文玉兰红梅建国'];
const courts = Array.from({ length: 24 }, (_, i) => `昆明市第${i + 1}基层人民法院`);
const branches = Array.from({ length: 12 }, (_, i) => `云岭银行股份有限公司第${i + 1}分行`);
const owners = ['张法务', '李法务', '王律师', '赵律师', '陈专员', ''];
const stages = ['draft', 'ready', 'filed', 'accepted', 'hearing', 'judgment', 'served', 'effective', 'enforcement-applied', 'enforcement-accepted'];
const kinds = ['limitation', 'appeal', 'performance', 'enforcement-application', 'installment'];

/** Seeds cases, events, recovery entries, deadlines and fresh tracking rows through SQL. */
function seed(db: ReturnType<typeof openServices>['context']['db'], calendarVersion: string): void {
  const rand = random(11);
  db.transaction(() => {
    db.prepare(`INSERT INTO organisations (id, name, credit_code, address, responsible_person, responsible_title, created_at, updated_at)
      VALUES (1, '云岭银行股份有限公司信用卡中心', '91530100MA6K7Q2X3X', '昆明', '钱立诚', '总经理', '2026-01-01', '2026-01-01')`).run();
    db.prepare(`INSERT INTO agents (id, name, employer, phone, created_at, updated_at) VALUES (1, '孙明远', '滇池律师事务所', '13900001234', '2026-01-01', '2026-01-01')`).run();
    db.prepare(`INSERT INTO case_imports (id, file_name, file_sha256, encoding, row_count, created_count, updated_count, skipped_count, unchanged_count,
        refused_count, imported_at, actor) VALUES (1, 'export.xlsx', 'bench', 'utf-8', 0, 0, 0, 0, 0, 0, '2026-01-01', 'bench')`).run();
    const insertCase = db.prepare(`INSERT INTO cases (id, plaintiff_id, agent_id, defendant_name, defendant_sex, defendant_ethnicity, defendant_birth_date,
        defendant_resident_id, defendant_registered_address, defendant_phone, card_number, card_agreement_date, issuing_branch, credit_limit_fen,
        first_default_date, claim_as_of, principal_fen, interest_fen, penalty_fen, fees_fen, court_name, status, import_id, created_at, updated_at)
      VALUES (@id, 1, 1, @name, 'female', '汉族', '1986-04-12', @residentId, '昆明', '13712345678', @card, '2019-03-15', @branch, 5000000,
        '2024-01-01', '2026-10-31', @principal, @interest, 0, 0, @court, 'draft', @importId, @created, @created)`);
    const insertEvent = db.prepare(`INSERT INTO case_events (case_id, type, date, stage_before, stage_after, details_json, note, actor, created_at)
      VALUES (?, 'note', ?, 'draft', 'draft', '{}', '电话联系被告', 'bench', ?)`);
    const insertRecovery = db.prepare(`INSERT INTO recovery_entries (case_id, kind, date, amount_fen, note, created_at) VALUES (?, 'payment', ?, ?, '', ?)`);
    const insertDeadline = db.prepare(`INSERT INTO case_deadlines (case_id, key, kind, category, due_date, nominal_date, done, title_json, rule_json)
      VALUES (?, ?, ?, 'deadline', ?, ?, ?, '{}', '{}')`);
    const setTracking = db.prepare(`UPDATE case_tracking SET stage = @stage, stage_since = @since, court_case_number = @caseNumber, owner = @owner,
      branch = @branch, court_name = @court, claimed_fen = @claim, calendar_version = @calendarVersion, stale = 0 WHERE case_id = @id`);
    const setReadiness = db.prepare('UPDATE case_list_state SET readiness = ?, blocking_count = ?, readiness_checked_at = ? WHERE case_id = ?');
    for (let id = 1; id <= caseCount; id++) {
      const created = `${day('2025-01-01', Math.floor(rand() * 300))}T09:00:00.000+08:00`;
      const principal = 1_000_000 + Math.floor(rand() * 20_000_000);
      const name = surnames[Math.floor(rand() * surnames.length)]! + given[Math.floor(rand() * given.length)]! + (rand() < 0.6 ? given[Math.floor(rand() * given.length)]! : '');
      const c = {
        id, name, residentId: `5301${String(id).padStart(13, '0')}X`, card: `622588${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`,
        branch: branches[id % branches.length]!, principal, interest: Math.floor(principal / 8), court: courts[id % courts.length]!,
        importId: id % 10 === 0 ? 1 : null, created,
      };
      insertCase.run(c);
      let date = created.slice(0, 10);
      for (let k = 0; k < eventsPerCase; k++) {
        date = day(date, 1 + Math.floor(rand() * 20));
        insertEvent.run(id, date, `${date}T10:00:00.000+08:00`);
      }
      if (rand() < 0.3) insertRecovery.run(id, date, 100_000 + Math.floor(rand() * 1_000_000), `${date}T11:00:00.000+08:00`);
      for (let k = 0; k < 3; k++) {
        const due = day('2026-06-01', Math.floor(rand() * 900));
        insertDeadline.run(id, `${kinds[k]}:${id}`, kinds[(id + k) % kinds.length], due, due, rand() < 0.3 ? 1 : 0);
      }
      const stage = stages[Math.floor(rand() * stages.length)]!;
      setTracking.run({
        id, stage, since: date, caseNumber: stages.indexOf(stage) >= 3 ? `（2025）云0103民初${id}号` : '', owner: owners[id % owners.length],
        branch: c.branch, court: c.court, claim: principal + c.interest, calendarVersion,
      });
      const checked = rand();
      if (checked < 0.7) setReadiness.run(checked < 0.4 ? 'ready' : 'blocked', checked < 0.4 ? 0 : 1 + Math.floor(rand() * 5), date, id);
    }
    db.prepare("UPDATE case_list_state SET archived = 1, archived_at = '2026-11-01T10:00:00.000+08:00' WHERE case_id % 20 = 0").run();
  })();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const services = openServices({ dataDir: dir, actor: 'bench', now: () => new Date('2026-11-28T02:00:00Z') });
  const { db } = services.context;
  try {
    const seedStart = performance.now();
    seed(db, trackingStoreOf(services.context).calendar().version);
    const seedMs = performance.now() - seedStart;
    db.pragma('optimize');
    const counts = db.prepare('SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events, (SELECT count(*) FROM case_deadlines) AS deadlines').get();

    const query = async (input: OperationInput<'case:query'>) => {
      const result = await dispatch(services.handlers, 'case:query', input);
      if (!result.ok) throw new Error(`case:query: ${result.error.message.en}`);
      return result.value as CaseListPage;
    };
    // The first query computes the pinyin initials of every case seeded without them (as after migration 011): once.
    const initialsMs = await time(() => query({}));
    const sample = (await query({ sort: { column: 'id', direction: 'asc' }, offset: Math.floor(caseCount / 2), limit: 1 })).rows[0]!;
    const baselineStatement = db.prepare('SELECT sum(principal_fen + interest_fen + penalty_fen + fees_fen) AS claimed FROM cases');
    const measures: [string, () => unknown][] = [
      ['baseline: full scan of cases', () => baselineStatement.get()],
      ['default (updated, newest first)', () => query({})],
      ...caseListColumns.flatMap((column) => (['asc', 'desc'] as const).map((direction): [string, () => unknown] =>
        [`sort ${column} ${direction}`, () => query({ sort: { column, direction } })])),
      [`page at offset ${Math.floor(caseCount / 2)}`, () => query({ offset: Math.floor(caseCount / 2) })],
      ['filter stage filed', () => query({ filters: { stages: ['filed'] } })],
      ['filter 3 stages', () => query({ filters: { stages: ['accepted', 'hearing', 'judgment'] } })],
      ['filter court', () => query({ filters: { court: courts[3] } })],
      ['filter branch', () => query({ filters: { branch: branches[5] } })],
      ['filter owner', () => query({ filters: { owner: owners[1] } })],
      ['filter readiness blocked', () => query({ filters: { readiness: ['blocked'] } })],
      ['filter readiness unchecked', () => query({ filters: { readiness: ['unchecked'] } })],
      ['filter claim 100,000–120,000 yuan', () => query({ filters: { claimMin: '100000', claimMax: '120000' } })],
      ['filter import batch', () => query({ filters: { importId: 1 } })],
      ['filter created in March 2025', () => query({ filters: { createdFrom: '2025-03-01', createdTo: '2025-03-31' } })],
      ['filter updated in a month', () => query({ filters: { updatedFrom: '2025-06-01', updatedTo: '2025-06-30' } })],
      ['filter archived only', () => query({ filters: { archived: 'only' } })],
      ['filter court + stage, sort claim', () => query({ filters: { court: courts[3], stages: ['filed'] }, sort: { column: 'claim', direction: 'desc' } })],
      ['search name part (伟)', () => query({ search: '伟' })],
      ['search full name', () => query({ search: sample.defendantName })],
      ['search pinyin initials (zw)', () => query({ search: 'zw' })],
      ['search card last 4', () => query({ search: '1234' })],
      ['search resident ID (full)', () => query({ search: `5301${String(sample.id).padStart(13, '0')}X` })],
      ['search 案号 part (民初12345)', () => query({ search: '民初12345' })],
      ['case:query-ids (all matching)', () => dispatch(services.handlers, 'case:query-ids', {})],
      ['case:query-ids (stage filed)', () => dispatch(services.handlers, 'case:query-ids', { filters: { stages: ['filed'] } })],
    ];
    const results: { name: string; medianMs: number }[] = [];
    for (const [name, fn] of measures) {
      await fn();
      const samples: number[] = [];
      for (let r = 0; r < runs; r++) samples.push(await time(fn));
      results.push({ name, medianMs: median(samples) });
    }
    const baseline = results[0]!.medianMs;
    console.log(`Dossier bench/case-list — ${JSON.stringify(counts)}; node ${process.version}`);
    console.log(`seed ${(seedMs / 1000).toFixed(1)} s; pinyin initials of the seeded cases ${(initialsMs / 1000).toFixed(1)} s (one-off, first query)`);
    console.log(`case:query (100 rows and the total) — median of ${runs} runs, and ratio to the baseline full scan (${baseline.toFixed(2)} ms):`);
    for (const r of results) console.log(`  ${r.name.padEnd(40)} ${r.medianMs.toFixed(2).padStart(9)} ms   ×${(r.medianMs / baseline).toFixed(2)}`);
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

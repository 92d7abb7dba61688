import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../core/case/card-number';
import type { Handlers } from '../../core/contract';
import { ok, refused } from '../support/dispatch-call';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const cardWithCheckDigit = (first15: string) => first15 + luhnCheckDigit(first15);

/** Demo profiles plus `count` cases spread over three courts and branches (today: 2026-11-28). */
async function fixture(count: number) {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const values = cases[i % cases.length]!;
    // Each case on its own card: two cases on one card are one debt, which is sued on once (Interp 247).
    const cardNumber = cardWithCheckDigit(`${values.card.cardNumber.slice(0, 13)}${String(i).padStart(2, '0')}`);
    ids.push((await ok(handlers, 'case:create', { values: { ...values, card: { ...values.card, cardNumber } } })).id);
  }
  return { ...services, handlers, ids };
}

/** The 法院代字 of each demo case's court (盘龙区, 官渡区, 大理市), the fixture's cases cycling through them. */
const courtCodes = ['云0103', '云0111', '云2901'];

async function toEffective(handlers: Handlers, caseId: number, serial: number, index: number) {
  const steps: [string, string, Record<string, unknown>?][] = [
    ['marked-ready', '2026-05-01'], ['filed', '2026-05-02'], ['accepted', '2026-05-09', { courtCaseNumber: `（2026）${courtCodes[index % courtCodes.length]}民初${serial}号` }],
    ['judgment', '2026-09-10', { performanceDays: 10, awardedAmount: '20,000.00' }], ['served', '2026-09-16', { party: 'defendant' }], ['effective', '2026-10-09'],
  ];
  for (const [type, date, details] of steps) await ok(handlers, 'event:add', { caseId, event: { type: type as 'filed', date, details: details ?? {} } });
}

describe('dashboard', () => {
  it('adds up: totals, stages, branches and courts equal plain SQL over the source tables', async () => {
    const { handlers, ids, context, close } = await fixture(9);
    try {
      for (let i = 0; i < 4; i++) await toEffective(handlers, ids[i]!, 500 + i, i);
      await ok(handlers, 'recovery:add', { caseId: ids[0]!, entry: { kind: 'payment', date: '2026-10-15', amount: '1,234.56' } });
      await ok(handlers, 'recovery:add', { caseId: ids[1]!, entry: { kind: 'distribution', date: '2026-11-20', amount: '20,000.00' } });
      await ok(handlers, 'recovery:add', { caseId: ids[1]!, entry: { kind: 'cost', costKind: 'enforcement-fee', date: '2026-11-20', amount: '300.00' } });
      await ok(handlers, 'event:add', { caseId: ids[1]!, event: { type: 'recovered', date: '2026-11-21' } });

      const dashboard = await ok(handlers, 'dashboard:get', {});
      const sql = context.db.prepare(
        `SELECT count(*) AS cases, sum(principal_fen + interest_fen + penalty_fen + fees_fen) AS claimed,
                (SELECT coalesce(sum(amount_fen), 0) FROM recovery_entries WHERE kind IN ('payment', 'distribution')) AS recovered,
                (SELECT coalesce(sum(amount_fen), 0) FROM recovery_entries WHERE kind = 'cost') AS costs
         FROM cases`).get() as { cases: number; claimed: number; recovered: number; costs: number };
      expect(dashboard.totals).toEqual({ cases: sql.cases, claimedFen: sql.claimed, recoveredFen: sql.recovered, costsFen: sql.costs, netFen: sql.recovered - sql.costs });
      expect(dashboard.totals.recoveredFen).toBe(2_123_456);

      const sum = (groups: { cases: number; claimedFen: number; recoveredFen: number }[]) =>
        groups.reduce((a, g) => ({ cases: a.cases + g.cases, claimed: a.claimed + g.claimedFen, recovered: a.recovered + g.recoveredFen }), { cases: 0, claimed: 0, recovered: 0 });
      for (const groups of [dashboard.byStage, dashboard.byBranch, dashboard.byCourt]) {
        expect(sum(groups)).toEqual({ cases: sql.cases, claimed: sql.claimed, recovered: sql.recovered });
      }
      const byCourtSql = context.db.prepare(
        `SELECT court_name AS key, count(*) AS cases, sum(principal_fen + interest_fen + penalty_fen + fees_fen) AS claimed FROM cases GROUP BY court_name ORDER BY court_name`).all();
      expect(dashboard.byCourt.map((g) => ({ key: g.key, cases: g.cases, claimed: g.claimedFen })).sort((a, b) => a.key.localeCompare(b.key)))
        .toEqual([...(byCourtSql as { key: string }[])].sort((a, b) => a.key.localeCompare(b.key)));
      expect(Object.fromEntries(dashboard.byStage.map((g) => [g.key, g.cases]))).toEqual({ draft: 5, effective: 3, recovered: 1 });
      const effectiveAging = dashboard.aging.find((a) => a.stage === 'effective')!;
      // 2026-10-09 to 2026-11-28 is 50 days: the 31–90 bucket.
      expect(effectiveAging).toMatchObject({ cases: 3, averageDays: 50, maxDays: 50, buckets: [0, 3, 0, 0, 0] });
    } finally {
      close();
    }
  });

  it('exports an XLSX workbook whose sheets read back with the same totals', async () => {
    const { handlers, ids, close } = await fixture(3);
    try {
      await ok(handlers, 'recovery:add', { caseId: ids[2]!, entry: { kind: 'payment', date: '2026-11-01', amount: '100.10' } });
      const dashboard = await ok(handlers, 'dashboard:get', {});
      const { path } = await ok(handlers, 'dashboard:export', {});
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['总览 Overview', '按阶段 By stage', '按分行 By branch', '按法院 By court', '阶段时长 Aging', '期限 Deadlines']);
      const overview = workbook.getWorksheet('总览 Overview')!;
      expect(overview.getCell('B3').value).toBe(3);
      expect(overview.getCell('B4').value).toBe(Number(dashboard.totals.claimedFen) / 100);
      expect(overview.getCell('B5').value).toBe(100.1);
      const courts = workbook.getWorksheet('按法院 By court')!;
      expect(courts.rowCount).toBe(1 + dashboard.byCourt.length);
    } finally {
      close();
    }
  });
});

describe('deadlines page and calendar export', () => {
  it('lists open deadlines by urgency with filters, and exports them as an ICS file that parses back', async () => {
    const { handlers, ids, close } = await fixture(3);
    try {
      await toEffective(handlers, ids[0]!, 900, 0);
      await ok(handlers, 'tracking:set-owner', { caseIds: [ids[0]!], owner: '张法务' });
      const all = await ok(handlers, 'deadline:list', {});
      expect(all.today).toBe('2026-11-28');
      expect(all.rows.map((r) => r.date)).toEqual([...all.rows.map((r) => r.date)].sort());
      const enforcement = all.rows.find((r) => r.kind === 'enforcement-application')!;
      expect(enforcement).toMatchObject({ caseId: ids[0], date: '2028-10-19', owner: '张法务', courtCaseNumber: '（2026）云0103民初900号' });
      expect(enforcement.rule.zh).toContain('第二百五十条');
      expect(all.owners).toContain('张法务');

      const mine = await ok(handlers, 'deadline:list', { owner: '张法务' });
      expect(mine.rows.every((r) => r.caseId === ids[0])).toBe(true);
      const soon = await ok(handlers, 'deadline:list', { withinDays: 30 });
      expect(soon.rows.every((r) => r.daysLeft <= 30)).toBe(true);
      expect(soon.rows.find((r) => r.kind === 'enforcement-application')).toBeUndefined();
      const onlyLimitation = await ok(handlers, 'deadline:list', { kinds: ['limitation'] });
      expect(onlyLimitation.rows.map((r) => r.kind)).toEqual(['limitation', 'limitation']);

      const { path, count } = await ok(handlers, 'deadline:export-calendar', { owner: '张法务' });
      expect(count).toBe(mine.rows.length);
      const text = readFileSync(path, 'utf8');
      const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(count);
      expect(lines).toContain('DTSTART;VALUE=DATE:20281019');
      expect(lines.some((l) => l.startsWith('SUMMARY:【期限】') && l.includes('申请执行期限届满'))).toBe(true);
    } finally {
      close();
    }
  });

  it('calculates the enforcement deadline and delayed-performance interest', async () => {
    const { handlers, close } = await fixture(0);
    try {
      expect((await ok(handlers, 'calc:enforcement-deadline', { lastPerformanceDay: '2024-01-01' })).date).toBe('2026-01-04');
      const interest = await ok(handlers, 'calc:delay-interest', { base: '100,000', lastPerformanceDay: '2026-03-10', payments: [{ date: '2026-04-09', amount: '30000' }], toDate: '2026-05-09' });
      expect(interest.totalInterestFen).toBe(89_250);
      expect((await refused(handlers, 'calc:delay-interest', { base: 'abc', lastPerformanceDay: '2026-03-10' })).field).toBe('base');
    } finally {
      close();
    }
  });
});

describe('settlement plans and recovery', () => {
  it('saves a plan, credits payments, detects default and lets a completed plan close the case as recovered', async () => {
    const { handlers, ids, context, close } = await fixture(1);
    try {
      const caseId = ids[0]!;
      for (const [type, date] of [['marked-ready', '2026-06-01'], ['filed', '2026-06-02'], ['settlement', '2026-07-10']] as const) {
        await ok(handlers, 'event:add', { caseId, event: { type, date } });
      }
      const plan = await ok(handlers, 'settlement:save', { caseId, plan: { agreedDate: '2026-07-10', context: 'in-suit', totalAmount: '3,000', installmentCount: 3, firstDueDate: '2026-07-31' } });
      expect(plan.installments.map((i) => i.dueDate)).toEqual(['2026-07-31', '2026-08-31', '2026-09-30']);
      expect(plan.status.state).toBe('default');
      expect(plan.status.acceleratedFen).toBe(300_000);
      await ok(handlers, 'recovery:add', { caseId, entry: { kind: 'payment', date: '2026-07-30', amount: '1000', planId: plan.id } });
      let tracking = await ok(handlers, 'tracking:get', { caseId });
      expect(tracking.plans[0]!.status.installments.map((i) => i.status)).toEqual(['paid', 'overdue', 'overdue']);
      expect(tracking.deadlines.filter((d) => d.kind === 'installment').sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.done)).toEqual([true, false, false]);
      expect((await refused(handlers, 'recovery:add', { caseId, entry: { kind: 'cost', date: '2026-07-30', amount: '10' } })).field).toBe('costKind');
      expect((await refused(handlers, 'recovery:add', { caseId, entry: { kind: 'payment', date: '2026-12-30', amount: '10' } })).field).toBe('date');
      await ok(handlers, 'recovery:add', { caseId, entry: { kind: 'payment', date: '2026-11-01', amount: '2000', planId: plan.id } });
      tracking = await ok(handlers, 'tracking:get', { caseId });
      expect(tracking.plans[0]!.status.state).toBe('completed');
      // The settled amount (3,000) is less than the claim, but the completed plan leaves nothing outstanding.
      expect((await ok(handlers, 'event:add', { caseId, event: { type: 'recovered', date: '2026-11-02' } })).tracking.state.stage).toBe('recovered');
      const got = await ok(handlers, 'settlement:get', { planId: plan.id });
      expect(got.status.paidFen).toBe(300_000);
      expect(context.db.prepare('SELECT recovered_fen FROM case_tracking WHERE case_id = ?').get(caseId)).toEqual({ recovered_fen: 300_000 });
      await ok(handlers, 'settlement:delete', { planId: plan.id });
      expect(context.db.prepare('SELECT count(*) AS n FROM recovery_entries WHERE plan_id IS NOT NULL').get()).toEqual({ n: 0 });
    } finally {
      close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { luhnCheckDigit } from '../../core/case/card-number';
import type { Handlers, OperationInput } from '../../core/contract';
import type { ProgressEvent } from '../../core/progress';
import { openServices } from '../../electron/services/open-services';
import { backgroundChunkSize, inlineRefreshLimit } from '../../electron/services/tracking-refresh';
import { trackingStoreOf } from '../../electron/services/tracking-store';
import { ok } from '../support/dispatch-call';
import { demoCases } from '../../electron/services/demo-data';
import { openDemoCaseServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

type EventIn = OperationInput<'event:add'>['event'];
const cardWithCheckDigit = (first15: string) => first15 + luhnCheckDigit(first15);

async function addEvents(handlers: Handlers, caseId: number, events: [EventIn['type'], string, EventIn['details']?][]) {
  for (const [type, date, details] of events) {
    await ok(handlers, 'event:add', { caseId, event: { type, date, details: details ?? {}, note: type === 'note' ? '电话联系被告' : '' } });
  }
}

const toEffective = (number: string): [EventIn['type'], string, EventIn['details']?][] => [
  ['marked-ready', '2026-03-01'], ['filed', '2026-03-02'], ['accepted', '2026-03-09', { courtCaseNumber: number }], ['hearing', '2026-05-20'],
  ['judgment', '2026-06-10', { documentKind: 'judgment', performanceDays: 10, awardedAmount: '20,000.00' }],
  ['served', '2026-06-16', { party: 'defendant' }], ['effective', '2026-07-09'],
];

/** Every derived row, in a fixed order, without the deadline rows' own ids. */
function derivedRows(db: Database.Database) {
  return {
    tracking: db.prepare('SELECT * FROM case_tracking ORDER BY case_id').all(),
    deadlines: db.prepare(
      `SELECT case_id, key, kind, category, due_date, nominal_date, skipped_json, done, basis_event_id, title_json, rule_json, warning_json
       FROM case_deadlines ORDER BY case_id, key`).all(),
  };
}

/**
 * The three demo cases (evidence, ledger, contact records) and six more, each on its own path: the lifecycle to
 * enforcement with an awarded amount, a settlement plan with payments, recovery and costs, a limitation event
 * entered by hand, a withdrawal, one left as a draft; plus an edit of the holiday calendar.
 */
async function variedFixture() {
  const services = await openDemoCaseServices(tempDir());
  const { handlers, ids, plaintiff } = services;
  const cases = demoCases(plaintiff.id, (await ok(handlers, 'agent:list', {}))[0]!.id);
  for (let i = 0; i < 6; i++) {
    const values = cases[i % cases.length]!;
    const cardNumber = cardWithCheckDigit(`${values.card.cardNumber.slice(0, 13)}${String(40 + i).padStart(2, '0')}`);
    ids.push((await ok(handlers, 'case:create', { values: { ...values, card: { ...values.card, cardNumber } } })).id);
  }
  const [a, b, c, d, e, , g] = ids as [number, number, number, number, number, number, number];
  await addEvents(handlers, a, [...toEffective('（2026）云0103民初701号'), ['enforcement-applied', '2026-08-01']]);
  await ok(handlers, 'recovery:add', { caseId: a, entry: { kind: 'distribution', date: '2026-09-01', amount: '1,500.50' } });
  await ok(handlers, 'recovery:add', { caseId: a, entry: { kind: 'cost', date: '2026-08-01', amount: '120', costKind: 'enforcement-fee' } });
  await addEvents(handlers, b, [['marked-ready', '2026-06-01'], ['filed', '2026-06-02'], ['settlement', '2026-07-10']]);
  const plan = await ok(handlers, 'settlement:save', { caseId: b, plan: { agreedDate: '2026-07-10', context: 'in-suit', totalAmount: '3,000', installmentCount: 3, firstDueDate: '2026-07-31' } });
  await ok(handlers, 'recovery:add', { caseId: b, entry: { kind: 'payment', date: '2026-07-30', amount: '1000', planId: plan.id } });
  await ok(handlers, 'limitation:save-event', { caseId: c, values: { date: '2026-01-10', kind: 'acknowledgement', note: '持卡人签署欠款确认书', evidenceId: null } });
  await addEvents(handlers, c, [['note', '2026-02-01']]);
  await addEvents(handlers, d, [['marked-ready', '2026-06-01'], ['filed', '2026-06-02'], ['withdrawal', '2026-06-20']]);
  await addEvents(handlers, e, toEffective('（2026）云0111民初702号'));
  await addEvents(handlers, g, [['marked-ready', '2026-06-01']]);
  await ok(handlers, 'holiday:add-year', { year: 2028, source: '测试：假设的 2028 年安排' });
  await ok(handlers, 'holiday:set-day', { date: '2028-07-24', kind: 'holiday', note: '测试' });
  return services;
}

describe('set-based refresh of derived rows', () => {
  it('writes exactly the rows the per-case sync writes, on every path', async () => {
    const { context, ids, close } = await variedFixture();
    try {
      const { db } = context;
      const store = trackingStoreOf(context);
      const today = store.clock.today();
      const timestamp = store.clock.timestamp();
      db.transaction(() => {
        for (const id of ids) store.sync.sync(id, today, timestamp);
      })();
      const perCase = derivedRows(db);
      // The fixture reaches every kind of derived row: awarded amounts, recovery and costs, plans, limitation, enforcement.
      expect(new Set(perCase.deadlines.map((r) => (r as { kind: string }).kind))).toEqual(new Set(['limitation', 'hearing', 'appeal', 'effective', 'performance', 'enforcement-application', 'installment']));
      expect(perCase.tracking.map((r) => (r as { stage: string }).stage)).toEqual(expect.arrayContaining(['draft', 'ready', 'settlement', 'withdrawal', 'effective', 'enforcement-applied']));

      db.exec("DELETE FROM case_deadlines; UPDATE case_tracking SET stale = 1, awarded_fen = NULL, recovered_fen = 0, calendar_version = 'old', updated_at = ''");
      expect(derivedRows(db)).not.toEqual(perCase);
      expect(store.refreshAll()).toBe(ids.length);
      expect(derivedRows(db)).toEqual(perCase);
      expect(store.derivedStatus()).toEqual({ stale: 0, done: 0, total: 0, running: false });
      // Refreshed again with nothing changed, the deadline rows are left in place (same ids) and still equal.
      const ids0 = db.prepare('SELECT id FROM case_deadlines ORDER BY id').pluck().all();
      db.exec('UPDATE case_tracking SET stale = 1');
      store.refreshAll();
      expect(derivedRows(db)).toEqual(perCase);
      expect(db.prepare('SELECT id FROM case_deadlines ORDER BY id').pluck().all()).toEqual(ids0);
    } finally {
      close();
    }
  });

  it('follows an edit of the holiday calendar: the dashboard call refreshes every case first in the CLI mode', async () => {
    const { handlers, context, ids, close } = await variedFixture();
    try {
      const { db } = context;
      const caseId = ids[4]!;
      const enforcementDue = () => (db.prepare("SELECT due_date AS d FROM case_deadlines WHERE case_id = ? AND kind = 'enforcement-application'").get(caseId) as { d: string }).d;
      await ok(handlers, 'dashboard:get', {});
      const before = enforcementDue();
      await ok(handlers, 'holiday:set-day', { date: before, kind: 'holiday', note: '测试' });
      const store = trackingStoreOf(context);
      await ok(handlers, 'dashboard:get', {});
      expect(enforcementDue() > before).toBe(true);
      expect(db.prepare('SELECT DISTINCT calendar_version AS v, stale FROM case_tracking').all()).toEqual([{ v: store.calendar().version, stale: 0 }]);
    } finally {
      close();
    }
  });
});

/** Services in the app's mode (refresh in the background) over `count` stale cases seeded with plain SQL. */
function backgroundServices(count: number) {
  const progress: ProgressEvent[] = [];
  const dataDir = tempDir();
  const services = openServices({
    dataDir, actor: 'test', now: () => new Date('2026-11-28T02:00:00Z'), refreshDerivedRowsInBackground: true,
    reportProgress: (event) => progress.push(event),
  });
  const { db } = services.context;
  db.transaction(() => {
    db.prepare(`INSERT INTO organisations (id, name, credit_code, address, responsible_person, responsible_title, created_at, updated_at)
      VALUES (1, '云岭银行股份有限公司信用卡中心', '91530100MA6K7Q2X3X', '昆明', '钱立诚', '总经理', '2026-01-01', '2026-01-01')`).run();
    const insertCase = db.prepare(`INSERT INTO cases (id, plaintiff_id, agent_id, defendant_name, defendant_sex, defendant_ethnicity, defendant_birth_date,
        defendant_resident_id, defendant_registered_address, defendant_phone, card_number, card_agreement_date, issuing_branch, credit_limit_fen,
        first_default_date, claim_as_of, principal_fen, interest_fen, penalty_fen, fees_fen, court_name, status, created_at, updated_at)
      VALUES (?, 1, NULL, ?, 'female', '汉族', '1986-04-12', '530102198604120020', '昆明', '13712345678', '6225880012345678', '2019-03-15', '云岭银行股份有限公司第1分行', 5000000,
        '2025-03-01', '2026-10-31', 1000000, 10000, 0, 0, '昆明市盘龙区人民法院', 'draft', '2026-01-05T09:00:00.000+08:00', '2026-01-05T09:00:00.000+08:00')`);
    const insertEvent = db.prepare(`INSERT INTO case_events (case_id, type, date, stage_before, stage_after, details_json, note, actor, created_at)
      VALUES (?, 'marked-ready', '2026-02-01', 'draft', 'ready', '{}', '', 'test', '2026-02-01T10:00:00.000+08:00')`);
    for (let i = 1; i <= count; i++) {
      insertCase.run(i, `被告${i}`);
      insertEvent.run(i);
    }
  })();
  return { ...services, progress };
}

/** Lets the event loop run one turn (one chunk of the background job). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('background refresh (the app)', () => {
  const count = 7 * backgroundChunkSize + 100;

  it('answers a user call from the rows as they are while the job runs, and reports its progress', async () => {
    const { handlers, context, progress, close } = backgroundServices(count);
    try {
      const store = trackingStoreOf(context);
      const first = await ok(handlers, 'derived:status', {});
      expect(first).toMatchObject({ stale: count, total: count, running: true });
      while (store.derivedStatus().done === 0) await nextTurn();
      const during = store.derivedStatus();
      expect(during).toEqual({ stale: count - backgroundChunkSize, done: backgroundChunkSize, total: count, running: true });
      const dashboard = await ok(handlers, 'dashboard:get', {});
      // Answered at once: the job has not moved on, and the dashboard counts the rows as they stand (half still 草稿).
      expect(store.derivedStatus().done).toBe(backgroundChunkSize);
      expect(dashboard.totals.cases).toBe(count);
      expect(dashboard.byStage.find((g) => g.key === 'ready')?.cases).toBe(backgroundChunkSize);
      await store.whenRefreshed();
      expect(store.derivedStatus()).toEqual({ stale: 0, done: 0, total: 0, running: false });
      expect((await ok(handlers, 'dashboard:get', {})).byStage).toEqual([expect.objectContaining({ key: 'ready', cases: count })]);
      const steps = progress.filter((p) => p.operation === 'derived:status');
      expect(steps.map((p) => [p.done, p.total])).toEqual([200, 400, 600, 800, 1000, 1200, 1400, 1500, 1500].map((done) => [done, count]));
      expect(steps[0]!.message.zh).toBe(`正在更新统计数据（200/${count.toLocaleString('en-US')}）`);
    } finally {
      close();
    }
  });

  it('refreshes a handful of stale cases within the call, so the next screen is exact', async () => {
    const { handlers, context, close } = backgroundServices(inlineRefreshLimit);
    try {
      const dashboard = await ok(handlers, 'dashboard:get', {});
      expect(dashboard.byStage).toEqual([expect.objectContaining({ key: 'ready', cases: inlineRefreshLimit })]);
      expect(trackingStoreOf(context).derivedStatus().running).toBe(false);
    } finally {
      close();
    }
  });

  it('stops between chunks when the services close, leaving committed chunks and the rest stale', async () => {
    const { handlers, context, close } = backgroundServices(count);
    const store = trackingStoreOf(context);
    await ok(handlers, 'derived:status', {});
    while (store.derivedStatus().done === 0) await nextTurn();
    const { db } = context;
    const stale = () => (db.prepare('SELECT count(*) AS n FROM case_tracking WHERE stale = 1').get() as { n: number }).n;
    expect(stale()).toBe(count - backgroundChunkSize);
    const idle = store.whenRefreshed();
    store.stopRefresh();
    await idle;
    await nextTurn();
    expect(stale()).toBe(count - backgroundChunkSize);
    close();
    expect(db.open).toBe(false);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Handlers, OperationInput } from '../../core/contract';
import { auditTrail } from '../../electron/db/audit-log';
import { ok, refused } from '../support/dispatch-call';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

type EventIn = OperationInput<'event:add'>['event'];

/** Opens services with the demo profiles and three demo cases (today: 2026-11-28). */
async function withCases() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const ids: number[] = [];
  for (const values of cases) ids.push((await ok(handlers, 'case:create', { values })).id);
  return { ...services, handlers, ids, cases };
}

async function walkToEffective(handlers: Handlers, caseId: number, number: string) {
  const add = (type: EventIn['type'], date: string, details: EventIn['details'] = {}) => ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  await add('marked-ready', '2026-06-01');
  await add('filed', '2026-06-02');
  await add('accepted', '2026-06-09', { courtCaseNumber: number });
  await add('hearing', '2026-08-20');
  await add('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, awardedAmount: '56,918.07' });
  await add('served', '2026-09-16', { party: 'defendant' });
  return add('effective', '2026-10-09');
}

describe('tracking deadlines and the editable holiday calendar', () => {
  it('rolls a deadline over a holiday the user adds, and back when it is cleared', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const caseId = ids[0]!;
      const effective = await walkToEffective(handlers, caseId, '(2026)云0103民初346号');
      expect(effective.tracking.dates.enforcementDeadline?.date).toBe('2028-10-19');
      await ok(handlers, 'holiday:add-year', { year: 2028, source: '测试：假设的 2028 年安排' });
      await ok(handlers, 'holiday:set-day', { date: '2028-10-19', kind: 'holiday', note: '测试' });
      expect((await ok(handlers, 'tracking:get', { caseId })).dates.enforcementDeadline?.date).toBe('2028-10-20');
      await ok(handlers, 'holiday:clear-day', { date: '2028-10-19' });
      expect((await ok(handlers, 'tracking:get', { caseId })).dates.enforcementDeadline?.date).toBe('2028-10-19');
    } finally {
      close();
    }
  });
});

describe('tracking service', () => {
  it('moves a case through the lifecycle, storing stage, numbers and deadlines, with an audit record per event', async () => {
    const { handlers, ids, context, close } = await withCases();
    try {
      const caseId = ids[0]!;
      const initial = await ok(handlers, 'tracking:get', { caseId });
      expect(initial.state.stage).toBe('draft');
      expect(initial.allowedEvents).toEqual(['marked-ready', 'property-frozen', 'note']);
      // The owner defaults to the case's agent.
      expect(initial.owner).toBe('孙明远');

      const effective = await walkToEffective(handlers, caseId, '(2026)云0103民初345号');
      expect(effective.tracking.state).toMatchObject({ stage: 'effective', stageSince: '2026-10-09', courtCaseNumber: '（2026）云0103民初345号' });
      expect(effective.tracking.dates.lastPerformanceDay?.date).toBe('2026-10-19');
      expect(effective.tracking.dates.enforcementDeadline?.date).toBe('2028-10-19');
      const enforcement = effective.tracking.deadlines.find((d) => d.kind === 'enforcement-application')!;
      expect(enforcement.done).toBe(false);

      const applied = await ok(handlers, 'event:add', { caseId, event: { type: 'enforcement-applied', date: '2026-10-20' } });
      expect(applied.tracking.deadlines.find((d) => d.kind === 'enforcement-application')!.done).toBe(true);

      const stored = context.db.prepare('SELECT stage, court_case_number, claimed_fen FROM case_tracking WHERE case_id = ?').get(caseId);
      expect(stored).toEqual({ stage: 'enforcement-applied', court_case_number: '（2026）云0103民初345号', claimed_fen: 5_691_807 });
      const audits = auditTrail(context.db, 'case', caseId).filter((a) => a.after_json?.includes('"tracking"'));
      expect(audits).toHaveLength(8);
      expect(JSON.parse(audits.at(-1)!.after_json!).tracking.event.type).toBe('enforcement-applied');
    } finally {
      close();
    }
  });

  it('stores an attachment by its SHA-256 inside the data folder and reveals it', async () => {
    const { handlers, ids, dataDir, revealed, close } = await withCases().then((s) => ({ ...s, dataDir: s.context.dataDir }));
    try {
      const bytes = Buffer.from('%PDF-1.4 judgment scan (fictional)');
      const result = await ok(handlers, 'event:add', {
        caseId: ids[1]!,
        event: { type: 'note', date: '2026-11-01', note: '收到法院电话通知', attachment: { fileName: 'C:\\scans\\判决书.pdf', base64: bytes.toString('base64') } },
      });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(result.event.attachment).toEqual({ fileName: '判决书.pdf', sha256, sizeBytes: bytes.length });
      const { path } = await ok(handlers, 'event:reveal-attachment', { eventId: result.event.id });
      expect(path.startsWith(dataDir)).toBe(true);
      expect(path.endsWith(result.event.attachment!.sha256)).toBe(true);
      expect(readFileSync(path)).toEqual(bytes);
      expect(revealed).toEqual([path]);
    } finally {
      close();
    }
  });

  it('writes nothing — neither event, audit nor attachment — when a guard refuses', async () => {
    const { handlers, ids, context, close } = await withCases();
    try {
      const caseId = ids[0]!;
      const bytes = Buffer.from('a file that must not stay behind');
      const error = await refused(handlers, 'event:add', { caseId, event: { type: 'enforcement-applied', date: '2026-11-01', attachment: { fileName: 'x.pdf', base64: bytes.toString('base64') } } });
      expect(error.code).toBe('conflict');
      expect(context.db.prepare('SELECT count(*) AS n FROM case_events').get()).toEqual({ n: 0 });
      expect(auditTrail(context.db, 'case', caseId).filter((a) => a.after_json?.includes('"tracking"'))).toEqual([]);
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(existsSync(`${context.dataDir}/attachments/${sha.slice(0, 2)}/${sha}`)).toBe(false);
    } finally {
      close();
    }
  });

  it('refuses a court case number already recorded on another case', async () => {
    const { handlers, ids, cases, close } = await withCases();
    try {
      await walkToEffective(handlers, ids[0]!, '（2026）云0103民初345号');
      // Case 2 moved to case 1's court, so that only the number itself is the same.
      await ok(handlers, 'case:update', { id: ids[1]!, values: { ...cases[1]!, courtName: cases[0]!.courtName } });
      for (const [type, date] of [['marked-ready', '2026-06-01'], ['filed', '2026-06-02']] as const) {
        await ok(handlers, 'event:add', { caseId: ids[1]!, event: { type, date } });
      }
      const error = await refused(handlers, 'event:add', { caseId: ids[1]!, event: { type: 'accepted', date: '2026-06-09', details: { courtCaseNumber: '（2026）云0103民初345号' } } });
      expect(error.code).toBe('conflict');
      expect(error.field).toBe('details.courtCaseNumber');
    } finally {
      close();
    }
  });

  it('records a batch all or nothing, listing every refused row', async () => {
    const { handlers, ids, context, close } = await withCases();
    try {
      for (const caseId of ids) {
        await ok(handlers, 'event:add', { caseId, event: { type: 'marked-ready', date: '2026-06-01' } });
        await ok(handlers, 'event:add', { caseId, event: { type: 'filed', date: '2026-06-02' } });
      }
      // Each demo case's own court: 盘龙区 云0103, 官渡区 云0111, 大理市 云2901.
      const codes = ['云0103', '云0111', '云2901'];
      const items = ids.map((caseId, i) => ({ caseId, details: { courtCaseNumber: `（2026）${codes[i]}民初${100 + i}号` } }));
      const bad = [...items.slice(0, 2), { caseId: ids[2]!, details: { courtCaseNumber: '（2026）云0103民初100号' } }];
      const error = await refused(handlers, 'event:add-batch', { type: 'accepted', date: '2026-06-09', note: '', items: bad });
      expect(error.details.map((d) => d.field)).toEqual(['items.2.details.courtCaseNumber']);
      expect(error.details[0]!.message.zh).toContain('第 3 行');
      expect(error.details[0]!.message.zh).toContain('不是大理市人民法院的代字（应为“云2901”）');
      expect(context.db.prepare("SELECT count(*) AS n FROM case_events WHERE type = 'accepted'").get()).toEqual({ n: 0 });

      const done = await ok(handlers, 'event:add-batch', { type: 'accepted', date: '2026-06-09', note: '同日立案', items });
      expect(done.recorded.map((r) => r.stageAfter)).toEqual(['accepted', 'accepted', 'accepted']);
      const listed = await ok(handlers, 'tracking:cases', { stage: 'accepted', court: '', branch: '', owner: '', query: '', limit: 10 });
      expect(listed.total).toBe(3);
      expect(listed.rows.map((r) => r.courtCaseNumber).sort()).toEqual(items.map((i) => i.details.courtCaseNumber).sort());
    } finally {
      close();
    }
  });

  it('refuses an acceptance numbered with another court’s code, naming the case’s court and its code', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const caseId = ids[1]!;
      await ok(handlers, 'event:add', { caseId, event: { type: 'marked-ready', date: '2026-06-01' } });
      await ok(handlers, 'event:add', { caseId, event: { type: 'filed', date: '2026-06-02' } });
      const error = await refused(handlers, 'event:add', { caseId, event: { type: 'accepted', date: '2026-06-09', details: { courtCaseNumber: '（2026）云0103民初345号' } } });
      expect(error.field).toBe('details.courtCaseNumber');
      expect(error.message.zh).toBe('案号的法院代字“云0103”不是昆明市官渡区人民法院的代字（应为“云0111”）');
      const accepted = await ok(handlers, 'event:add', { caseId, event: { type: 'accepted', date: '2026-06-09', details: { courtCaseNumber: '(2026)云0111民初345号' } } });
      expect(accepted.tracking.state.courtCaseNumber).toBe('（2026）云0111民初345号');
    } finally {
      close();
    }
  });

  it('refuses an event dated before the one it follows, naming both dates', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const caseId = ids[0]!;
      await ok(handlers, 'event:add', { caseId, event: { type: 'marked-ready', date: '2026-06-01' } });
      await ok(handlers, 'event:add', { caseId, event: { type: 'filed', date: '2026-06-05' } });
      const error = await refused(handlers, 'event:add', { caseId, event: { type: 'accepted', date: '2026-06-04', details: { courtCaseNumber: '（2026）云0103民初345号' } } });
      expect(error.field).toBe('date');
      expect(error.message.zh).toBe('“立案受理”的日期 2026-06-04 早于此前登记的“提交立案”的日期 2026-06-05，事件须按时间顺序登记');
    } finally {
      close();
    }
  });

  it('refuses a new suit on a card already under an effective judgment of another case, and a second enforcement of it (Interp 247)', async () => {
    const { handlers, ids, cases, close } = await withCases();
    try {
      // A second case on case 1's card (the same debt), filed while case 1 was still pending.
      const twin = (await ok(handlers, 'case:create', { values: cases[0]! })).id;
      await ok(handlers, 'event:add', { caseId: twin, event: { type: 'marked-ready', date: '2026-06-01' } });
      // A third one, still in preparation when case 1's judgment takes effect.
      const late = (await ok(handlers, 'case:create', { values: cases[0]! })).id;
      await ok(handlers, 'event:add', { caseId: late, event: { type: 'marked-ready', date: '2026-06-01' } });
      await ok(handlers, 'event:add', { caseId: twin, event: { type: 'filed', date: '2026-06-03' } });
      await walkToEffective(handlers, ids[0]!, '（2026）云0103民初345号');

      const suit = await refused(handlers, 'event:add', { caseId: late, event: { type: 'filed', date: '2026-10-20' } });
      expect(suit.code).toBe('conflict');
      expect(suit.message.zh).toContain(`案件 ${ids[0]!} 的生效法律文书确定，再次起诉构成重复起诉`);
      const acceptance = await refused(handlers, 'event:add', { caseId: twin, event: { type: 'accepted', date: '2026-10-20', details: { courtCaseNumber: '（2026）云0103民初346号' } } });
      expect(acceptance.message.zh).toContain('第二百四十七条');
      // A case on another card is another debt.
      await ok(handlers, 'event:add', { caseId: ids[1]!, event: { type: 'marked-ready', date: '2026-06-01' } });
      await ok(handlers, 'event:add', { caseId: ids[1]!, event: { type: 'filed', date: '2026-10-20' } });

      await ok(handlers, 'event:add', { caseId: ids[0]!, event: { type: 'enforcement-applied', date: '2026-10-20' } });
      const second = await refused(handlers, 'event:add', { caseId: ids[0]!, event: { type: 'enforcement-applied', date: '2026-10-21' } });
      expect(second.code).toBe('conflict');
    } finally {
      close();
    }
  });

  it('refuses a second enforcement application on the same card in another case: resumption is the route', async () => {
    const { handlers, ids, cases, close } = await withCases();
    try {
      // Two suits on case 1's card reached judgment side by side; the bank enforces one of them.
      const twin = (await ok(handlers, 'case:create', { values: cases[0]! })).id;
      const steps: [EventIn['type'], string, EventIn['details']][] = [
        ['marked-ready', '2026-06-01', {}], ['filed', '2026-06-02', {}], ['accepted', '2026-06-09', {}], ['hearing', '2026-08-20', {}],
        ['judgment', '2026-09-10', { performanceDays: 10, award: { principal: '48,235.17' } }], ['served', '2026-09-16', { party: 'defendant' }], ['effective', '2026-10-09', {}],
      ];
      for (const [type, date, details] of steps) {
        for (const [caseId, serial] of [[ids[0]!, 345], [twin, 346]] as const) {
          const withNumber = type === 'accepted' ? { courtCaseNumber: `（2026）云0103民初${serial}号` } : details;
          await ok(handlers, 'event:add', { caseId, event: { type, date, details: withNumber } });
        }
      }
      await ok(handlers, 'event:add', { caseId: ids[0]!, event: { type: 'enforcement-applied', date: '2026-10-20' } });
      const error = await refused(handlers, 'event:add', { caseId: twin, event: { type: 'enforcement-applied', date: '2026-10-21' } });
      expect(error.code).toBe('conflict');
      expect(error.message.zh).toContain(`该笔欠款已在案件 ${ids[0]!} 中申请过强制执行，不能再次申请`);
      expect(error.message.zh).toContain('恢复执行');
    } finally {
      close();
    }
  });

  it('undoes only the latest event and restores the stage', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const caseId = ids[0]!;
      const first = await ok(handlers, 'event:add', { caseId, event: { type: 'marked-ready', date: '2026-06-01' } });
      const second = await ok(handlers, 'event:add', { caseId, event: { type: 'filed', date: '2026-06-02' } });
      expect((await refused(handlers, 'event:undo', { caseId, eventId: first.event.id })).code).toBe('conflict');
      const after = await ok(handlers, 'event:undo', { caseId, eventId: second.event.id });
      expect(after.state.stage).toBe('ready');
      expect(after.events.map((e) => e.id)).toEqual([first.event.id]);
    } finally {
      close();
    }
  });

  it('follows an edit of the case: a new first-default date moves the limitation deadline the engine computes', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const caseId = ids[0]!;
      const before = await ok(handlers, 'tracking:get', { caseId });
      // No due date entered: the engine counts from the day before the first default, 2025-06-19 → Mon 2028-06-19.
      expect(before.deadlines.find((d) => d.kind === 'limitation')?.date).toBe('2028-06-19');
      const found = await ok(handlers, 'case:get', { id: caseId });
      const values = {
        plaintiffId: found.plaintiffId, agentId: found.agentId, defendant: found.defendant,
        card: { ...found.card, creditLimit: '50000', firstDefaultDate: '2025-07-01' },
        claim: { asOfDate: found.claim.asOfDate, principal: '48235.17', interest: '6412.90', penalty: '1920.00', fees: '350.00' },
        courtName: found.courtName, status: found.status,
      };
      await ok(handlers, 'case:update', { id: caseId, values });
      const after = await ok(handlers, 'tracking:get', { caseId });
      // First default 2025-07-01: counted from 2025-06-30, three years on Fri 2028-06-30.
      expect(after.deadlines.find((d) => d.kind === 'limitation')?.date).toBe('2028-06-30');
    } finally {
      close();
    }
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { ErrorPayload } from '../../core/errors';
import { dispatch } from '../../electron/services/dispatch';
import { seedProfiles } from '../support/service-fixture';
import { calendarDate, cellText, csvField, runs } from './support/data-arbitraries';
import { databaseFingerprint, expectClearRefusal, openFuzzServices } from './support/import-checks';

const touched = ['contact_records', 'audit_log'];
const FILE = '催收记录.csv';

let services: ReturnType<typeof openFuzzServices>;
let caseId: number;

beforeAll(async () => {
  services = openFuzzServices('dossier-fuzz-contacts-');
  const { cases } = await seedProfiles(services.handlers);
  caseId = (await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) })).id;
});
afterAll(() => services.dispose());

/** The headers a collection system may give each column, as the import recognises them. */
const headerChoices = {
  occurredAt: ['催收时间', '联系时间', '日期时间', 'occurred at', 'datetime'],
  channel: ['方式', '催收方式', '渠道', 'channel'],
  outcome: ['结果', '催收结果', 'outcome'],
  party: ['联系对象', '对象', 'party'],
  partyName: ['联系人姓名', '姓名', 'party name'],
  notes: ['备注', 'notes'],
} as const;
type Column = keyof typeof headerChoices;
const columns = Object.keys(headerChoices) as Column[];

const headerSet = fc.record(Object.fromEntries(columns.map((c) => [c, fc.constantFrom(...headerChoices[c])])) as { [K in Column]: fc.Arbitrary<string> });

const channels = [['电话', 'phone'], ['短信', 'sms'], ['信函', 'letter'], ['上门', 'visit'], ['邮件', 'email'], ['律师函', 'lawyer-letter']] as const;
const outcomes = [['接通', 'reached'], ['承诺还款', 'promise-to-pay'], ['拒绝', 'refused'], ['未接', 'unreachable'], ['部分还款', 'partial-payment']] as const;
const parties = [['', 'cardholder'], ['本人', 'cardholder'], ['紧急联系人', 'emergency-contact'], ['第三方', 'third-party']] as const;

/** A valid contact row from a model: its cells by column, and the record it stands for. */
const validRow = fc.record({
  date: calendarDate('2018-01-01', '2026-11-27'),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  slash: fc.boolean(),
  channel: fc.constantFrom(...channels),
  outcome: fc.constantFrom(...outcomes),
  party: fc.constantFrom(...parties),
  partyName: cellText.filter((t) => t.trim().length <= 60 && !t.includes('\uFFFD')),
  notes: cellText.filter((t) => !t.includes('\uFFFD')),
}).map((r) => {
  const time = `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`;
  const cells: Record<Column, string> = {
    occurredAt: `${r.slash ? r.date.replace(/-/g, '/') : r.date} ${time}`, channel: r.channel[0], outcome: r.outcome[0], party: r.party[0], partyName: r.partyName, notes: r.notes,
  };
  return { cells, record: [`${r.date} ${time}`, r.channel[1], r.outcome[1], r.party[1], r.partyName.trim(), r.notes.trim()] };
});

function csvOf(headers: Record<Column, string>, rows: readonly (readonly string[])[]): string {
  return [columns.map((c) => headers[c]), ...rows].map((cells) => cells.map((c) => csvField(c, ',', false)).join(',')).join('\r\n') + '\r\n';
}

function importCsv(text: string) {
  return dispatch(services.handlers, 'contact:import', { caseId, fileName: FILE, contentBase64: Buffer.from(text).toString('base64') });
}

const stored = () => services.context.db.prepare('SELECT occurred_at, channel, outcome, party, party_name, notes FROM contact_records WHERE case_id = ? ORDER BY id').raw().all(caseId);

describe('contact record import', () => {
  it('stores each valid row as the record it stands for, under any recognised headers, and a re-import changes nothing', { timeout: 90_000 }, async () => {
    await fc.assert(fc.asyncProperty(headerSet, fc.array(validRow, { minLength: 1, maxLength: 6 }), async (headers, rows) => {
      services.context.db.prepare('DELETE FROM contact_records WHERE case_id = ?').run(caseId);
      const text = csvOf(headers, rows.map((r) => columns.map((c) => r.cells[c])));
      expect(await importCsv(text)).toMatchObject({ ok: true, value: { imported: rows.length } });
      expect(stored()).toEqual(rows.map((r) => r.record));
      const before = databaseFingerprint(services.context.db, touched);
      const again = await importCsv(text);
      expect(again).toMatchObject({ ok: true, value: { imported: 0 } });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(2000));
  });

  it('refuses hostile rows and long cells with a DossierError naming the file, row and column header, writing nothing', { timeout: 180_000 }, async () => {
    const hostileCell = fc.oneof(
      cellText,
      fc.constantFrom('2025-02-30 10:00', '2025-01-01 24:00', '2025-01-01', '飞鸽', '?', '', '=cmd', '\u0000'),
      fc.integer({ min: 55, max: 2100 }).map((n) => '长'.repeat(n)),
    );
    const hostileRow = fc.oneof(
      validRow.map((r) => columns.map((c) => r.cells[c])),
      fc.array(hostileCell, { minLength: columns.length, maxLength: columns.length }),
      validRow.chain((r) => fc.tuple(fc.constantFrom(...columns), hostileCell).map(([column, cell]) => columns.map((c) => (c === column ? cell : r.cells[c])))),
    );
    await fc.assert(fc.asyncProperty(headerSet, fc.array(hostileRow, { minLength: 1, maxLength: 6 }), async (headers, rows) => {
      services.context.db.prepare('DELETE FROM contact_records WHERE case_id = ?').run(caseId);
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importCsv(csvOf(headers, rows));
      if (result.ok) return;
      expectClearRefusal(result.error as ErrorPayload, { fileName: FILE, headers: columns.map((c) => headers[c]) });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(8000));
  });
});

describe('contact record import: regressions found by fuzzing', () => {
  it('names an unreadable time by the file\'s own header, "occurred at"', async () => {
    const result = await importCsv('occurred at,方式,结果\r\n长长长,电话,接通\r\n');
    expect(result).toMatchObject({ ok: false, error: { row: 2 } });
    if (!result.ok) expect(result.error.message.en).toContain('Row 2, "occurred at"');
  });

  it('stores nothing new when the same file is imported again', async () => {
    services.context.db.prepare('DELETE FROM contact_records WHERE case_id = ?').run(caseId);
    const text = '催收时间,方式,结果\r\n2025-01-01 10:00,电话,接通\r\n2025-01-01 10:00,电话,接通\r\n';
    expect(await importCsv(text)).toMatchObject({ ok: true, value: { imported: 2 } });
    expect(await importCsv(text)).toMatchObject({ ok: true, value: { imported: 0 } });
    expect(stored()).toHaveLength(2);
  });
});

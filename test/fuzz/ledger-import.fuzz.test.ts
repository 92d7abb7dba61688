import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { LedgerEntryType } from '../../core/claim/ledger-model';
import type { ErrorPayload } from '../../core/errors';
import { dispatch } from '../../electron/services/dispatch';
import { seedProfiles } from '../support/service-fixture';
import { amountWriting, calendarDate, cellText, csvField, lineEnding, runs, writeAmount } from './support/data-arbitraries';
import { databaseFingerprint, expectClearRefusal, openFuzzServices } from './support/import-checks';

const headers = ['交易日期', '交易金额', '交易类型', '交易摘要'];
const mapping = { date: '交易日期', amount: '交易金额', type: '交易类型', description: '交易摘要' };
const touched = ['ledger_entries', 'audit_log'];
const FILE = '明细.csv';

let services: ReturnType<typeof openFuzzServices>;
let caseId: number;

beforeAll(async () => {
  services = openFuzzServices('dossier-fuzz-ledger-');
  const { cases } = await seedProfiles(services.handlers);
  caseId = (await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) })).id;
});
afterAll(() => services.dispose());

/** The words a bank writes for each entry type, and the type the import reads from them. */
const typeWords: [string, LedgerEntryType][] = [
  ['消费', 'consumption'], ['还款', 'payment'], ['利息', 'interest'], ['违约金', 'penalty'], ['年费', 'fee'], ['取现', 'cash-advance'], ['调整', 'adjustment'],
];

/** Writes rows (already as cells) under the ledger headers as CSV text. */
function csvOf(rows: readonly (readonly string[])[], ending: string): string {
  return [headers, ...rows].map((cells) => cells.map((c) => csvField(c, ',', false)).join(',')).join(ending) + ending;
}

function importCsv(text: string) {
  return dispatch(services.handlers, 'ledger:import', { caseId, fileName: FILE, contentBase64: Buffer.from(text).toString('base64'), mapping, replace: true });
}

const storedEntries = () => services.context.db.prepare("SELECT entry_date, type, amount_fen, description FROM ledger_entries WHERE source = 'import' ORDER BY id").raw().all();

/** A valid ledger row from a model: its cells, and the entry decimal.js says it stands for (null: a zero amount, skipped). */
const validRow = fc.record({
  date: calendarDate('2015-01-01', '2026-11-28'),
  dateForm: fc.constantFrom('iso', 'slash', 'chinese', 'compact'),
  writing: amountWriting(fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number)),
  negative: fc.boolean(),
  type: fc.constantFrom(...typeWords),
  description: cellText.filter((t) => !/[\uFFFD]/.test(t)),
}).map(({ date, dateForm, writing, negative, type: [word, type], description }) => {
  const [y, m, d] = date.split('-');
  const dateText = { iso: date, slash: `${y}/${Number(m)}/${Number(d)}`, chinese: `${y}年${Number(m)}月${Number(d)}日`, compact: `${y}${m}${d}` }[dateForm];
  const { text, fen } = writeAmount({ ...writing, fullWidth: false });
  const signed = negative ? -fen : fen;
  const amount = type === 'adjustment' ? signed : Math.abs(signed);
  const stored = description.trim() || word;
  return { cells: [dateText, negative ? `-${text}` : text, word, description], entry: amount === 0 ? null : [date, type, amount, stored] };
});

describe('ledger import', () => {
  it('stores for every valid row the fen decimal.js reads from its amount, skips zero rows, and a re-import changes nothing', { timeout: 90_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.array(validRow, { minLength: 1, maxLength: 8 }), lineEnding, async (rows, ending) => {
      const text = csvOf(rows.map((r) => r.cells), ending);
      const expected = rows.flatMap((r) => (r.entry ? [r.entry] : []));
      const result = await importCsv(text);
      if (expected.length === 0) {
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', file: FILE } });
        return;
      }
      expect(result).toMatchObject({ ok: true, value: { imported: expected.length } });
      const skipped = result.ok ? (result.value as { skipped: { row: number }[] }).skipped.map((s) => s.row) : [];
      expect(skipped).toEqual(rows.flatMap((r, i) => (r.entry ? [] : [i + 2])));
      expect(storedEntries()).toEqual(expected);
      const before = storedEntries();
      expect(await importCsv(text)).toMatchObject({ ok: true, value: { imported: expected.length } });
      expect(storedEntries()).toEqual(before);
    }), runs(2500));
  });

  it('refuses hostile rows with a DossierError naming the file, row and column, and leaves the database byte for byte as it was', { timeout: 90_000 }, async () => {
    const hostileCell = fc.oneof(
      cellText,
      fc.constantFrom('1200,50', '1,2,3', '1e5', '12.345', '-0', '0.00', '999,999,999,999.99', '1,000,000,000,000.00', '2025-02-30', '(12.00)', '¥', '-', '=1+1', '\u0000', '"'),
    );
    const hostileRow = fc.oneof(validRow.map((r) => r.cells), fc.array(hostileCell, { minLength: 1, maxLength: 6 }));
    await fc.assert(fc.asyncProperty(fc.array(hostileRow, { minLength: 1, maxLength: 8 }), fc.boolean(), async (rows, rawQuote) => {
      let text = csvOf(rows, '\n');
      if (rawQuote) text = text.replace(/\n(?=[^\n]*$)/, '\n"');
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importCsv(text);
      if (result.ok) return;
      expectClearRefusal(result.error as ErrorPayload, { fileName: FILE, headers });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(6000));
  });

  it('refuses a file of amounts that together pass the limit, naming the row where the total passes it, and stores nothing', { timeout: 90_000 }, async () => {
    const big = fc.bigInt({ min: 10n ** 13n, max: 99_999_999_999_999n }).map(Number);
    await fc.assert(fc.asyncProperty(fc.array(big, { minLength: 2, maxLength: 12 }), async (amounts) => {
      const rows = amounts.map((fen) => ['2025-01-01', writeAmount({ fen, grouped: true, decimals: 2, prefix: '', leadingZeros: 0, fullWidth: false }).text, '消费', '']);
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importCsv(csvOf(rows, '\r\n'));
      let total = 0;
      const passes = amounts.findIndex((fen) => (total += fen) > 99_999_999_999_999);
      if (passes < 0) {
        expect(result.ok).toBe(true);
        return;
      }
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', row: passes + 2 } });
      if (!result.ok) expectClearRefusal(result.error as ErrorPayload, { fileName: FILE, headers });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(1500));
  });
});

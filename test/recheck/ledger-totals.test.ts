/**
 * The "100k rows of 999,999,999,999.99 are accepted and then `dossier claim` fails for ever": an import is
 * refused before storing when the ledger would pass what a claim can hold, whether in one file, in files added to
 * the ledger one after another, or by hand; and a claim over the ledger stored stays computable.
 */
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { dispatch } from '../../electron/services/dispatch';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const mapping = { date: '交易日期', amount: '交易金额', description: '交易摘要' };
const csv = (rows: number) => '交易日期,交易金额,交易摘要\n' + '2025-01-01,"999,999,999,999.99",消费\n'.repeat(rows);

describe('a ledger at the limit of a claim', () => {
  it('refuses 100,000 rows of 999,999,999,999.99, a second file added on top and a hand entry on top, and the claim still computes', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    try {
      const { cases } = await seedProfiles(services.handlers);
      const { id: caseId } = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const importCsv = (text: string, replace: boolean) => dispatch(services.handlers, 'ledger:import', {
        caseId, fileName: '明细.csv', contentBase64: Buffer.from(text).toString('base64'), encoding: 'auto', mapping, replace,
      });
      const stored = async () => (await services.handlers['ledger:list']({ caseId })).length;

      const huge = await importCsv(csv(100_000), true);
      expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 3 } });
      expect(await stored()).toBe(0);

      expect(await importCsv(csv(1), true)).toMatchObject({ ok: true, value: { imported: 1 } });
      // Added to what is stored (not replacing it), the second file would pass the limit too.
      const added = await importCsv(csv(1), false);
      expect(added.ok).toBe(false);
      expect(await stored()).toBe(1);
      const byHand = await dispatch(services.handlers, 'ledger:add-entry', { caseId, entry: { date: '2025-01-02', type: 'consumption', amount: '999,999,999,999.99', description: '手工' } });
      expect(byHand.ok).toBe(false);
      expect(await stored()).toBe(1);

      const claim = await dispatch(services.handlers, 'claim:compute', { caseId, asOf: '2026-11-28' });
      expect(claim.ok, JSON.stringify(claim)).toBe(true);
      const run = await cli(['claim', String(caseId), '--as-of', '2026-11-28', '--db', services.context.databasePath, '--json']);
      expect(run.code, run.out).toBe(0);
    } finally {
      services.close();
    }
  }, 120_000);

  it('computes no claim from a ledger an earlier version stored past the limit, saying so in words, and a replacing import mends it', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    try {
      const { cases } = await seedProfiles(services.handlers);
      const { id: caseId } = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const insert = services.context.db.prepare(
        "INSERT INTO ledger_entries (case_id, entry_date, type, amount_fen, description, source, created_at) VALUES (?, '2025-01-01', 'consumption', 99999999999999, '消费', 'import', '2026-01-01T00:00:00+08:00')",
      );
      services.context.db.transaction(() => { for (let i = 0; i < 100_000; i += 1) insert.run(caseId); }).immediate();
      const claim = await dispatch(services.handlers, 'claim:compute', { caseId, asOf: '2026-11-28' });
      expect(claim.ok, JSON.stringify(claim).slice(0, 300)).toBe(false);
      if (!claim.ok) {
        expect(claim.error.code).toBe('invalid-input');
        expect(claim.error.message.zh).toMatch(/账单|流水|金额/);
        expect(`${claim.error.message.zh} ${claim.error.message.en}`).not.toMatch(/fen|分$|whole number|Internal|内部错误/);
      }
      // Not for ever: importing the corrected file in place of the stored one gives a claim again.
      const fixed = await dispatch(services.handlers, 'ledger:import', {
        caseId, fileName: '明细.csv', contentBase64: Buffer.from(csv(1)).toString('base64'), encoding: 'auto', mapping, replace: true,
      });
      expect(fixed).toMatchObject({ ok: true, value: { imported: 1 } });
      expect((await dispatch(services.handlers, 'claim:compute', { caseId, asOf: '2026-11-28' })).ok).toBe(true);
    } finally {
      services.close();
    }
  }, 60_000);
});

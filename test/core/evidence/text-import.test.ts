import { describe, expect, it } from 'vitest';
import { importLedgerTable, normaliseDate, suggestLedgerMapping } from '../../../core/claim/ledger-import';
import { DossierError } from '../../../core/errors';
import { importContactTable } from '../../../core/evidence/contact-import';
import { matchFilesToCases } from '../../../core/evidence/file-name-match';
import { readTable } from '../../../electron/tables/read-table';
import { makeCardNumber, makeResidentId } from '../../support/identities';

/** The table the reading layer makes of CSV text. */
const tableOf = (text: string, fileName: string) => readTable({ fileName, bytes: new TextEncoder().encode(text) });

const csv = '信用卡交易明细\n交易日期,交易类型,交易金额,交易描述\n2025/3/1,消费,"1,000.00",某超市\n2025年3月20日,还款,-200.00,网银还款 𠮷\n';

describe('table imports', () => {
  it('skips a title line, maps columns and types, and reads dates and signed amounts', async () => {
    const table = await tableOf(csv, 'a.csv');
    expect(table.headers).toEqual(['交易日期', '交易类型', '交易金额', '交易描述']);
    const mapping = suggestLedgerMapping(table.headers);
    expect(mapping).toMatchObject({ date: '交易日期', type: '交易类型', amount: '交易金额', description: '交易描述' });
    expect(importLedgerTable(table, mapping, 'a.csv').entries).toEqual([
      { date: '2025-03-01', type: 'consumption', amountFen: 100_000, description: '某超市' },
      { date: '2025-03-20', type: 'payment', amountFen: 20_000, description: '网银还款 𠮷' },
    ]);
    expect(normaliseDate('20250229')).toBeNull();
    expect(normaliseDate('2024-02-29 13:01:02')).toBe('2024-02-29');
  });

  it('reports every bad row with its line number and imports nothing', async () => {
    const table = await tableOf('日期,金额,摘要\n2025-01-01,12.345,消费\n2025-02-30,10,消费\n2025-03-01,5,消费\n', 'bad.csv');
    try {
      importLedgerTable(table, suggestLedgerMapping(table.headers), 'bad.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DossierError);
      const e = error as DossierError;
      expect(e.location).toMatchObject({ file: 'bad.csv', row: 2 });
      expect(e.details.map((d) => d.field)).toEqual(['row 2 · 金额', 'row 3 · 日期']);
      expect(e.text.zh).toContain('未导入任何记录');
    }
  });

  it('imports contact records with Chinese headers and values', async () => {
    const table = await tableOf('催收时间,方式,联系对象,号码,是否预留号码,结果,送达凭证,送达状态,备注\n2026-03-01 23:05,电话,本人,13712345678,是,承诺还款,录音,,夜间致电\n2026-03-05 10:00,短信,本人,13712345678,是,已送达,短信送达报告,已送达,提醒短信\n', 'c.csv');
    const records = importContactTable(table, 'c.csv');
    expect(records.map((r) => [r.occurredAt, r.channel, r.party, r.outcome, r.deliveryProof, r.deliveryStatus, r.toReservedContact])).toEqual([
      ['2026-03-01 23:05', 'phone', 'cardholder', 'promise-to-pay', 'call-recording', 'unknown', true],
      ['2026-03-05 10:00', 'sms', 'cardholder', 'reached', 'sms-report', 'delivered', true],
    ]);
  });

  it('matches file names to cases by card number or ID number and guesses the kind', () => {
    const card = makeCardNumber('622588001234567');
    const id = makeResidentId('530102', '1986-04-12', '002');
    const cases = [{ id: 7, defendantName: '李晓梅', cardNumber: card, residentId: id }, { id: 8, defendantName: '王建国', cardNumber: makeCardNumber('625907000987654'), residentId: makeResidentId('532326', '1979-11-03', '031') }];
    const matches = matchFilesToCases([`${card}_对账单.pdf`, `扫描件/李晓梅-${id}-身份证.jpg`, '无关文件.pdf', `${card}-${cases[1]!.residentId}.pdf`, `${id}-欠款计算明细.pdf`], cases);
    expect(matches.map((m) => [m.caseId, m.matchedBy, m.kind])).toEqual([
      [7, 'card-number', 'statement'], [7, 'resident-id', 'identity'], [null, null, null], [null, null, null], [7, 'resident-id', 'arrears-calculation'],
    ]);
    expect(matches[3]!.ambiguous.sort()).toEqual([7, 8]);
  });
});

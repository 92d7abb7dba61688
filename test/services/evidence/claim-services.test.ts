import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { claimedFen } from '../../../core/claim/claim-breakdown';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';
import { makeXlsx } from './evidence-fixtures';

const tempDir = useTempDir();
const b64 = (bytes: Buffer | Uint8Array) => Buffer.from(bytes).toString('base64');
const ledgerCsv = '交易日期,交易类型,交易金额,交易描述\n2025-01-10,消费,10000.00,某商场\n2025-02-10,利息,150.00,透支利息\n2025-02-15,还款,-1000.00,自动扣款还款\n2025-03-01,违约金,50.00,违约金\n2025-03-05,年费,20.00,年费\n';

async function setUp() {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  return { ...services, caseId: created.id };
}

describe('ledger, claim, contacts and limitation services', () => {
  it('imports a GBK ledger, computes the hand-checked claim, and a GB18030 file replaces it', async () => {
    const { handlers, caseId, close } = await setUp();
    const gbk = iconv.encode(ledgerCsv, 'gbk');
    const preview = await handlers['ledger:preview']({ fileName: '明细.csv', contentBase64: b64(gbk), encoding: 'auto' });
    expect(preview).toMatchObject({ encoding: 'gb18030', rowCount: 5, suggested: { date: '交易日期', amount: '交易金额', type: '交易类型' } });
    expect(await handlers['ledger:import']({ caseId, fileName: '明细.csv', contentBase64: b64(gbk), encoding: 'gbk', mapping: preview.suggested, replace: true })).toEqual({ imported: 5, skipped: [] });
    const claim = await handlers['claim:compute']({ caseId, asOf: '2025-03-31' });
    expect([claimedFen(claim, 'principal'), claimedFen(claim, 'interest'), claimedFen(claim, 'penalty'), claimedFen(claim, 'fees')]).toEqual([915_000, 22_588, 5_000, 2_000]);
    const gb18030 = iconv.encode(ledgerCsv.replace('某商场', '𠮷野家'), 'gb18030');
    await handlers['ledger:import']({ caseId, fileName: 'b.csv', contentBase64: b64(gb18030), encoding: 'gb18030', mapping: preview.suggested, replace: true });
    const entries = await handlers['ledger:list']({ caseId });
    expect(entries).toHaveLength(5);
    expect(entries[0]!.description).toBe('𠮷野家');
    close();
  });

  it('imports an XLSX ledger with date cells, and refuses a bad file leaving the ledger as it was', async () => {
    const { handlers, caseId, close } = await setUp();
    const xlsx = await makeXlsx([['记账日期', '摘要', '金额'], [new Date(Date.UTC(2025, 0, 10)), '消费 某商场', 1234.56], [new Date(Date.UTC(2025, 1, 3)), '还款', -200]]);
    const preview = await handlers['ledger:preview']({ fileName: '明细.xlsx', contentBase64: b64(xlsx), encoding: 'auto' });
    expect(preview.encoding).toBe('xlsx');
    await handlers['ledger:import']({ caseId, fileName: '明细.xlsx', contentBase64: b64(xlsx), encoding: 'auto', mapping: preview.suggested, replace: true });
    expect((await handlers['ledger:list']({ caseId })).map((e) => [e.date, e.type, e.amountFen])).toEqual([['2025-01-10', 'consumption', 123_456], ['2025-02-03', 'payment', 20_000]]);
    const bad = await dispatch(handlers, 'ledger:import', { caseId, fileName: 'bad.csv', contentBase64: b64(Buffer.from('日期,金额\n2025-13-01,5\n')), mapping: { date: '日期', amount: '金额' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', row: 2, file: 'bad.csv' } });
    expect(await handlers['ledger:list']({ caseId })).toHaveLength(2);
    close();
  });

  it('enters balances directly and replaces them on the next entry', async () => {
    const { handlers, caseId, close } = await setUp();
    await handlers['ledger:set-balances']({ caseId, balances: { date: '2026-10-31', principal: '48,235.17', interest: '6412.90', penalty: '1920', fees: '350' } });
    await handlers['ledger:set-balances']({ caseId, balances: { date: '2026-10-31', principal: '48,235.17', interest: '6412.90', penalty: '1920', fees: '0' } });
    const claim = await handlers['claim:compute']({ caseId });
    expect(claim.lines.map((l) => l.claimedFen)).toEqual([4_823_517, 641_290, 192_000, 0]);
    close();
  });

  it('flags contact records for review while still counting them for limitation, and counts a bank debit as an interruption', async () => {
    const { handlers, caseId, close } = await setUp();
    await handlers['claim:save-terms']({ caseId, terms: cardTermsInput.parse({ dueDate: '2023-03-10', plannedFilingDate: '2026-11-28' }) });
    const csv = '催收时间,方式,联系对象,号码,是否预留号码,结果,送达凭证,送达状态,送达日期,备注\n'
      + '2025-05-01 23:30,律师函,本人,昆明市盘龙区北京路1200号,是,已送达,签收回执,妥投,2025-05-03,夜间投递\n'
      + '2025-06-01 22:40,电话,本人,13712345678,是,承诺还款,录音,,,夜间致电\n'
      + '2025-07-01 10:00,信函,本人,昆明市盘龙区北京路1200号,是,未接通,邮寄,退回,,查无此人\n';
    expect(await handlers['contact:import']({ caseId, fileName: '催收.csv', contentBase64: b64(Buffer.from(csv)), encoding: 'auto' })).toEqual({ imported: 3 });
    const views = await handlers['contact:list']({ caseId });
    expect(views.map((v) => [v.record.channel, v.reliable, v.flags.map((f) => f.id).join(), v.demand?.proven])).toEqual([
      ['lawyer-letter', false, 'C9', true], ['phone', false, 'C4', true], ['letter', false, 'C9', true],
    ]);
    // Flags ask for review; they never take a record out of the count. The letter to the reserved address
    // interrupts on sending even though it came back (银行卡规定 art. 3(2)); the night call's promise counts.
    let limitation = await handlers['limitation:compute']({ caseId });
    expect(limitation.timeline.map((s) => s.effect)).toEqual(['restarted', 'restarted', 'restarted']);
    expect(limitation.timeline.every((s) => s.note.zh.includes('请律师复核'))).toBe(true);
    expect(limitation.restsOn?.date).toBe('2025-07-01');
    // 2028-07-01 is a Saturday: Monday 3 July.
    expect(limitation.period?.lastDay).toBe('2028-07-03');
    expect(limitation.status).toBe('running');
    // A lawyer's review clears C9 on the lawyer's letter: the review request leaves its line, the date stays.
    const letter = views[0]!.record;
    const { id: _id, caseId: _c, ...values } = letter;
    await handlers['contact:save']({ caseId, id: letter.id, values: { ...values, reviewNote: '函件原件已核对' } });
    limitation = await handlers['limitation:compute']({ caseId });
    expect(limitation.timeline[0]!.note.zh).not.toContain('请律师复核');
    expect(limitation.period?.lastDay).toBe('2028-07-03');
    // A later debit by the bank (银行卡规定 art. 3(1)) restarts it again.
    await handlers['ledger:add-entry']({ caseId, entry: { date: '2025-09-01', type: 'payment', amount: '100', description: '自动扣款' } });
    limitation = await handlers['limitation:compute']({ caseId });
    expect(limitation.timeline.find((s) => s.source.type === 'ledger')).toMatchObject({ kind: 'account-debit', effect: 'restarted' });
    expect(limitation.period?.nominal).toBe('2028-09-01');
    // A manual acknowledgement is listed and counted too.
    await handlers['limitation:save-event']({ caseId, values: { date: '2026-01-05', kind: 'acknowledgement', note: '持卡人签署欠款确认书', evidenceId: null } });
    expect((await handlers['limitation:compute']({ caseId })).restsOn?.description.zh).toBe('持卡人签署欠款确认书');
    close();
  });

  it('edits the holiday calendar over the bundled file and the limitation follows', async () => {
    const { handlers, close } = await setUp();
    expect((await handlers['limitation:calc']({ from: '2024-06-01' })).calendarWarning).not.toBeNull();
    const refused = await dispatch(handlers, 'holiday:set-day', { date: '2027-06-01', kind: 'holiday' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await handlers['holiday:add-year']({ year: 2027, source: '国务院办公厅关于2027年部分节假日安排的通知（测试）' });
    const view = await handlers['holiday:set-day']({ date: '2027-06-01', kind: 'holiday', note: '测试假日' });
    expect(view.bundledYears).toContain(2026);
    expect(view.calendar.years.find((y) => y.year === 2027)!.holidays).toEqual(['2027-06-01']);
    const rolled = await handlers['limitation:calc']({ from: '2024-06-01' });
    expect(rolled).toMatchObject({ nominal: '2027-06-01', lastDay: '2027-06-02', calendarWarning: null });
    await handlers['holiday:clear-day']({ date: '2027-06-01' });
    expect((await handlers['limitation:calc']({ from: '2024-06-01' })).lastDay).toBe('2027-06-01');
    close();
  });
});

/**
 * The filing set reads the other areas' records: the court chosen on the jurisdiction tab (issue 4), the
 * case number, settlement plan, judgment, payments and property recorded in tracking (issue 7). A demo case
 * is taken through the real services, then the complaint, settlement agreement, enforcement application and
 * withdrawal application are generated without any entered inputs and read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { Case } from '../../core/case/case-model';
import { chineseDate } from '../../core/calendar/chinese-date';
import { acceptanceFee } from '../../core/court/fee-calculator';
import { amountInCapitals } from '../../core/money/amount-in-capitals';
import { formatYuan } from '../../core/money/fen';
import { delayInterest } from '../../core/tracking/delay-interest';
import { loadFilingData } from '../../electron/services/document-filing-data';
import { ok } from '../support/dispatch-call';
import { squash } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const CASE_NUMBER = '（2026）云0111民初2345号';

/** The PDF's text in drawing order, whitespace squashed and page footers taken out. */
function pdfContent(path: string): string {
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/第\d+页共\d+页/g, '');
}

const totalOf = (c: Case) => c.claim.principalFen + c.claim.interestFen + c.claim.penaltyFen + c.claim.feesFen;

/**
 * Demo case 1 (王建国, claim 126,115.94 as of 2026-05-31) with no court at intake: the court is chosen on the advisor's
 * grounds, the case accepted under a number, an in-suit settlement agreed and defaulted, then a judgment
 * for the claim served, effective, part paid, and a deposit frozen. Today is 2026-11-28.
 */
async function recordedCase() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const created = await ok(handlers, 'case:create', { values: caseInput.parse({ ...cases[1]!, courtName: '', claim: { ...cases[1]!.claim, asOfDate: '2026-05-31' } }) });
  const caseId = created.id;
  await ok(handlers, 'jurisdiction:save', { caseId, facts: { habitualSince: '2024-03-01', habitualProof: '昆明市居住证' }, plaintiffLocation: { divisionCode: '530102', isBranch: true } });
  await ok(handlers, 'jurisdiction:choose', { caseId, courtId: 'basic-530111' });
  const event = (type: Parameters<typeof handlers['event:add']>[0]['event']['type'], date: string, details = {}) =>
    ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  await event('marked-ready', '2026-06-01');
  await event('filed', '2026-06-02');
  await event('accepted', '2026-06-09', { courtCaseNumber: '(2026)云0111民初2345号' });
  const plan = await ok(handlers, 'settlement:save', {
    caseId,
    plan: { agreedDate: '2026-06-20', context: 'in-suit', totalAmount: '120,000.00', installmentCount: 6, firstDueDate: '2026-07-20', graceDays: 5, onDefault: 'original-debt', originalDebtAmount: formatYuan(totalOf(created)) },
  });
  await event('hearing', '2026-08-20');
  // The judgment awards the claim item by item (the award is entered with the judgment event).
  const award = { principal: formatYuan(created.claim.principalFen), interest: formatYuan(created.claim.interestFen), penalty: formatYuan(created.claim.penaltyFen), fees: formatYuan(created.claim.feesFen) };
  await event('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, award });
  await event('served', '2026-09-16', { party: 'defendant' });
  await event('effective', '2026-10-09');
  await ok(handlers, 'recovery:add', { caseId, entry: { kind: 'payment', date: '2026-10-30', amount: '2,000.00' } });
  await ok(handlers, 'event:add', { caseId, event: { type: 'property-frozen', date: '2026-10-25', details: { propertyKind: 'deposit', propertyDescription: '被执行人在滇中农村商业银行账户（尾号 7788）内的存款' } } });
  const found = await ok(handlers, 'case:get', { id: caseId });
  const generate = async (templateId: string, inputs?: Record<string, unknown>) => {
    const docs = await ok(handlers, 'document:generate', { caseId, templateId, formats: ['pdf'], ...(inputs ? { inputs } : {}) });
    return pdfContent(docs[0]!.path);
  };
  return { ...services, caseId, found, plan, generate };
}

describe('the filing set from the recorded court, tracking and settlement', () => {
  it('addresses the complaint to the chosen court and states its ground and the fee core/court computes', async () => {
    const c = await recordedCase();
    try {
      expect(c.found.courtName).toBe('昆明市官渡区人民法院');
      const complaint = await c.generate('complaint');
      expect(complaint).toContain(squash('此致 昆明市官渡区人民法院'));
      const { data } = loadFilingData(c.context, c.caseId, undefined);
      expect(data.court.reason).toContain('连续居住满一年');
      expect(data.court.reason).toContain('《民事诉讼法》第二十二条');
      const view = await ok(c.handlers, 'jurisdiction:get', { caseId: c.caseId });
      expect(data.court.procedure).toBe(view.advice.procedure.likelyProcedure);
      // The same figure as the jurisdiction tab's fee panel: one computation, core/court's.
      expect(data.court.acceptanceFeeFen).toBe(view.fees.acceptance.payableFen);
      expect(data.proceedings.courtCaseNumber).toBe(CASE_NUMBER);
      const withdrawal = await c.generate('withdrawal-application');
      expect(withdrawal).toContain(CASE_NUMBER);
    } finally {
      c.close();
    }
  });

  it('prints the stored settlement plan: its date, schedule rows, conditional waiver and the halved acceptance fee', async () => {
    const c = await recordedCase();
    try {
      const text = await c.generate('settlement-agreement');
      expect(text).toContain(squash(`（昆明市官渡区人民法院，案号：${CASE_NUMBER}）`));
      expect(text).toContain(squash(`签订日期：${chineseDate('2026-06-20')}`));
      // The debt confirmed as of the claim's cut-off, with its components (the agreement restates the claim).
      expect(text).toContain(squash(`截至${chineseDate('2026-05-31')}，乙方尚欠甲方信用卡（卡号：${c.found.card.cardNumber}）欠款共计人民币${formatYuan(totalOf(c.found))}元`));
      expect(text).toContain(squash(`其中透支本金${formatYuan(c.found.claim.principalFen)}元`));
      expect(c.plan.installments.map((i) => [i.dueDate, i.amountFen])).toEqual([
        ['2026-07-20', 2_000_000], ['2026-08-20', 2_000_000], ['2026-09-20', 2_000_000], ['2026-10-20', 2_000_000], ['2026-11-20', 2_000_000], ['2026-12-20', 2_000_000],
      ]);
      let remaining = c.plan.totalFen;
      for (const instalment of c.plan.installments) {
        remaining -= instalment.amountFen;
        expect(text).toContain(`${instalment.seq}${squash(chineseDate(instalment.dueDate))}${formatYuan(instalment.amountFen)}${formatYuan(remaining)}`);
      }
      // Original debt 126,115.94, settled at 120,000.00: 6,115.94 waived on condition, revived on default.
      expect(text).toContain(squash(`减免上述欠款中的人民币6,115.94元`));
      expect(text).toContain('分6期偿还');
      expect(text).toContain('逾期超过5日');
      // Mediation halves the fee once (Fee Measures art. 15; Interp 206): 2,822.32 → 1,411.16.
      const view = await ok(c.handlers, 'jurisdiction:get', { caseId: c.caseId });
      const fee = acceptanceFee(totalOf(c.found), view.advice.procedure.likelyProcedure, 'mediation');
      expect(fee.fullFen).toBe(282_232);
      expect(fee.payableFen).toBe(141_116);
      // No ending recorded: the agreement states no halved figure and leaves the ending to tick.
      expect(text).toContain(squash('本案案件受理费按第五条所选方式减半收取'));
      expect(text).toContain('□甲、乙双方共同请求');
      expect(text).not.toContain('1,411.16');

      // The form's own prefill (12 monthly instalments from next month) does not replace the stored plan; its chosen ending prints the halved fee.
      const suggested = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'settlement-agreement' });
      const withForm = await c.generate('settlement-agreement', { settlement: { ...suggested.suggested.settlement!, ending: 'mediation' }, proceedings: suggested.suggested.proceedings });
      expect(withForm).toContain(squash('本案案件受理费减半后为人民币1,411.16元，由乙方负担'));
      expect(withForm).toContain('分6期偿还');
      expect(withForm).toContain(CASE_NUMBER);
      expect(withForm).not.toContain('分12期偿还');
    } finally {
      c.close();
    }
  });

  it('builds the enforcement application from the judgment, its dates, the payment and the frozen deposit, with core/tracking’s interest', async () => {
    const c = await recordedCase();
    try {
      const text = await c.generate('enforcement-application');
      const total = totalOf(c.found);
      // Effective 2026-10-09, perform within 10 days: last day 2026-10-19 (decision-dates.ts, CPL 85).
      expect(text).toContain(squash(`昆明市官渡区人民法院${CASE_NUMBER}民事判决书，已于${chineseDate('2026-10-09')}发生法律效力，履行期限于${chineseDate('2026-10-19')}届满`));
      expect(text).toContain(squash(`人民币${formatYuan(total)}元`));
      expect(text).toContain(squash(`扣除被执行人已履行的人民币2,000.00元，尚余人民币${formatYuan(total - 200_000)}元`));
      // The doubled part on the award less ordinary interest (法释〔2014〕8号 art. 1), days = end − last day (domain.md §6.3):
      // 104,810.50 × 1.75‱ × 11 days = 201.7602125 → 201.76; 102,810.50 × 1.75‱ × 29 days = 521.7632875 → 521.76.
      const base = total - c.found.claim.interestFen;
      const interest = delayInterest(base, '2026-10-19', [{ date: '2026-10-30', amountFen: 200_000 }], '2026-11-28');
      expect(interest.segments.map((s) => [s.days, s.interestFen])).toEqual([[11, 20_176], [29, 52_176]]);
      expect(interest.totalInterestFen).toBe(72_352);
      expect(text).toContain(squash(`自${chineseDate('2026-10-20')}起暂计至${chineseDate('2026-11-28')}为人民币723.52元`));
      expect(text).toContain(squash(`${chineseDate('2026-10-19')}${chineseDate('2026-10-30')}11${formatYuan(base)}0.0175%201.76`));
      expect(text).toContain(squash(`${chineseDate('2026-10-30')}${chineseDate('2026-11-28')}29${formatYuan(base - 200_000)}0.0175%521.76`));
      const requested = total - 200_000 + 72_352;
      expect(text).toContain(squash(`暂合计人民币${formatYuan(requested)}元（大写：人民币${amountInCapitals(requested)}）`));
      expect(text).toContain(squash(`被执行人在滇中农村商业银行账户（尾号 7788）内的存款（已于${chineseDate('2026-10-25')}冻结）`));

      // What the user enters wins; what the form leaves empty comes from the record.
      const suggested = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'enforcement-application' });
      const entered = await c.generate('enforcement-application', { enforcement: { ...suggested.suggested.enforcement!, interestToDate: '2026-10-30' } });
      expect(entered).toContain(CASE_NUMBER);
      expect(entered).toContain(squash(`暂计至${chineseDate('2026-10-30')}为人民币201.76元`));
    } finally {
      c.close();
    }
  });
});

/** Demo case 1 (李晓梅, 盘龙区) taken to an effective judgment with the given judgment details. */
async function judgedCase(judgment: Record<string, unknown>) {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const created = await ok(handlers, 'case:create', { values: caseInput.parse(cases[0]!) });
  const caseId = created.id;
  const event = (type: Parameters<typeof handlers['event:add']>[0]['event']['type'], date: string, details = {}) =>
    ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  await event('marked-ready', '2026-06-01');
  await event('filed', '2026-06-02');
  await event('accepted', '2026-06-09', { courtCaseNumber: '(2026)云0103民初77号' });
  await event('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, ...judgment });
  await event('served', '2026-09-16', { party: 'defendant' });
  await event('effective', '2026-10-09');
  return { ...services, caseId, created };
}

describe('the enforcement application enforces the judgment, not the claim', () => {
  it('applies for the amounts the judgment awarded item by item, where the court cut the claim', async () => {
    // Claimed 48,235.17 + 6,412.90 + 1,920.00 + 350.00; the court awarded no penalty and 500.00 of costs.
    const c = await judgedCase({ award: { principal: '48,235.17', interest: '6,412.90', fees: '350.00', litigationCosts: '500.00' } });
    try {
      const docs = await ok(c.handlers, 'document:generate', { caseId: c.caseId, templateId: 'enforcement-application', formats: ['pdf'] });
      const text = pdfContent(docs[0]!.path);
      expect(text).toContain(squash('支付民事判决书确定的款项人民币55,498.07元（其中透支本金48,235.17元、利息6,412.90元、违约金0.00元、手续费等费用350.00元、由被执行人负担的诉讼费用500.00元）'));
      expect(text).not.toContain(formatYuan(totalOf(c.created)));
      // The award is the base of "recovered in full".
      expect((await ok(c.handlers, 'tracking:get', { caseId: c.caseId })).summary.awardedFen).toBe(5_549_807);
    } finally {
      c.close();
    }
  });
});

describe('an incomplete record spoils only the documents that need it', () => {
  it('generates the complaint when no award is recorded, and names the missing award for the enforcement application', async () => {
    // Only the total is recorded: the enforcement application cannot tell what it enforces.
    const { handlers, caseId, created, close } = await judgedCase({ awardedAmount: '56,918.07' });
    const complaint = await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['pdf'] });
    expect(pdfContent(complaint[0]!.path)).toContain(created.defendant.name);

    let refused: unknown;
    try {
      await handlers['document:generate']({ caseId, templateId: 'enforcement-application', formats: ['pdf'] });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'missing-fields' });
    const error = refused as { details: { field: string }[]; text: { zh: string } };
    // Only the award is missing: the case number and dates come from the record.
    expect(error.details.map((d) => d.field)).toEqual(['enforcement.awarded']);
    expect(error.text.zh).toBe('生成《强制执行申请书》缺少以下信息：判决或调解书确定的给付金额（请在判决或调解事件中登记本金、利息、违约金、费用及诉讼费用各项）');
    close();
  });
});

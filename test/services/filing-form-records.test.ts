/**
 * The document form offers the case's records, and what it sends back renders them: the case's own evidence items
 * (issue 3) in the 证据目录 and the element complaint, a stored settlement plan with its real interval (issue 7),
 * and an enforcement settlement (执行和解, domain.md §6.8, §7.4) naming the enforcement case. Real services, real
 * SQLite, the PDFs read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { chineseDate } from '../../core/calendar/chinese-date';
import { formatYuan } from '../../core/money/fen';
import { ok, refused } from '../support/dispatch-call';
import { squash } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from './evidence/evidence-fixtures';

const tempDir = useTempDir();
const ENFORCEMENT_NUMBER = '（2026）云0111执3456号';

function pdfContent(path: string): string {
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/第\d+页共\d+页/g, '');
}

async function demoCase() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const created = await ok(handlers, 'case:create', { values: caseInput.parse({ ...cases[1]!, claim: { ...cases[1]!.claim, asOfDate: '2026-05-31' } }) });
  const caseId = created.id;
  const generate = async (templateId: string, inputs?: Record<string, unknown>) => {
    const docs = await ok(handlers, 'document:generate', { caseId, templateId, formats: ['pdf'], ...(inputs ? { inputs } : {}) });
    return pdfContent(docs[0]!.path);
  };
  const event = (type: Parameters<typeof handlers['event:add']>[0]['event']['type'], date: string, details = {}) =>
    ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  return { ...services, caseId, created, generate, event };
}

describe('the document form and the case’s records', () => {
  it('suggests the case’s own evidence items and the 证据目录 lists their titles and short hashes', async () => {
    const c = await demoCase();
    try {
      const statement = await ok(c.handlers, 'evidence:add', {
        caseId: c.caseId, fileName: '对账单.pdf', contentBase64: (await makePdf(3, 'Statement')).toString('base64'),
        meta: { kind: 'statement', title: '2025年信用卡对账单', source: '原告业务系统', proves: '透支、还款及逾期情况' },
      });
      const agreement = await ok(c.handlers, 'evidence:add', {
        caseId: c.caseId, fileName: '合约.pdf', contentBase64: (await makePdf(2, 'Agreement')).toString('base64'),
        meta: { kind: 'card-agreement', title: '信用卡领用合约（2019版）', source: '原告', proves: '利息、违约金的约定' },
      });
      const view = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'evidence-list' });
      expect(view.recorded.evidenceCount).toBe(2);
      // Evidence-list order (domain.md §8): the card agreement (row 4) before the statements (row 7).
      expect(view.suggested.evidence!.map((e) => [e.name, e.sha256])).toEqual([[agreement.title, agreement.sha256], [statement.title, statement.sha256]]);

      const short = (sha: string) => `${sha.slice(0, 8)}${sha.slice(8, 16)}`;
      const fromForm = await c.generate('evidence-list', { evidence: view.suggested.evidence, proceedings: view.suggested.proceedings });
      expect(fromForm).toContain('信用卡领用合约（2019版）');
      expect(fromForm).toContain('2025年信用卡对账单');
      expect(fromForm).toContain(short(agreement.sha256));
      expect(fromForm).toContain(short(statement.sha256));
      expect(fromForm).toContain('以上证据共2项');
      expect(fromForm.indexOf('信用卡领用合约（2019版）')).toBeLessThan(fromForm.indexOf('2025年信用卡对账单'));

      // A list sent from before the evidence was recorded (the standard set) gives way to the records.
      const stale = view.suggested.evidence!.map(() => ({ name: '原告营业执照', source: '原告', proves: '主体资格', pages: null, sha256: '' }));
      const fromStale = await c.generate('evidence-list', { evidence: stale });
      expect(fromStale).toContain(short(statement.sha256));
      expect(fromStale).not.toContain('原告营业执照');
      // An entered name wins field by field; the empty field takes the record.
      const edited = view.suggested.evidence!.map((row, i) => (i === 0 ? { ...row, name: '信用卡领用合约及章程', proves: '' } : row));
      const fromEdited = await c.generate('evidence-list', { evidence: edited });
      expect(fromEdited).toContain('信用卡领用合约及章程');
      expect(fromEdited).toContain('利息、违约金的约定');
      // The element complaint's evidence section counts the same items.
      const complaint = await c.generate('complaint-element-2025', { evidence: stale });
      expect(complaint).toContain(squash('详见所附证据目录（共2项'));
    } finally {
      c.close();
    }
  }, 60_000);

  it('offers a stored quarterly plan and the agreement prints 每三个月 and its rows', async () => {
    const c = await demoCase();
    try {
      await c.event('marked-ready', '2026-06-01');
      await c.event('filed', '2026-06-02');
      await c.event('accepted', '2026-06-09', { courtCaseNumber: '(2026)云0111民初2345号' });
      const plan = await ok(c.handlers, 'settlement:save', {
        caseId: c.caseId,
        plan: { agreedDate: '2026-06-20', context: 'in-suit', totalAmount: '120,000.00', installmentCount: 4, firstDueDate: '2026-07-31', intervalMonths: 3, graceDays: 3 },
      });
      expect(plan.installments.map((i) => i.dueDate)).toEqual(['2026-07-31', '2026-10-31', '2027-01-31', '2027-04-30']);
      const view = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'settlement-agreement' });
      expect(view.recorded.settlementPlan).toMatchObject({ instalments: 4, intervalMonths: 3, firstDueDate: '2026-07-31', lastDueDate: '2027-04-30', stage: 'in-suit' });
      expect(view.suggested.settlement).toMatchObject({ instalments: 4, intervalMonths: 3, firstDueDate: '2026-07-31', graceDays: 3, confirmedTotal: '120,000.00', stage: 'in-suit' });

      const text = await c.generate('settlement-agreement', { settlement: view.suggested.settlement, proceedings: view.suggested.proceedings });
      expect(text).toContain(squash(`分4期偿还，自${chineseDate('2026-07-31')}起每三个月还款一次，最后一期还款日为${chineseDate('2027-04-30')}`));
      expect(text).not.toContain('按月');
      let remaining = plan.totalFen;
      for (const instalment of plan.installments) {
        remaining -= instalment.amountFen;
        expect(text).toContain(`${instalment.seq}${squash(chineseDate(instalment.dueDate))}${formatYuan(instalment.amountFen)}${formatYuan(remaining)}`);
      }

      // Inputs saved before the plan was stored are brought in line with it when the form opens again.
      await c.generate('settlement-agreement', { settlement: { instalments: 12, firstDueDate: '2026-08-01' } });
      const again = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'settlement-agreement' });
      expect(again.saved?.settlement).toMatchObject({ instalments: 4, intervalMonths: 3, firstDueDate: '2026-07-31' });
    } finally {
      c.close();
    }
  }, 60_000);

  it('prints the 执行和解 wording with the enforcement case number for a plan made in enforcement', async () => {
    const c = await demoCase();
    try {
      await c.event('marked-ready', '2026-06-01');
      await c.event('filed', '2026-06-02');
      await c.event('accepted', '2026-06-09', { courtCaseNumber: '(2026)云0111民初2345号' });
      await c.event('hearing', '2026-08-20');
      await c.event('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, awardedAmount: formatYuan(c.created.claim.principalFen + c.created.claim.interestFen + c.created.claim.penaltyFen + c.created.claim.feesFen) });
      await c.event('served', '2026-09-16', { party: 'defendant' });
      await c.event('effective', '2026-10-09');
      await c.event('enforcement-applied', '2026-10-25');
      await c.event('enforcement-accepted', '2026-10-30', { enforcementCaseNumber: ENFORCEMENT_NUMBER });
      await ok(c.handlers, 'settlement:save', {
        caseId: c.caseId,
        plan: { agreedDate: '2026-11-10', context: 'enforcement', totalAmount: '60,000.00', installmentCount: 6, firstDueDate: '2026-12-10', intervalMonths: 2 },
      });
      const view = await ok(c.handlers, 'document:inputs', { caseId: c.caseId, templateId: 'settlement-agreement' });
      expect(view.suggested.settlement).toMatchObject({ stage: 'enforcement', enforcementCaseNumber: ENFORCEMENT_NUMBER, intervalMonths: 2 });

      const text = await c.generate('settlement-agreement', { settlement: view.suggested.settlement, proceedings: view.suggested.proceedings });
      expect(text).toContain('执行和解协议');
      expect(text).toContain(squash(`执行案号：${ENFORCEMENT_NUMBER}`));
      expect(text).toContain('甲方（申请执行人）');
      expect(text).toContain('乙方（被执行人）');
      expect(text).toContain('每两个月还款一次');
      expect(text).toContain(squash('申请恢复执行原生效法律文书'));
      expect(text).toContain(squash('就乙方履行本协议向人民法院提起诉讼'));
      expect(text).toContain('第九条');
      expect(text).toContain(squash(`自本协议约定的最后一期履行期限届满之日（${chineseDate('2027-10-10')}）起计算`));
      expect(text).toContain('第十条');
      // No acceptance-fee clause or suit ending: the suit is over; the enforcement fee is the one split.
      expect(text).not.toContain('案件受理费');
      expect(text).toContain('申请执行费');
      expect(text).not.toContain('制作民事调解书');

      // Without a recorded or entered enforcement number an enforcement settlement is refused, naming the field.
      const other = await demoCase();
      try {
        const failed = await refused(other.handlers, 'document:generate', {
          caseId: other.caseId, templateId: 'settlement-agreement', formats: ['pdf'],
          inputs: { settlement: { instalments: 3, firstDueDate: '2026-12-10', stage: 'enforcement' } },
        });
        expect(failed.code).toBe('invalid-input');
        expect(failed.details.map((d) => d.field)).toContain('settlement.enforcementCaseNumber');
      } finally {
        other.close();
      }
    } finally {
      c.close();
    }
  }, 60_000);
});

/**
 * A coherent filing set, generated and read back: the settlement's ending decides what else is generated and
 * what the agreement asks for, the withdrawal's fee line follows Fee Measures arts. 15 and 34, and a case in
 * enforcement gets an enforcement-stage power of attorney, the only one that lets the enforcement application name the agent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { acceptanceFee } from '../../core/court/fee-calculator';
import { amountInCapitals } from '../../core/money/amount-in-capitals';
import { formatYuan } from '../../core/money/fen';
import { demoDocumentInputs } from '../../electron/services/document-demo-inputs';
import { loadFilingData } from '../../electron/services/document-filing-data';
import { ok, refused } from '../support/dispatch-call';
import { pdfText, squash } from '../support/parse-output';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const TODAY = '2026-11-28';

/** A demo case in the suit (no tracking events), with the demo's inputs and a way to generate one template as PDF text. */
async function caseInSuit(index = 0) {
  const services = openTestServices(tempDir());
  const { cases, agent } = await seedProfiles(services.handlers);
  const created = await ok(services.handlers, 'case:create', { values: caseInput.parse(cases[index]!) });
  // The court has accepted the case (a withdrawal needs its 案号); nothing else of tracking is recorded.
  const inputs = { ...demoDocumentInputs(created, TODAY, index), proceedings: { courtCaseNumber: '（2026）云0103民初8101号' } };
  const generate = async (templateId: string, entered: Record<string, unknown> = inputs) => {
    const docs = await ok(services.handlers, 'document:generate', { caseId: created.id, templateId, formats: ['pdf'], inputs: entered });
    return squash(pdfText(docs[0]!.path));
  };
  return { ...services, created, agent, inputs, generate };
}

/** The entered settlement with `changes`. */
function withSettlement(inputs: ReturnType<typeof demoDocumentInputs>, changes: Record<string, unknown>) {
  return { ...inputs, settlement: { ...inputs.settlement!, ...changes } };
}

describe('the settlement’s ending decides the set', () => {
  it('document:set: mediation leaves the withdrawal out, withdrawal brings it in, an unchosen ending is a notice', async () => {
    const c = await caseInSuit();
    try {
      const set = async (ending?: string) => {
        const inputs = ending === undefined ? withSettlement(c.inputs, {}) : withSettlement(c.inputs, { ending });
        if (ending === undefined) delete (inputs.settlement as { ending?: string }).ending;
        return ok(c.handlers, 'document:set', { caseId: c.created.id, inputs });
      };
      const mediation = await set('mediation');
      expect(mediation.templates.map((t) => t.id)).toContain('settlement-agreement');
      expect(mediation.templates.map((t) => t.id)).not.toContain('withdrawal-application');
      expect(mediation.templates.map((t) => t.id)).not.toContain('enforcement-application');
      expect(mediation.notices).toEqual([]);
      const withdrawal = await set('withdrawal');
      expect(withdrawal.templates).toContainEqual({ id: 'withdrawal-application', title: '撤诉申请书' });
      const open = await set();
      expect(open.templates.map((t) => t.id)).not.toContain('withdrawal-application');
      expect(open.notices.map((n) => n.zh).join('')).toContain('尚未选择案件处理方式');
    } finally {
      c.close();
    }
  });

  it('court mediation: the agreement asks the court for a mediation document at the halved fee, and says nothing of withdrawing', async () => {
    const c = await caseInSuit();
    try {
      const text = await c.generate('settlement-agreement', withSettlement(c.inputs, { ending: 'mediation' }));
      expect(text).toContain(squash(`共同请求${c.created.courtName}依照本协议内容制作民事调解书（《中华人民共和国民事诉讼法》第一百条）`));
      const { data } = loadFilingData(c.context, c.created.id, undefined);
      const halved = acceptanceFee(data.claim.totalFen, data.court.procedure ?? 'ordinary', 'mediation').payableFen;
      expect(text).toContain(squash(`本案案件受理费减半后为人民币${formatYuan(halved)}元，由乙方负担（《诉讼费用交纳办法》第十五条、第三十一条）`));
      expect(text).not.toContain('撤回起诉');
      expect(text).not.toContain('□');
    } finally {
      c.close();
    }
  });

  it('withdrawal: the agreement says the plaintiff withdraws and bears the halved fee; unchosen: both endings are left to tick', async () => {
    const c = await caseInSuit();
    try {
      const withdrawn = await c.generate('settlement-agreement', withSettlement(c.inputs, { ending: 'withdrawal' }));
      expect(withdrawn).toContain(squash(`日内向${c.created.courtName}申请撤回起诉`));
      expect(withdrawn).toContain(squash('依法由甲方负担（《诉讼费用交纳办法》第三十四条），乙方同意向甲方补偿该笔费用'));
      expect(withdrawn).not.toContain('民事调解书');
      const inputs = withSettlement(c.inputs, {});
      delete (inputs.settlement as { ending?: string }).ending;
      const open = await c.generate('settlement-agreement', inputs);
      expect(open).toContain(squash('双方选择下列方式之一结束本案（请勾选）：'));
      expect(open).toContain(squash('□甲、乙双方共同请求'));
      expect(open).toContain(squash('□甲方在收到首期款之日起7日内'));
    } finally {
      c.close();
    }
  });

  it('judicial confirmation only for an agreement from a named mediation organisation, with the 30-day joint application', async () => {
    const c = await caseInSuit();
    try {
      const organisation = '昆明市滇池金融纠纷人民调解委员会';
      const preSuit = { stage: 'pre-suit', ending: 'judicial-confirmation' };
      const confirmed = await c.generate('settlement-agreement', withSettlement(c.inputs, { ...preSuit, mediationOrganisation: organisation }));
      expect(confirmed).toContain(squash(`经${organisation}主持调解`));
      expect(confirmed).toContain(squash('甲、乙双方自本协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）'));
      expect(confirmed).toContain(squash(`调解组织：${organisation}（盖章）`));
      expect(confirmed).not.toContain('本案案件受理费');
      const error = await refused(c.handlers, 'document:generate', {
        caseId: c.created.id, templateId: 'settlement-agreement', formats: ['pdf'], inputs: withSettlement(c.inputs, preSuit),
      });
      expect(error.code).toBe('invalid-input');
      expect(error.field).toBe('settlement.mediationOrganisation');
      expect(error.message.zh).toContain('人民调解委员会或者其他依法设立的调解组织');
      // A private agreement before suit is a plain contract: sued on if broken, no confirmation, no court fee of a suit.
      const privateAgreement = await c.generate('settlement-agreement', withSettlement(c.inputs, { stage: 'pre-suit', ending: undefined }));
      expect(privateAgreement).toContain(squash('本协议为双方自行达成的和解协议，不具有强制执行效力'));
      expect(privateAgreement).not.toContain('司法确认');
      expect(privateAgreement).not.toContain('撤回起诉');
    } finally {
      c.close();
    }
  });
});

describe('the withdrawal’s fee line', () => {
  it('states half the acceptance fee from the fee calculator, borne by the plaintiff, with no “unless agreed” exception', async () => {
    const c = await caseInSuit(1);
    try {
      const text = await c.generate('withdrawal-application');
      const { data } = loadFilingData(c.context, c.created.id, undefined);
      const fee = acceptanceFee(data.claim.totalFen, 'ordinary', 'withdrawal');
      expect(fee.payableFen).toBeLessThan(fee.fullFen);
      expect(text).toContain(squash(
        `本案案件受理费为人民币${formatYuan(fee.fullFen)}元，撤诉的减半收取，即人民币${formatYuan(fee.payableFen)}元（大写：人民币${amountInCapitals(fee.payableFen)}）（《诉讼费用交纳办法》第十五条），由申请人负担（《诉讼费用交纳办法》第三十四条）。`,
      ));
      expect(text).not.toContain('另有约定');
    } finally {
      c.close();
    }
  });
});

/**
 * Demo case 1 taken to an effective judgment through the real services: court chosen on the advisor's grounds,
 * accepted under a number, judged for the claim, served and effective. Today is 2026-11-28.
 */
async function caseInEnforcement() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases, agent } = await seedProfiles(handlers);
  const created = await ok(handlers, 'case:create', { values: caseInput.parse({ ...cases[1]!, courtName: '', claim: { ...cases[1]!.claim, asOfDate: '2026-05-31' } }) });
  const caseId = created.id;
  await ok(handlers, 'jurisdiction:save', { caseId, facts: { habitualSince: '2024-03-01', habitualProof: '昆明市居住证' }, plaintiffLocation: { divisionCode: '530102', isBranch: true } });
  await ok(handlers, 'jurisdiction:choose', { caseId, courtId: 'basic-530111' });
  const total = created.claim.principalFen + created.claim.interestFen + created.claim.penaltyFen + created.claim.feesFen;
  const event = (type: Parameters<typeof handlers['event:add']>[0]['event']['type'], date: string, details = {}) => ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  await event('marked-ready', '2026-06-01');
  await event('filed', '2026-06-02');
  await event('accepted', '2026-06-09', { courtCaseNumber: '（2026）云0111民初2345号' });
  const award = { principal: formatYuan(created.claim.principalFen), interest: formatYuan(created.claim.interestFen), penalty: formatYuan(created.claim.penaltyFen), fees: formatYuan(created.claim.feesFen) };
  await event('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, awardedAmount: formatYuan(total), award });
  await event('served', '2026-09-16', { party: 'defendant' });
  await event('effective', '2026-10-09');
  const generate = async (templateId: string) => {
    const docs = await ok(handlers, 'document:generate', { caseId, templateId, formats: ['pdf'] });
    return squash(pdfText(docs[0]!.path));
  };
  return { ...services, caseId, agent, generate };
}

describe('the power of attorney follows the case’s stage', () => {
  it('in enforcement: the set carries an enforcement authority with its powers and no first-instance term, and the application names the agent', async () => {
    const c = await caseInEnforcement();
    try {
      const set = await ok(c.handlers, 'document:set', { caseId: c.caseId });
      expect(set.templates.map((t) => t.id)).toEqual(['enforcement-application', 'power-of-attorney']);
      const poa = await c.generate('power-of-attorney');
      expect(poa).toContain(squash('（案号：（2026）云0111民初2345号）生效法律文书的执行程序中，作为申请执行人的委托代理人'));
      expect(poa).toContain(squash('代为申请执行、代收执行款（代为领取执行款）、代为进行执行和解、代为签收法律文书'));
      expect(poa).toContain(squash('至本案执行程序终结之日止'));
      expect(poa).not.toContain('第一审程序终结');
      expect(poa).not.toContain('代为提起上诉');
      const application = await c.generate('enforcement-application');
      expect(application).toContain(squash(`委托代理人：${c.agent.name}`));
      expect(application).toContain('执行阶段授权委托书');
    } finally {
      c.close();
    }
  });

  it('in the suit: a first-instance authority, and an enforcement application rendered anyway does not name the agent', async () => {
    const c = await caseInSuit();
    try {
      const poa = await c.generate('power-of-attorney');
      expect(poa).toContain(squash('至本案第一审程序终结之日止'));
      expect(poa).not.toContain('代为申请执行');
      // Powers entered for the other stage do not leak into this one.
      const entered = await c.generate('power-of-attorney', { ...c.inputs, powerOfAttorney: { authority: 'special', powers: ['receive-payment', 'appeal'] } });
      expect(entered).toContain('代为提起上诉');
      expect(entered).not.toContain('代收执行款');
      const application = await c.generate('enforcement-application');
      expect(application).not.toContain(squash(`委托代理人：${c.agent.name}`));
      expect(application).not.toContain('授权委托书及受托人身份证明');
    } finally {
      c.close();
    }
  });
});

describe('the agreement’s signatories', () => {
  it('names the agent as a party’s representative only when the authority includes settling (CPL 62)', async () => {
    const c = await caseInSuit();
    try {
      const withPower = await c.generate('settlement-agreement');
      expect(withPower).toContain(squash(`委托诉讼代理人：${c.agent.name}`));
      expect(withPower).toContain('负责人或委托代理人（签字）');
      const without = await c.generate('settlement-agreement', { ...c.inputs, powerOfAttorney: { authority: 'special', powers: ['admit', 'appeal'] } });
      expect(without).not.toContain(c.agent.name);
      expect(without).not.toContain('负责人或委托代理人');
    } finally {
      c.close();
    }
  });
});

describe('doc --template all', () => {
  it('generates the set the case calls for and prints what the records leave open', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--out', dir, '--json'])).code).toBe(0);
    const inputsFile = join(dir, 'inputs.json');
    writeFileSync(inputsFile, JSON.stringify({ serviceAddress: { postcode: '650031' }, settlement: { instalments: 6, firstDueDate: '2027-06-10' } }));
    const all = await cli(['doc', '3', '--template', 'all', '--format', 'docx', '--inputs', inputsFile, '--out', join(dir, 'out'), '--db', join(dir, 'demo.sqlite')]);
    expect(all.err).toBe('');
    expect(all.code).toBe(0);
    expect(all.out).toContain('和解协议-');
    expect(all.out).not.toContain('撤诉申请书-');
    expect(all.out).not.toContain('强制执行申请书-');
    expect(all.out).toContain('提示：和解协议尚未选择案件处理方式');
    expect(all.out).toContain('Note: The settlement does not say how the suit ends');
  });
});

/**
 * Every fact item of the complaints comes from the case's records or from what was entered, never from a default:
 * for each item, the composed element-style and narrative complaints with the supporting record and without it
 * (then the item is blank and readiness names the record that would answer it).
 */
import { describe, expect, it } from 'vitest';
import { complaintAnswers, openItems, repaidAfterDefault, type ComplaintRecords } from '../../../core/documents/complaint-answers';
import type { Block, DocumentModel } from '../../../core/documents/document-model';
import { elementComplaintInput, type ElementComplaintInput } from '../../../core/documents/document-inputs';
import { buildFilingData, type FilingDataSource } from '../../../core/documents/filing-data';
import { noComplaintRecords } from '../../../core/documents/filing-element';
import { sampleFilingSource } from '../../../core/documents/sample-filing-data';
import { renderTemplate } from '../../../core/documents/template-engine';
import { contactInput, type ContactInput, type ContactRecord } from '../../../core/evidence/contact-model';
import { defaultTemplatesDir } from '../../../electron/services/open-services';
import { createTemplateStore } from '../../../electron/services/template-store';

const TODAY = '2026-11-28';
const store = createTemplateStore(defaultTemplatesDir());

function blockText(block: Block): string {
  switch (block.kind) {
    case 'table': return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
    case 'signature': return block.lines.join('\n');
    case 'page-break': return '';
    default: return block.text;
  }
}
const textOf = (model: DocumentModel) => model.blocks.map(blockText).join('\n');

/** The sample filing with the given records and entered complaint answers (no other entered facts about the complaint). */
function source(records: Partial<ComplaintRecords>, complaint?: ElementComplaintInput, plaintiffType: ComplaintRecords['organisationType'] = ''): FilingDataSource {
  const base = sampleFilingSource(TODAY);
  return {
    ...base,
    plaintiff: { ...base.plaintiff, organisationType: plaintiffType },
    inputs: { ...base.inputs, ...(complaint ? { complaint: elementComplaintInput.parse(complaint) } : {}) },
    sources: { complaintRecords: { ...noComplaintRecords, organisationType: plaintiffType, ...records } },
  };
}

async function render(templateId: string, from: FilingDataSource): Promise<string> {
  return textOf(await renderTemplate(store.load(templateId), buildFilingData(from), 'h'));
}
const element = (from: FilingDataSource) => render('complaint-element-2025', from);
const narrative = (from: FilingDataSource) => render('complaint', from);
/** The narrative complaint's 事实和理由 section. */
const narrativeFacts = async (from: FilingDataSource) => {
  const text = await narrative(from);
  return text.slice(text.indexOf('事实和理由'), text.indexOf('证据和证据来源'));
};

/** The table row of the element complaint whose first cell starts with `label`. */
function row(text: string, label: string): string {
  const found = text.split('\n').findIndex((line) => line.startsWith(label));
  expect(found, label).toBeGreaterThanOrEqual(0);
  const lines = text.split('\n');
  const end = lines.findIndex((line, i) => i > found && / \| |^[0-9]+\. /.test(line) && !line.startsWith(label));
  return lines.slice(found, end === -1 ? undefined : end).join('\n');
}

let nextId = 1;
function contact(values: Partial<ContactInput>): ContactRecord {
  return { id: nextId++, caseId: 1, ...contactInput.parse({ occurredAt: '2025-03-01 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', ...values }) };
}
const agreement = (hasKeyTermNotice: boolean) => ({ kind: 'card-agreement' as const, title: '信用卡领用合约（2020版）', hasKeyTermNotice, excluded: false });
const wantedFor = (records: Partial<ComplaintRecords>, input?: ElementComplaintInput) =>
  openItems(complaintAnswers(input && elementComplaintInput.parse(input), { ...noComplaintRecords, ...records })).map((o) => `${o.item.zh}：${o.wanted.zh}`);

describe('complaint items from the record', () => {
  it('ticks 分支机构 for a card centre the profile records as a branch, and says it issued and manages the card', async () => {
    const text = await element(source({}, undefined, 'branch'));
    expect(row(text, '原告（法人')).toContain('股份有限公司□　上市公司□　其他企业法人□　分支机构■');
    expect(await narrative(source({}, undefined, 'branch'))).toContain('该卡由原告发行并管理。');
    const preservation = await render('preservation-application', source({}, undefined, 'branch'));
    expect(preservation).toContain('申请人系经金融监管部门批准设立的商业银行的分支机构');
    // Nothing on record says how often the bank demanded payment here: the application does not say "多次".
    expect(preservation).toContain('被申请人至今未清偿上述欠款');
    expect(preservation).not.toContain('多次');
  });

  it('leaves the relation to the card for the lawyer when another office issued it, and readiness says so', async () => {
    const from = source({}, undefined, 'branch');
    const other = { ...from, case: { ...from.case, card: { ...from.case.card, issuingBranch: '示例银行股份有限公司大理分行' } } };
    expect(await narrative(other)).toContain('该卡由示例银行股份有限公司大理分行发行，原告与该卡的关系：＿＿＿＿＿＿。');
    const records = { organisationType: 'branch' as const, plaintiffName: '示例银行股份有限公司信用卡中心' };
    expect(wantedFor({ ...records, issuingBranch: '示例银行股份有限公司大理分行' }).some((w) => w.startsWith('事实和理由（原告与该卡的关系）：核对案件信息中的发卡行'))).toBe(true);
    expect(wantedFor({ ...records, issuingBranch: '示例银行股份有限公司信用卡中心' }).some((w) => w.startsWith('事实和理由（原告与该卡的关系）'))).toBe(false);
  });

  it('lists no evidence the case does not hold: with none on record the complaint leaves a blank row', async () => {
    const from = source({});
    from.sources = { ...from.sources, complaint: { ...from.sources?.complaint, evidence: null } };
    const text = await narrative(from);
    expect(text).not.toContain('信用卡申请表');
    expect(text).not.toContain('欠款计算明细');
    expect(text).toContain('＿＿＿＿＿＿');
  });

  it('ticks the legal person\'s form, with no branch sentence, when the profile says so', async () => {
    expect(row(await element(source({}, undefined, 'joint-stock')), '原告（法人')).toContain('股份有限公司■');
    expect(await narrative(source({}, undefined, 'joint-stock'))).not.toContain('发行并管理');
    expect(await narrative(source({}, undefined, 'joint-stock'))).toContain('法定代表人：赵示范');
    expect(await narrative(source({}, undefined, 'branch'))).toContain('负责人：赵示范');
    expect(await render('preservation-application', source({}, undefined, 'joint-stock'))).toContain('申请人系经金融监管部门批准设立的商业银行，');
    // The preservation application names only the items owed, and asserts no more than non-payment of them.
    const noFees = source({}, undefined, 'joint-stock');
    noFees.case = { ...noFees.case, claim: { ...noFees.case.claim, feesFen: 0 } };
    const preservation = await render('preservation-application', noFees);
    expect(preservation).toContain('信用卡透支本金、利息、违约金共计');
    expect(preservation).not.toContain('至今未还款');
    // Every other filing names the plaintiff's representative the same way (CPL 124(1); Interp 50).
    for (const templateId of ['power-of-attorney', 'settlement-agreement']) {
      expect(await render(templateId, source({}, undefined, 'joint-stock')), templateId).toContain('法定代表人：赵示范');
      expect(await render(templateId, source({}, undefined, 'branch')), templateId).toContain('负责人：赵示范');
    }
  });

  it('lists a branch\'s licence as proof of its standing to sue in its own name, and a legal person\'s as before', async () => {
    const withLicence = (type: ComplaintRecords['organisationType']) => {
      const from = source({}, undefined, type);
      return { ...from, inputs: { ...from.inputs, evidence: [{ name: '营业执照、金融许可证', source: '原告', proves: '原告的主体资格', pages: 2, sha256: '' }] } };
    };
    expect(await render('evidence-list', withLicence('branch'))).toContain('原告系依法设立并领取营业执照的银行分支机构，可以自己的名义起诉');
    const legalPerson = await render('evidence-list', withLicence('joint-stock'));
    expect(legalPerson).toContain('原告的主体资格');
    expect(legalPerson).not.toContain('分支机构');
  });

  it('leaves 类型 unticked when the profile does not say, and names the profile field', async () => {
    expect(row(await element(source({})), '原告（法人')).not.toContain('■');
    expect(wantedFor({})).toContain('当事人信息（原告类型）：在原告信息中填写原告类型（法人的公司形式，或分支机构）');
  });

  it('ticks the key-term notice only when the card agreement carries it, naming that evidence', async () => {
    const records = { evidence: [agreement(true)] };
    expect(row(await element(source(records)), '3. 是否就信用卡合约主要条款')).toContain('是■　提示注意的方式：书面提示说明，见证据“信用卡领用合约（2020版）”　时间：2020年5月10日');
    expect(await narrative(source(records))).toContain('原告已就《信用卡领用合约》的重要条款向被告作出提示说明，提示方式：书面提示说明，见证据“信用卡领用合约（2020版）”。');
    expect(wantedFor(records).some((w) => w.startsWith('事实和理由第3项'))).toBe(false);
  });

  it('leaves the key-term notice blank without that record, and readiness names the evidence to add', async () => {
    const records = { evidence: [agreement(false)] };
    const item = row(await element(source(records)), '3. 是否就信用卡合约主要条款');
    expect(item).toContain('是□　提示注意的方式：＿＿＿＿　时间：＿＿＿＿');
    expect(item).toContain('否□');
    expect(item).not.toContain('■');
    expect(await narrativeFacts(source(records))).not.toContain('提示说明');
    expect(wantedFor(records)).toContain('事实和理由第3项（提示说明）：添加附有重要条款提示说明的领用合约证据，并在证据上勾选“附重要条款提示说明”');
  });

  it('lets an entered answer win over the record', async () => {
    const item = row(await element(source({ evidence: [agreement(true)] }, { keyTermNoticeGiven: 'no' })), '3. 是否就信用卡合约主要条款');
    expect(item).toContain('是□');
    expect(item).toContain('否■');
  });

  it('describes the one returned letter the record shows, with its date and channel and never "多次"', async () => {
    const records = { contacts: [contact({ toReservedContact: true, deliveryProof: 'postal-tracking', trackingNumber: 'EA1', deliveryStatus: 'returned' })] };
    const sentence = '原告于2025年3月1日向被告预留的通讯地址寄送催收信函（被退回）';
    expect(row(await element(source(records)), '6. 是否向被告进行通知和催收')).toContain(`是■　具体情况：${sentence}`);
    const text = await narrative(source(records));
    expect(text).toContain(`${sentence}，被告仍未履行还款义务。`);
    expect(text).not.toContain('多次');
  });

  it('counts many demands by channel over their dates', async () => {
    const records = { contacts: ['2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01'].map((d, i) => contact({ occurredAt: `${d} 10:00`, channel: i < 3 ? 'sms' : 'letter' })) };
    expect(row(await element(source(records)), '6. 是否向被告进行通知和催收')).toContain('原告于2025年3月1日至2025年7月1日期间向被告催收5次（短信3次、信函2次），详见催收记录');
  });

  it('leaves collection blank without a demand on record (an unanswered call is none), and says where to record one', async () => {
    const records = { contacts: [contact({ channel: 'phone', outcome: 'unreachable' })] };
    const item = row(await element(source(records)), '6. 是否向被告进行通知和催收');
    expect(item).toContain('是□　具体情况：＿＿＿＿');
    expect(item).not.toContain('■');
    const text = await narrativeFacts(source(records));
    expect(text).toContain('被告至今未履行还款义务。');
    expect(text).not.toContain('催收');
    expect(wantedFor(records)).toContain('事实和理由第6项（通知和催收）：在“催收记录”页登记向被告催收的记录');
  });

  it('prints the repayments after default that the ledger shows, else a blank amount', async () => {
    expect(row(await element(source({ repaidAfterDefaultFen: 150_000 })), '4. 被告逾期部分已还金额')).toContain('1,500.00元');
    expect(row(await element(source({})), '4. 被告逾期部分已还金额')).toContain('＿＿＿＿元');
    expect(wantedFor({})).toContain('事实和理由第4项（逾期部分已还金额）：导入交易明细（对账单），以计算首次逾期后的还款');
  });

  it('counts only payments on or after the first default, and nothing from a ledger of balances alone', () => {
    const entries = [
      { date: '2025-02-01', type: 'payment' as const, amountFen: 10_000, source: 'import' as const },
      { date: '2025-03-01', type: 'payment' as const, amountFen: 20_000, source: 'import' as const },
      { date: '2025-04-01', type: 'consumption' as const, amountFen: 5_000, source: 'import' as const },
    ];
    expect(repaidAfterDefault(entries, '2025-03-01')).toBe(20_000);
    expect(repaidAfterDefault([{ date: '2025-03-01', type: 'consumption', amountFen: 1, source: 'balance' }], '2025-03-01')).toBeNull();
  });

  it('answers the forum clause from the jurisdiction facts, and leaves it blank when they were never entered', async () => {
    expect(row(await element(source({ forumClause: { text: '', names: 'none' } })), '1. 有无仲裁、法院管辖约定')).toContain('有□\n无■');
    expect(row(await element(source({ forumClause: { text: '由发卡行所在地法院管辖', names: 'issuer' } })), '1. 有无仲裁、法院管辖约定')).toContain('有■　合同条款及内容：由发卡行所在地法院管辖');
    const blank = row(await element(source({})), '1. 有无仲裁、法院管辖约定');
    expect(blank).toContain('有□　合同条款及内容：＿＿＿＿\n无□');
    expect(wantedFor({}).some((w) => w.startsWith('约定管辖第1项'))).toBe(true);
  });

  it('answers pre-suit preservation from a freeze recorded before filing, else leaves it blank', async () => {
    expect(row(await element(source({ preSuitFreeze: { date: '2026-09-01', description: '被告名下银行存款' } })), '2. 是否已经诉前保全'))
      .toContain('是■　保全时间：2026年9月1日　保全财产：被告名下银行存款');
    const blank = row(await element(source({})), '2. 是否已经诉前保全');
    expect(blank).not.toContain('■');
    expect(wantedFor({})).toContain('诉讼保全第2项（诉前保全）：已诉前保全的，在“跟踪”页登记财产保全；未保全的，在生成文书时选择“否”');
  });

  it('leaves the mediation declarations blank unless the plaintiff answers them', async () => {
    const blank = await element(source({}));
    expect(row(blank, '1. 是否了解调解')).toContain('了解□　不了解□');
    expect(row(blank, '3. 是否考虑先行调解')).not.toContain('■');
    const answered = await element(source({}, { mediationAware: 'yes', mediationBenefitsAware: 'no', considerMediation: 'unsure' }));
    expect(row(answered, '1. 是否了解调解')).toContain('了解■　不了解□');
    expect(row(answered, '2. 是否了解先行调解的好处')).toContain('可以申请更换调解员：了解□　不了解■');
    expect(row(answered, '3. 是否考虑先行调解')).toContain('暂不确定，想要了解更多内容■');
    expect(wantedFor({}, { mediationAware: 'yes', mediationBenefitsAware: 'no', considerMediation: 'unsure' }).some((w) => w.startsWith('纠纷解决意愿'))).toBe(false);
  });

  it('refers to the card agreement for its remedies instead of paraphrasing terms no record holds', async () => {
    const item = row(await element(source({})), '2. 信用卡合约的主要约定');
    expect(item).toContain('违约责任：详见《信用卡领用合约》的约定');
    expect(item).toContain('解除条件：详见《信用卡领用合约》的约定');
    expect(item).not.toContain('发卡行有权');
  });

  it('has nothing open when every record is there and the declarations are entered', () => {
    const records: Partial<ComplaintRecords> = {
      organisationType: 'branch', evidence: [agreement(true)], contacts: [contact({})], repaidAfterDefaultFen: 0,
      forumClause: { text: '', names: 'none' }, preSuitFreeze: { date: '2026-09-01', description: '' },
    };
    expect(wantedFor(records, { mediationAware: 'yes', mediationBenefitsAware: 'yes', considerMediation: 'no' })).toEqual([]);
  });
});

describe('claims and form of the complaints', () => {
  const withClaim = (penaltyFen: number, feesFen: number): FilingDataSource => {
    const base = source({}, undefined, 'branch');
    return { ...base, case: { ...base.case, claim: { ...base.case.claim, penaltyFen, feesFen } } };
  };

  it('leaves out a zero claim item and numbers the rest in order', async () => {
    const text = await narrative(withClaim(0, 0));
    expect(text).not.toContain('违约金人民币');
    expect(text).not.toContain('手续费等费用人民币');
    expect(text).toContain('二、判令被告向原告支付截至');
    expect(text).toContain('以上第一至二项合计');
    expect(text).toContain('三、判令本案诉讼费用由被告承担。');
    expect(row(await element(withClaim(0, 0)), '2. 利息、罚息').split(' | ')[1]).not.toContain('违约金0');
    expect(row(await element(withClaim(0, 0)), '2. 利息、罚息').split(' | ')[1]).toMatch(/^截至2026年10月31日止，欠利息3,567\.89元，共计3,567\.89元/);
  });

  it('keeps every non-zero item and cites 《民法典》第五百八十五条 for the penalty in both complaints', async () => {
    const text = await narrative(withClaim(88_000, 12_000));
    expect(text).toContain('三、判令被告向原告支付截至');
    expect(text).toContain('违约金人民币880.00元');
    expect(text).toContain('五、判令本案诉讼费用由被告承担。');
    expect(text).toContain('第五百七十七条、第五百八十五条');
    expect(await element(withClaim(88_000, 12_000))).toContain('第五百七十七条、第五百八十五条');
    expect(await narrative(withClaim(0, 12_000))).not.toContain('第五百八十五条');
  });

  it('ends both complaints with the copies for the defendant (《民事诉讼法》第一百二十三条)', async () => {
    for (const text of [await narrative(withClaim(0, 0)), await element(withClaim(0, 0))]) {
      expect(text.trimEnd().endsWith('附：本诉状副本1份')).toBe(true);
    }
  });
});

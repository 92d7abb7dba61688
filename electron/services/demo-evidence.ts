/**
 * Evidence, ledger, card terms and contact records for the three demo cases (fictional throughout), so
 * that `dossier demo` shows the completeness engine at work: 李晓梅's case is ready to file; 王建国's
 * fails on identity (a misspelt name on the application form), the key-term notice and a night-time
 * call whose recording is still in the evidence list; 䶮文静's lacks the arrears calculation and the
 * power of attorney, its statements stop short of the claim date, its principal does not reconcile and
 * its only letter came back undelivered. Evidence PDFs are rendered with the app's own PDF renderer.
 */
import { deflateSync } from 'node:zlib';
import type { Case } from '../../core/case/case-model';
import type { OperationName } from '../../core/contract';
import type { DocumentModel } from '../../core/documents/document-model';
import { renderPdf } from '../../core/documents/render-pdf';
import type { PdfFonts } from '../../core/documents/render-pdf';
import { crc32 } from '../../core/evidence/file-type';
import type { ContactInput } from '../../core/evidence/contact-model';
import type { EvidenceItem, EvidenceMetaInput } from '../../core/evidence/evidence-model';
import { maskCardNumber } from '../../core/case/card-number';

/** Calls one operation and returns its value (throws on failure). */
export type DemoCall = (name: OperationName, input: unknown) => Promise<unknown>;

const meta = { templateId: 'demo-evidence', templateVersion: '1', dataHash: 'demo', author: '云岭银行（虚构）' };

function pdf(fonts: PdfFonts, title: string, lines: string[], table?: { header: string[]; rows: string[][] }): Promise<Uint8Array> {
  const model: DocumentModel = {
    title, meta,
    blocks: [
      { kind: 'title', text: title },
      ...lines.map((text) => ({ kind: 'paragraph' as const, text, indent: false, align: 'left' as const })),
      ...(table ? [{ kind: 'table' as const, header: table.header, rows: table.rows }] : []),
      { kind: 'paragraph', text: '（演示数据，内容虚构）', indent: false, align: 'right' },
    ],
  };
  return renderPdf(model, fonts, { createdAt: new Date('2026-11-01T02:00:00Z') });
}

/** A small solid-colour PNG (stands in for a scanned ID card). */
export function demoPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

type DemoPlan = {
  applicationName: string;
  keyTermNotice: boolean;
  statementTo: string;
  withArrears: boolean;
  withPowerOfAttorney: boolean;
  /** Ledger rows: date, type word, amount, description. */
  ledger: [string, string, string, string][];
  terms: Record<string, unknown>;
  contacts: (ContactInput & { proofTitle?: string })[];
};

const ledgerFor = (extra: [string, string, string, string][]) => extra;

/** The demo plan of each case, by position in demoCases(). */
function plans(c: Case): DemoPlan[] {
  return [
    {
      applicationName: c.defendant.name, keyTermNotice: true, statementTo: '2026-10-31', withArrears: true, withPowerOfAttorney: true,
      ledger: ledgerFor([
        ['2025-03-01', '消费', '30000.00', '昆明某商城购物'], ['2025-04-15', '取现', '5000.00', '预借现金'],
        ['2025-05-10', '消费', '15235.17', '某电器有限公司'], ['2025-05-25', '还款', '-2000.00', '还款'],
        ['2025-07-20', '利息', '1412.90', '透支利息'], ['2025-07-20', '违约金', '320.00', '违约金'], ['2025-09-01', '年费', '350.00', '年费'],
        ['2026-01-20', '利息', '2500.00', '透支利息'], ['2026-01-20', '违约金', '800.00', '违约金'],
        ['2026-10-20', '利息', '2500.00', '透支利息'], ['2026-10-20', '违约金', '800.00', '违约金'],
      ]),
      terms: { dueDate: '2025-06-19', interestBookedThrough: '2026-10-31' },
      contacts: [
        { occurredAt: '2025-08-12 10:30', channel: 'phone', party: 'cardholder', address: c.defendant.phone, toReservedContact: true, outcome: 'refused', notes: '告知欠款金额及还款方式，持卡人表示暂无能力还款', deliveryProof: 'call-recording' },
        { occurredAt: '2025-09-10 09:00', channel: 'letter', party: 'cardholder', address: c.defendant.registeredAddress, toReservedContact: true, outcome: 'reached', notes: '邮寄催收函，载明欠款金额、依据及异议途径', deliveryProof: 'signed-receipt', trackingNumber: 'EA100200300CN', deliveryStatus: 'delivered', deliveredOn: '2025-09-15', proofTitle: '催收函及签收回执' },
      ],
    },
    {
      applicationName: '王建囯', keyTermNotice: false, statementTo: '2026-10-31', withArrears: true, withPowerOfAttorney: true,
      ledger: ledgerFor([
        ['2024-06-01', '消费', '100010.50', '装修材料'], ['2024-11-10', '利息', '6000.00', '透支利息'], ['2025-06-10', '利息', '8000.00', '透支利息'],
        ['2025-06-10', '违约金', '2400.00', '违约金'], ['2026-06-10', '利息', '7305.44', '透支利息'], ['2026-06-10', '违约金', '2400.00', '违约金'],
      ]),
      terms: { dueDate: '2024-12-04', interestBookedThrough: '2026-10-31' },
      contacts: [
        { occurredAt: '2025-08-01 11:00', channel: 'sms', party: 'cardholder', address: c.defendant.phone, toReservedContact: true, outcome: 'reached', notes: '发送逾期还款提醒短信', deliveryProof: 'sms-report', deliveryStatus: 'delivered' },
        { occurredAt: '2025-11-03 23:10', channel: 'phone', party: 'cardholder', address: c.defendant.phone, toReservedContact: true, outcome: 'promise-to-pay', notes: '夜间致电，持卡人承诺月底前还款', deliveryProof: 'call-recording', proofTitle: '夜间通话录音文字稿' },
      ],
    },
    {
      applicationName: c.defendant.name, keyTermNotice: true, statementTo: '2026-08-31', withArrears: false, withPowerOfAttorney: false,
      ledger: ledgerFor([
        ['2025-06-02', '消费', '19570.05', '网购'], ['2025-10-20', '利息', '1000.00', '透支利息'], ['2026-08-20', '利息', '1133.60', '透支利息'],
        ['2026-08-20', '违约金', '600.00', '违约金'], ['2026-08-20', '手续费', '80.00', '分期手续费'],
      ]),
      terms: { dueDate: '2025-09-09', interestBookedThrough: '2026-10-31' },
      contacts: [
        { occurredAt: '2026-03-02 15:00', channel: 'letter', party: 'cardholder', address: c.defendant.registeredAddress, toReservedContact: true, outcome: 'unreachable', notes: '邮寄催收函，查无此人退回', deliveryProof: 'postal-tracking', trackingNumber: 'EA300200100CN', deliveryStatus: 'returned', proofTitle: '退回的催收函' },
      ],
    },
  ];
}

/** Adds the demo evidence, ledger, terms and contacts to one demo case (`index` is its place in demoCases()). */
export async function seedDemoEvidence(call: DemoCall, index: number, caseId: number, fonts: PdfFonts): Promise<void> {
  const c = (await call('case:get', { id: caseId })) as Case;
  const plan = plans(c)[index];
  if (!plan) return;
  const card = maskCardNumber(c.card.cardNumber);
  const add = async (fileName: string, bytes: Uint8Array, itemMeta: EvidenceMetaInput) =>
    (await call('evidence:add', { caseId, fileName, contentBase64: Buffer.from(bytes).toString('base64'), meta: itemMeta })) as EvidenceItem;

  await add('营业执照及金融许可证.pdf', await pdf(fonts, '营业执照及金融许可证（副本）', ['名称：云岭银行股份有限公司信用卡中心', '统一社会信用代码：见原告信息', '金融许可证机构编码：B0000H253010001（虚构）']), { kind: 'licence', title: '营业执照、金融许可证' });
  await add(`${c.defendant.residentId}-信用卡申请表.pdf`, await pdf(fonts, '信用卡申请表', [`申请人姓名：${plan.applicationName}`, `公民身份号码：${c.defendant.residentId}`, `申请日期：${c.card.agreementDate}`, '申请人声明：本人已阅读并同意《信用卡领用合约》全部条款。', '申请人签名：（签名）']),
    { kind: 'application-form', title: '信用卡申请表', recordedName: plan.applicationName, recordedIdNumber: c.defendant.residentId, periodFrom: c.card.agreementDate });
  await add('信用卡领用合约.pdf', await pdf(fonts, '信用卡领用合约', ['第十条 透支利息：日利率万分之五，按月计收复利。', '第十二条 违约金：最低还款额未还部分的5%。', ...(plan.keyTermNotice ? ['重要条款提示：上述利息、违约金条款已以加粗字体提示，申请人已签字确认理解。'] : [])]),
    { kind: 'card-agreement', title: '信用卡领用合约', hasKeyTermNotice: plan.keyTermNotice, periodFrom: c.card.agreementDate });
  await add(`${c.defendant.residentId}-身份证.png`, demoPng(320, 200, [214, 228, 240]), { kind: 'identity', title: '被告居民身份证复印件' });
  await add(`${c.card.cardNumber}-对账单.pdf`, await pdf(fonts, '信用卡对账单', [`卡号：${card}`, `账单期间：${plan.ledger[0]![0]} 至 ${plan.statementTo}`], { header: ['日期', '摘要', '金额（元）'], rows: plan.ledger.map(([d, , amount, what]) => [d, what, amount]) }),
    { kind: 'statement', title: '信用卡对账单及交易明细', periodFrom: plan.ledger[0]![0], periodTo: plan.statementTo });
  if (plan.withArrears) {
    await add('欠款计算明细.pdf', await pdf(fonts, '欠款计算明细', [`截至 ${c.claim.asOfDate}`, `卡号：${card}`]), { kind: 'arrears-calculation', title: '欠款计算明细', periodTo: c.claim.asOfDate });
  }
  if (plan.withPowerOfAttorney) {
    await add('授权委托书.pdf', await pdf(fonts, '授权委托书', ['委托人：云岭银行股份有限公司信用卡中心', '受托人：孙明远，滇池律师事务所律师', '代理权限：特别授权']), { kind: 'power-of-attorney', title: '授权委托书' });
  }

  const csv = ['交易日期,交易类型,交易金额,交易描述', ...plan.ledger.map((row) => row.join(','))].join('\r\n');
  await call('ledger:import', {
    caseId, fileName: 'transactions.csv', contentBase64: Buffer.from('\ufeff' + csv, 'utf8').toString('base64'),
    mapping: { date: '交易日期', type: '交易类型', amount: '交易金额', description: '交易描述' }, replace: true,
  });
  await call('claim:save-terms', { caseId, terms: plan.terms });

  for (const { proofTitle, ...values } of plan.contacts) {
    let proofEvidenceId: number | null = null;
    if (proofTitle) {
      const proof = await add(`${proofTitle}-${values.occurredAt.slice(0, 10)}.pdf`, await pdf(fonts, proofTitle, [`时间：${values.occurredAt}`, `对象：${c.defendant.name}`, values.notes ?? '']),
        { kind: 'contact-record', title: proofTitle, periodFrom: values.occurredAt.slice(0, 10), periodTo: values.occurredAt.slice(0, 10) });
      proofEvidenceId = proof.id;
    }
    await call('contact:save', { caseId, values: { ...values, proofEvidenceId } });
  }
}

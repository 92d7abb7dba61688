/**
 * The label a user reads for a field that an error or a missing-information list names. Errors keep the
 * dotted path in `field` (so a form can focus the input), and say the label in their message: a user never
 * reads "court.name" or "serviceAddress.postcode". Numbered parts of a path (the third evidence item) are
 * written as 第 N 项. A path no entry covers — a user's own template naming its own data — is shown as written.
 */
import type { Bilingual } from './bilingual';

const L = (zh: string, en: string): Bilingual => ({ zh, en });

/** Labels by path; `*` stands for a position in a list. */
const labels: Record<string, Bilingual> = {
  caseId: L('案件编号', 'case number'),
  id: L('编号', 'id'),
  filingDate: L('起诉日期', 'filing date'),
  templateId: L('文书模板', 'document template'),
  // 原告、代理人
  'plaintiff.name': L('原告名称', "plaintiff's name"),
  'plaintiff.address': L('原告住所地', "plaintiff's domicile"),
  'plaintiff.creditCode': L('原告统一社会信用代码', "plaintiff's unified social credit code"),
  'plaintiff.responsiblePerson': L('原告负责人', "plaintiff's person in charge"),
  'plaintiff.responsibleTitle': L('原告负责人职务', "title of the plaintiff's person in charge"),
  'plaintiff.phone': L('原告联系电话', "plaintiff's phone"),
  'agent.name': L('委托诉讼代理人姓名', "agent's name"),
  'agent.employer': L('委托诉讼代理人工作单位', "agent's employer"),
  'agent.phone': L('委托诉讼代理人联系电话', "agent's phone"),
  'agent.licenceNumber': L('律师执业证号', "agent's practising licence number"),
  // 被告
  'defendant.name': L('被告姓名', "defendant's name"),
  'defendant.sex': L('被告性别', "defendant's sex"),
  'defendant.sexLabel': L('被告性别', "defendant's sex"),
  'defendant.ethnicity': L('被告民族', "defendant's ethnicity"),
  'defendant.birthDate': L('被告出生日期', "defendant's date of birth"),
  'defendant.residentId': L('被告身份证号码', "defendant's ID number"),
  'defendant.registeredAddress': L('被告户籍所在地', "defendant's registered address"),
  'defendant.habitualResidence': L('被告经常居住地', "defendant's habitual residence"),
  'defendant.phone': L('被告联系电话', "defendant's phone"),
  'defendant.employer': L('被告工作单位', "defendant's employer"),
  'defendant.age': L('被告年龄', "defendant's age"),
  'defendant.residentIdMasked': L('被告身份证号码（遮蔽）', "defendant's ID number (masked)"),
  'defendant.serviceAddress': L('被告送达地址', "defendant's address for service"),
  // 信用卡与诉请
  'card.cardNumber': L('信用卡卡号', 'card number'),
  'card.agreementDate': L('领用合约签订日期', 'card agreement date'),
  'card.issuingBranch': L('发卡机构', 'issuing branch'),
  'card.creditLimit': L('授信额度', 'credit limit'),
  'card.creditLimitFen': L('授信额度', 'credit limit'),
  'card.cardNumberMasked': L('信用卡卡号（遮蔽）', 'card number (masked)'),
  'card.firstDefaultDate': L('首次逾期日', 'first default date'),
  'claim.asOfDate': L('欠款截止日', 'claim date'),
  'claim.principal': L('诉请本金', 'principal claimed'),
  'claim.interest': L('诉请利息', 'interest claimed'),
  'claim.penalty': L('诉请违约金', 'penalty claimed'),
  'claim.fees': L('诉请费用', 'fees claimed'),
  'claim.total': L('欠款总额', 'total claimed'),
  'claim.principalFen': L('诉请本金', 'principal claimed'),
  'claim.interestFen': L('诉请利息', 'interest claimed'),
  'claim.penaltyFen': L('诉请违约金', 'penalty claimed'),
  'claim.feesFen': L('诉请费用', 'fees claimed'),
  'claim.totalFen': L('欠款总额', 'total claimed'),
  'tracking.owner': L('经办人', 'case handler'),
  // 法院与案号
  'court.name': L('受诉法院', 'court addressed'),
  'proceedings.courtCaseNumber': L('案号', 'case number of the court'),
  // 证据
  evidence: L('证据目录', 'evidence list'),
  'evidenceList.items': L('证据目录', 'evidence list'),
  'evidence.*.name': L('证据第 {n} 项的名称', 'name of evidence item {n}'),
  'evidence.*.source': L('证据第 {n} 项的来源', 'source of evidence item {n}'),
  'evidence.*.proves': L('证据第 {n} 项的证明内容', 'what evidence item {n} proves'),
  'evidence.*.pages': L('证据第 {n} 项的页数', 'pages of evidence item {n}'),
  // 送达地址确认书
  'serviceAddress.recipient': L('送达地址的收件人', 'recipient of the service address'),
  'serviceAddress.address': L('送达地址', 'service address'),
  'serviceAddress.postcode': L('送达地址的邮政编码', 'postcode of the service address'),
  'serviceAddress.phone': L('送达地址的联系电话', 'phone of the service address'),
  'serviceAddress.email': L('电子送达邮箱', 'e-mail for electronic service'),
  'serviceAddress.electronic': L('同意电子送达', 'consents to electronic service'),
  // 授权委托书
  'powerOfAttorney.term': L('委托期限', 'term of the authority'),
  'powerOfAttorney.powers': L('特别授权事项', 'special powers'),
  // 和解协议
  'settlement.confirmedTotal': L('和解确认的欠款总额', 'debt confirmed by the settlement'),
  'settlement.confirmedTotalFen': L('和解确认的欠款总额', 'debt confirmed by the settlement'),
  'settlement.confirmedAsOf': L('欠款确认截止日', 'date the debt is confirmed to'),
  'settlement.agreedDate': L('和解协议签订日期', 'date of the settlement'),
  'settlement.downPayment': L('首付款金额', 'down payment'),
  'settlement.downPaymentDate': L('首付款日期', 'down payment date'),
  'settlement.firstDueDate': L('首期还款日', 'first instalment date'),
  'settlement.instalments': L('分期期数', 'number of instalments'),
  'settlement.enforcementCaseNumber': L('执行案号', 'enforcement case number'),
  'settlement.mediationOrganisation': L('调解组织名称', 'mediation organisation'),
  'settlement.ending': L('和解后的结案方式', 'how the suit ends'),
  'settlement.repaymentAccount': L('还款账户', 'repayment account'),
  'settlement.waived': L('减免的利息和违约金', 'interest and penalty waived'),
  'settlement.acceptanceFee': L('案件受理费', 'acceptance fee'),
  'settlement.schedule.*.dueDate': L('第 {n} 期的还款日', 'due date of instalment {n}'),
  'settlement.schedule.*.amount': L('第 {n} 期的还款金额', 'amount of instalment {n}'),
  // 强制执行申请书
  'enforcement.basis.caseNumber': L('执行依据的案号', 'case number of the decision enforced'),
  'enforcement.basis.effectiveDate': L('执行依据的生效日期', 'date the decision took effect'),
  'enforcement.basis.lastPerformanceDay': L('履行期限的最后一日', 'last day of performance'),
  'enforcement.basis.court': L('作出执行依据的法院', 'court that made the decision'),
  'enforcement.enforcementCourt': L('执行法院', 'enforcement court'),
  'enforcement.awarded': L('判决或调解书确定的给付金额', 'amounts awarded'),
  'enforcement.awarded.principal': L('判决确定的本金', 'principal awarded'),
  'enforcement.awarded.interest': L('判决确定的利息', 'interest awarded'),
  'enforcement.awarded.penalty': L('判决确定的违约金', 'penalty awarded'),
  'enforcement.awarded.fees': L('判决确定的费用', 'fees awarded'),
  'enforcement.awarded.litigationCosts': L('判决由被告负担的诉讼费用', 'litigation costs awarded'),
  'enforcement.interestToDate': L('迟延履行利息计算截止日', 'date delay interest is computed to'),
  'enforcement.payments.*.date': L('第 {n} 笔已付款的日期', 'date of payment {n}'),
  'enforcement.payments.*.amount': L('第 {n} 笔已付款的金额', 'amount of payment {n}'),
  // 财产保全申请书
  'preservation.amount': L('申请保全的金额', 'amount to preserve'),
  'preservation.amountFen': L('申请保全的金额', 'amount to preserve'),
  'preservation.propertyClues': L('财产线索', 'property leads'),
  'preservation.propertyClues.*.description': L('第 {n} 条财产线索', 'property lead {n}'),
  // 撤诉申请书
  'withdrawal.details': L('撤诉理由', 'reason for the withdrawal'),
  // 要素式起诉状
  'complaint.repaidOverdue': L('被告逾期部分已还金额', 'amount repaid after default'),
  // 时效与账务
  'values.date': L('日期', 'date'),
  from: L('起算日', 'start date'),
  asOf: L('计算截止日', 'date computed to'),
  amount: L('金额', 'amount'),
};

/** The label of the field at `path`, in both languages. */
export function fieldLabel(path: string): Bilingual {
  const parts = path.split('.');
  const numbers = parts.filter((p) => /^\d+$/.test(p)).map((p) => Number(p) + 1);
  const key = parts.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  const found = labels[key] ?? labels[parts.filter((p) => !/^\d+$/.test(p)).join('.')];
  if (!found) return { zh: path, en: path };
  const fill = (text: string) => text.replace('{n}', String(numbers[0] ?? ''));
  return { zh: fill(found.zh), en: fill(found.en) };
}

/** True when `path` has a label of its own (the test that every manifest's required field is labelled uses it). */
export function hasFieldLabel(path: string): boolean {
  const label = fieldLabel(path);
  return label.zh !== path;
}

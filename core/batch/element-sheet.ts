/**
 * The element sheet (诉讼要素表, GLOSSARY `elementSheet`): one row per case, the items of the 2025 element-style
 * complaint (民事起诉状（信用卡纠纷）（要素式）, 法〔2025〕82号; templates/documents/complaint-element-2025) as
 * columns, in the form's order and with its labels, as court batch platforms ingest it. One sheet per court:
 * the caller passes the cases addressed to one court.
 *
 * Each row is read from the same FilingData the element complaint is rendered from, so the sheet and the
 * complaint cannot disagree. A cell holds only what the record holds: a yes/no item the records do not answer
 * (key-term notice, collection, forum clause …) is blank, never a default 是, and so are the security items
 * (事实和理由 7–13), which no record of a card case answers. Amounts are yuan with two decimals, dates YYYY-MM-DD.
 */
import { chineseDate } from '../calendar/chinese-date';
import type { OrganisationType } from '../case/case-model';
import type { FilingData } from '../documents/filing-data';
import type { ElementState } from '../documents/filing-element';
import { formatYuan } from '../money/fen';
import type { TextTable } from './manifest';

type Column = { label: string; value: (data: FilingData) => string };

const organisationTypeLabels: Record<OrganisationType, string> = {
  'limited-liability': '有限责任公司', 'joint-stock': '股份有限公司', listed: '上市公司', 'other-enterprise': '其他企业法人', branch: '分支机构',
};

/** 是 / 否 for an answered item, blank for an open one (the lawyer answers it). */
function yesNo(state: ElementState, yes = '是', no = '否'): string {
  return state === 'yes' ? yes : state === 'no' ? no : '';
}

const blank = (): string => '';

/** Where documents go: the entered service address, else the one the element complaint prints (agent at the plaintiff's domicile). */
function service(data: FilingData) {
  const { serviceAddress, agent, plaintiff } = data;
  if (serviceAddress) return serviceAddress;
  return { address: plaintiff.address, postcode: '', recipient: agent ? agent.name : plaintiff.responsiblePerson, phone: agent ? agent.phone : (plaintiff.phone ?? ''), electronic: true, sms: true, email: false, emailAddress: '' };
}

/** The claimed charges besides the principal (诉讼请求 2), as the complaint lists them; blank when there are none. */
function claimedCharges(data: FilingData): string {
  const { interestFen, penaltyFen, feesFen } = data.claim;
  const parts = [[interestFen, '利息'], [penaltyFen, '违约金'], [feesFen, '手续费等费用']] as const;
  return parts.filter(([fen]) => fen > 0).map(([fen, label]) => `${label}${formatYuan(fen)}元`).join('、');
}

/**
 * 请求承担责任的依据 as the element complaint states it: the card agreement, and the Civil Code articles on
 * contract performance and breach (509, 577), loans (674, 675), 违约金 (585) and interest (676) where claimed.
 */
function liabilityBasis(data: FilingData): string {
  const articles = ['第五百零九条', '第五百七十七条', ...(data.claim.penaltyFen > 0 ? ['第五百八十五条'] : []), '第六百七十四条', '第六百七十五条', ...(data.claim.interestFen > 0 ? ['第六百七十六条'] : [])];
  return `合同约定：《信用卡领用合约》关于按期还款、透支利息、违约金及违约责任的约定；法律规定：《中华人民共和国民法典》${articles.join('、')}`;
}

/** The evidence the complaint lists, by name; a placeholder row (nothing on record) gives a blank cell. */
function evidenceNames(data: FilingData): string {
  const names = data.evidenceList ? data.evidenceList.items.map((item) => item.name) : data.evidence.map((item) => item.name);
  return names.filter((name) => !/^＿+$/.test(name)).map((name, i) => `${i + 1}. ${name}`).join('\n');
}

const COLUMNS: readonly Column[] = [
  { label: '案件编号', value: (d) => String(d.caseId) },
  // 当事人信息
  { label: '原告名称', value: (d) => d.plaintiff.name },
  { label: '住所地（主要办事机构所在地）', value: (d) => d.plaintiff.address },
  { label: '法定代表人/主要负责人', value: (d) => d.plaintiff.responsiblePerson },
  { label: '职务', value: (d) => d.plaintiff.responsibleTitle },
  { label: '原告联系电话', value: (d) => d.plaintiff.phone ?? '' },
  { label: '统一社会信用代码', value: (d) => d.plaintiff.creditCode },
  { label: '原告类型', value: (d) => (d.element.organisationType === '' ? '' : organisationTypeLabels[d.element.organisationType]) },
  { label: '委托诉讼代理人', value: (d) => (d.agent ? d.agent.name : '无') },
  { label: '代理人单位', value: (d) => d.agent?.employer ?? '' },
  { label: '代理人职务', value: (d) => (d.agent ? (d.powerOfAttorney.agentIsLawyer ? '律师' : '工作人员') : '') },
  { label: '代理人联系电话', value: (d) => d.agent?.phone ?? '' },
  { label: '代理权限', value: (d) => (d.agent ? (d.powerOfAttorney.special ? '特别授权' : '一般授权') : '') },
  { label: '送达地址', value: (d) => service(d).address },
  { label: '邮政编码', value: (d) => service(d).postcode },
  { label: '收件人', value: (d) => service(d).recipient },
  { label: '送达联系电话', value: (d) => service(d).phone },
  { label: '是否接受电子送达', value: (d) => (service(d).electronic ? '是' : '否') },
  {
    label: '电子送达方式',
    value: (d) => {
      const s = service(d);
      if (!s.electronic) return '';
      return [...(s.sms ? [`短信 ${s.phone}`] : []), ...(s.email ? [`邮箱 ${s.emailAddress}`] : [])].join('；');
    },
  },
  { label: '被告姓名', value: (d) => d.defendant.name },
  { label: '性别', value: (d) => d.defendant.sexLabel },
  { label: '出生日期', value: (d) => d.defendant.birthDate },
  { label: '民族', value: (d) => d.defendant.ethnicity },
  { label: '工作单位', value: (d) => d.defendant.employer },
  { label: '被告联系电话', value: (d) => d.defendant.phone },
  { label: '住所地（户籍所在地）', value: (d) => d.defendant.registeredAddress },
  { label: '经常居住地', value: (d) => d.defendant.habitualResidence },
  { label: '证件类型', value: () => '居民身份证' },
  { label: '证件号码', value: (d) => d.defendant.residentId },
  // 诉讼请求和依据
  { label: '计算截止日', value: (d) => d.claim.asOfDate },
  { label: '透支本金（元）', value: (d) => formatYuan(d.claim.principalFen) },
  { label: '利息（元）', value: (d) => formatYuan(d.claim.interestFen) },
  { label: '违约金（元）', value: (d) => formatYuan(d.claim.penaltyFen) },
  { label: '手续费等费用（元）', value: (d) => formatYuan(d.claim.feesFen) },
  { label: '利息、违约金、手续费等', value: claimedCharges },
  { label: '其后利息', value: (d) => (d.claim.runningInterest !== '' ? d.claim.runningInterest : `自${chineseDate(d.claim.runningFrom)}起至实际清偿之日止的利息按《信用卡领用合约》约定标准计算`) },
  { label: '计算明细', value: (d) => d.claim.details },
  { label: '是否主张担保权利', value: blank },
  { label: '是否主张实现债权的费用', value: (d) => (d.element.realisationCosts ? '是' : '否') },
  { label: '实现债权的费用明细', value: (d) => (d.element.realisationCosts ? d.element.realisationCostsDetails : '') },
  { label: '是否主张诉讼费用', value: (d) => (d.element.claimCosts ? '是' : '否') },
  { label: '其他请求', value: (d) => d.element.otherClaims },
  { label: '标的总额（元）', value: (d) => formatYuan(d.claim.totalFen) },
  // 约定管辖和诉讼保全
  { label: '有无仲裁、法院管辖约定', value: (d) => yesNo(d.element.forumClause, '有', '无') },
  { label: '管辖约定条款及内容', value: (d) => (d.element.forumClause === 'yes' ? d.element.forumClauseText : '') },
  { label: '是否已经诉前保全', value: (d) => yesNo(d.element.preSuitPreservation) },
  { label: '诉前保全情况', value: (d) => (d.element.preSuitPreservation === 'yes' ? d.element.preSuitPreservationDetails : '') },
  // 事实和理由
  { label: '信用卡卡号', value: (d) => d.card.cardNumber },
  { label: '信用卡持卡人', value: (d) => d.defendant.name },
  { label: '发卡日期', value: (d) => d.card.agreementDate },
  { label: '发卡行', value: (d) => d.card.issuingBranch },
  { label: '透支金额（授信额度）（元）', value: (d) => formatYuan(d.card.creditLimitFen) },
  { label: '是否就信用卡合约主要条款进行提示注意', value: (d) => yesNo(d.element.keyTermNotice) },
  { label: '提示注意的方式', value: (d) => (d.element.keyTermNotice === 'yes' ? d.element.keyTermNoticeMethod : '') },
  { label: '提示注意的时间', value: (d) => (d.element.keyTermNotice === 'yes' ? d.card.agreementDate : '') },
  { label: '被告逾期部分已还金额（元）', value: (d) => (d.element.repaidOverdueFen === null ? '' : formatYuan(d.element.repaidOverdueFen)) },
  { label: '逾期时间', value: (d) => d.card.firstDefaultDate },
  { label: '逾期未还款金额（元）', value: (d) => formatYuan(d.claim.totalFen) },
  { label: '是否向被告进行通知和催收', value: (d) => yesNo(d.element.collection) },
  { label: '通知和催收具体情况', value: (d) => (d.element.collection === 'yes' ? d.element.collectionDetails : '') },
  { label: '是否签订物的担保（抵押、质押）合同', value: blank },
  { label: '担保人、担保物', value: blank },
  { label: '是否最高额担保（抵押、质押）', value: blank },
  { label: '是否办理抵押、质押登记', value: blank },
  { label: '是否签订保证合同', value: blank },
  { label: '保证方式', value: blank },
  { label: '其他担保方式', value: blank },
  { label: '请求承担责任的依据', value: liabilityBasis },
  { label: '其他需要说明的内容', value: (d) => d.element.otherFacts },
  { label: '证据清单', value: evidenceNames },
  // 对纠纷解决方式的意愿
  { label: '是否了解调解作为非诉讼纠纷解决方式', value: (d) => yesNo(d.element.mediationAware, '了解', '不了解') },
  { label: '是否了解先行调解的好处', value: (d) => yesNo(d.element.mediationBenefitsAware, '了解', '不了解') },
  {
    label: '是否考虑先行调解',
    value: (d) => ({ yes: '是', no: '否', unsure: '暂不确定', open: '' })[d.element.considerMediation],
  },
];

/** The element sheet of `cases` (one court's): the header of item labels and one row of text per case. */
export function elementSheetTable(cases: readonly FilingData[]): TextTable {
  return { header: COLUMNS.map((column) => column.label), rows: cases.map((data) => COLUMNS.map((column) => column.value(data))) };
}

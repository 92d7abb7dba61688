/**
 * The kinds of evidence in a credit-card suit (domain.md §8, the standard evidence set), with the
 * labels a Chinese lawyer uses and what each kind proves by default.
 */
import type { Bilingual } from '../bilingual';

export const evidenceKinds = [
  'application-form', 'card-agreement', 'identity', 'statement', 'contact-record',
  'arrears-calculation', 'licence', 'power-of-attorney', 'installment-agreement', 'other',
] as const;
/** One kind of evidence. */
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Label, default "proves" text and the §8 row of each kind. */
export const evidenceKindInfo: Record<EvidenceKind, { label: Bilingual; proves: Bilingual; source: string }> = {
  'application-form': { label: { zh: '信用卡申请表', en: 'Card application form' }, proves: { zh: '被告申领信用卡，双方成立信用卡合同关系', en: 'The defendant applied for the card; the card contract was formed' }, source: '原告（被告签署）' },
  'card-agreement': { label: { zh: '领用合约/章程', en: 'Card agreement' }, proves: { zh: '双方关于透支利息、违约金、费用及违约责任的约定', en: 'The agreed interest, penalty, fees and remedies' }, source: '原告' },
  identity: { label: { zh: '身份证明', en: 'Identity document' }, proves: { zh: '被告的身份信息及住所地', en: "The defendant's identity and domicile" }, source: '原告（申领时由被告提供）' },
  statement: { label: { zh: '对账单/交易明细', en: 'Statements / transaction detail' }, proves: { zh: '被告透支消费、还款及逾期的事实', en: 'Use of the card, payments and default' }, source: '原告' },
  'contact-record': { label: { zh: '催收记录', en: 'Collection record' }, proves: { zh: '原告向被告催收的时间、方式及结果', en: 'When and how the bank demanded payment, and with what result' }, source: '原告' },
  'arrears-calculation': { label: { zh: '欠款计算明细', en: 'Arrears calculation' }, proves: { zh: '截至计算日被告所欠本金、利息、违约金及费用的数额', en: 'Principal, interest, penalty and fees owed at the cut-off date' }, source: '原告' },
  licence: { label: { zh: '营业执照/金融许可证', en: 'Business and financial licences' }, proves: { zh: '原告的主体资格', en: "The plaintiff's standing" }, source: '原告' },
  'power-of-attorney': { label: { zh: '授权委托书', en: 'Power of attorney' }, proves: { zh: '委托诉讼代理人的代理权限', en: "The agent's authority" }, source: '原告' },
  'installment-agreement': { label: { zh: '分期协议', en: 'Instalment agreement' }, proves: { zh: '分期还款的约定及最后一期到期日', en: 'The instalment terms and the last instalment date' }, source: '原告' },
  other: { label: { zh: '其他', en: 'Other' }, proves: { zh: '', en: '' }, source: '原告' },
};

/** Words in a file name that suggest its kind, checked in this order. */
const nameWords: [EvidenceKind, RegExp][] = [
  ['application-form', /申请表|申请书|application/i],
  ['card-agreement', /领用合约|合约|章程|须知|agreement|terms/i],
  ['identity', /身份证|户籍|户口|identity|\bid\b/i],
  ['arrears-calculation', /欠款|计算|arrears|calculation/i],
  ['statement', /对账单|账单|交易明细|明细|statement|transactions/i],
  ['contact-record', /催收|催告|短信|录音|信函|律师函|collection|demand/i],
  ['licence', /营业执照|许可证|执照|licen[cs]e/i],
  ['power-of-attorney', /授权委托|委托书|attorney|\bpoa\b/i],
  ['installment-agreement', /分期|installment|instalment/i],
];

/** The kind a file name suggests, or null. */
export function kindFromFileName(fileName: string): EvidenceKind | null {
  return nameWords.find(([, pattern]) => pattern.test(fileName))?.[0] ?? null;
}

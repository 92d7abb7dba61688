/**
 * The values a form field can be mapped to: every single value of the filing data (nested objects
 * flattened to dotted paths; lists left out), labelled in the words of a filing where the path is a
 * common one, and shown with the chosen case's value so the mapping can be checked while it is made.
 */
import type { MappableValue } from './form-operations';

/** Labels of the paths most forms ask for. */
const labels: Record<string, string> = {
  'plaintiff.name': '原告名称', 'plaintiff.address': '原告住所地', 'plaintiff.creditCode': '原告统一社会信用代码',
  'plaintiff.responsiblePerson': '原告负责人', 'plaintiff.responsibleTitle': '负责人职务', 'plaintiff.phone': '原告联系电话',
  'agent.name': '委托诉讼代理人', 'agent.employer': '代理人工作单位', 'agent.licenceNumber': '律师执业证号', 'agent.phone': '代理人联系电话',
  'defendant.name': '被告姓名', 'defendant.sexLabel': '被告性别', 'defendant.birthDate': '被告出生日期', 'defendant.age': '被告年龄',
  'defendant.ethnicity': '被告民族', 'defendant.residentId': '被告公民身份号码', 'defendant.residentIdMasked': '被告公民身份号码（遮蔽）',
  'defendant.registeredAddress': '被告户籍所在地', 'defendant.habitualResidence': '被告经常居住地', 'defendant.serviceAddress': '被告送达地址',
  'defendant.phone': '被告联系电话', 'defendant.employer': '被告工作单位',
  'card.cardNumber': '信用卡卡号', 'card.cardNumberMasked': '信用卡卡号（遮蔽）', 'card.agreementDate': '领用合约签订日', 'card.issuingBranch': '发卡机构',
  'card.creditLimitFen': '授信额度（分）', 'card.firstDefaultDate': '首次逾期日',
  'claim.asOfDate': '欠款截止日', 'claim.principalFen': '透支本金（分）', 'claim.interestFen': '利息（分）', 'claim.penaltyFen': '违约金（分）',
  'claim.feesFen': '手续费等费用（分）', 'claim.totalFen': '诉请金额合计（分）',
  'court.name': '受理法院', 'proceedings.courtCaseNumber': '案号', filingDate: '起诉（落款）日期',
  'serviceAddress.address': '原告送达地址', 'serviceAddress.postcode': '送达地址邮政编码', 'serviceAddress.recipient': '收件人',
  'serviceAddress.phone': '收件人电话', 'serviceAddress.electronic': '同意电子送达',
};

/** Flattens the data to its single values, in a stable order (labelled paths first). */
export function mappableValues(data: object): MappableValue[] {
  const out: MappableValue[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || value === undefined || Array.isArray(value)) return;
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    out.push({ path, label: labels[path] ?? '', example: String(value) });
  };
  walk(data, '');
  return out.sort((a, b) => Number(b.label !== '') - Number(a.label !== '') || 0);
}

import type { CaseImportField } from './import-operations';

/**
 * The headers banks use for each field of a case export, in Chinese and English, compared after
 * `normaliseHeader`. A header names one field only: no alias appears under two fields (a test checks), so a
 * match is never a guess between fields; the only ambiguity left is two columns of one file naming the same field.
 */
export const headerAliases: Record<CaseImportField, readonly string[]> = {
  defendantName: ['客户姓名', '姓名', '持卡人', '持卡人姓名', '被告', '被告姓名', '借款人', '客户名称', 'name', 'customername', 'cardholder', 'cardholdername', 'defendant', 'defendantname'],
  residentId: ['证件号码', '身份证号', '身份证号码', '居民身份证号码', '证件号', 'idnumber', 'idno', 'residentid', 'residentidnumber'],
  sex: ['性别', 'sex', 'gender'],
  birthDate: ['出生日期', '出生年月日', '生日', 'birthdate', 'dateofbirth'],
  ethnicity: ['民族', 'ethnicity'],
  registeredAddress: ['户籍地址', '身份证地址', '户籍所在地', '户口所在地', '证件地址', 'registeredaddress', 'domicile', 'idaddress'],
  habitualResidence: ['现住址', '经常居住地', '居住地址', '现居住地址', '家庭住址', 'habitualresidence', 'currentaddress', 'homeaddress'],
  phone: ['手机号码', '联系电话', '手机号', '电话', '手机', '联系方式', 'phone', 'mobile', 'phonenumber', 'mobilephone'],
  employer: ['工作单位', '单位名称', '单位', 'employer', 'workunit', 'company'],
  cardNumber: ['信用卡卡号', '卡号', '信用卡号', '卡号码', 'cardnumber', 'cardno', 'creditcardnumber'],
  agreementDate: ['申领日期', '开卡日期', '领用合约签订日期', '申请日期', '发卡日期', '办卡日期', 'agreementdate', 'opendate', 'issuedate', 'applicationdate'],
  issuingBranch: ['发卡机构', '发卡行', '发卡网点', 'issuingbranch', 'issuer', 'issuingbank'],
  creditLimit: ['信用额度', '授信额度', '额度', 'creditlimit', 'limit'],
  firstDefaultDate: ['首次逾期日期', '逾期日期', '首次逾期日', '逾期日', 'firstdefaultdate', 'defaultdate', 'overduedate'],
  asOfDate: ['截止日期', '计算截止日', '欠款截止日', '计算截止日期', '统计日期', 'asofdate', 'cutoffdate', 'asof'],
  principal: ['透支本金', '本金', '欠款本金', '诉请本金', 'principal', 'principalamount'],
  interest: ['利息', '欠款利息', '诉请利息', 'interest'],
  penalty: ['违约金', '滞纳金', '诉请违约金', 'penalty', 'latefee', 'latecharge', 'liquidateddamages'],
  fees: ['费用', '手续费', '年费', '其他费用', '诉请费用', 'fees', 'fee', 'charges', 'annualfee'],
  total: ['欠款总额', '合计', '总额', '欠款合计', '总计', '诉请总额', 'total', 'totalamount', 'totaldebt'],
  plaintiffName: ['原告', '分行', '机构', '原告名称', '起诉机构', 'plaintiff', 'branch', 'plaintiffname'],
  courtName: ['管辖法院', '法院', '受诉法院', '起诉法院', 'court', 'courtname'],
  owner: ['经办人', '承办人', 'owner', 'handler', 'casehandler'],
};

/** Full-width ASCII (typed in a Chinese IME's full-width mode) becomes half-width, as amounts are read. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A header as compared with the aliases: half-width, lower case, without spaces, underscores, hyphens, dots,
 * a trailing colon, a unit in brackets ("透支本金（元）", "Principal (CNY)") or a leading "*" marking a required column.
 */
export function normaliseHeader(header: string): string {
  return halfWidth(header)
    .toLowerCase()
    .replace(/[([][^)\]]*[)\]]/g, '')
    .replace(/[\s_\-.:*]/g, '');
}

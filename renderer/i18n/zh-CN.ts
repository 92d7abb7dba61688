/**
 * 界面文字（简体中文）。This file defines the keys; en.ts must provide the same keys.
 * Placeholders are written {name} and filled by t(key, { name }).
 */

import { courtTextZh } from '../features/court/text';
import { dashboardTextZh } from '../features/dashboard/text';
import { deadlinesTextZh } from '../features/deadlines/text';
import { trackingTextZh } from '../features/tracking/text';
import { evidenceTextZh } from '../features/evidence/text';
import { claimTextZh } from '../features/claim/text';
import { contactsTextZh } from '../features/contacts/text';
import { readinessTextZh } from '../features/readiness/text';
import { documentsTextZh } from '../features/documents/text';
import { documentInputsTextZh } from '../features/documents/input-text';
import { templatesTextZh } from '../features/templates/text';
import { bundleTextZh } from '../features/bundle/text';
import { importTextZh } from '../features/import/text';
import { batchRunTextZh } from '../features/batch/text';
import { caseListTextZh } from '../features/cases/list/text';
import { componentsTextZh } from '../components/text';
import { workspaceTextZh } from '../features/cases/workspace/text';
import { settingsTextZh } from '../features/settings/text';
import { encryptionTextZh } from '../features/encryption/text';

/** Every UI string in Simplified Chinese, the app's default language. */
export const zhCN = {
  'app.subtitle': '信用卡纠纷案件准备',
  'app.language': '界面语言',
  'app.dataDir': '数据文件夹',
  'nav.label': '主导航',
  'nav.cases': '案件',
  'nav.plaintiffs': '原告',
  'nav.agents': '代理人',

  'common.save': '保存',
  'common.saving': '正在保存…',
  'common.cancel': '取消',
  'common.edit': '编辑',
  'common.delete': '删除',
  'common.deleting': '正在删除…',
  'common.confirmDelete': '确认删除',
  'common.loading': '正在加载…',
  'common.optional': '选填',
  'common.actions': '操作',
  'toast.close': '关闭提示',
  'leave.title': '有未保存的修改',
  'leave.message': '本页填写的内容尚未保存，离开后将丢失。',
  'leave.discard': '放弃修改并离开',
  'leave.stay': '留在本页',
  'common.choose': '请选择',
  'common.saved': '已保存',
  'common.errorSummary': '有 {count} 处需要修改：',
  'common.saveFailed': '未能保存。',

  'status.draft': '草稿',
  'status.ready': '待立案',
  'status.filed': '已立案',

  'cases.title': '案件',
  'cases.new': '新建案件',
  'cases.search': '搜索案件',
  'cases.searchPlaceholder': '按被告姓名、身份证号码、卡号或法院搜索',
  'cases.empty': '暂无案件。点击“新建案件”开始录入。',
  'cases.noMatch': '没有找到与“{query}”相符的案件。',
  'cases.count': '共 {count} 件',
  'cases.col.defendant': '被告',
  'cases.col.residentId': '居民身份证号码',
  'cases.col.card': '信用卡卡号',
  'cases.col.plaintiff': '原告',
  'cases.col.court': '管辖法院',
  'cases.col.total': '诉请金额合计',
  'cases.col.status': '状态',
  'cases.col.updated': '更新时间',
  'cases.deleteTitle': '删除案件',
  'cases.deleteMessage': '确定删除被告“{name}”的案件吗？案件信息及其文书记录将被删除，此操作不可撤销。',
  'cases.created': '已新建被告“{name}”的案件。',
  'cases.deleted': '已删除被告“{name}”的案件。',

  'caseForm.newTitle': '新建案件',
  'caseForm.editTitle': '编辑案件：{name}',
  'caseForm.back': '返回案件列表',
  'caseTabs.label': '案件分页',
  'caseTabs.details': '案件信息',
  'caseForm.section.parties': '原告及代理人',
  'caseForm.section.defendant': '被告',
  'caseForm.section.card': '信用卡',
  'caseForm.section.claim': '诉讼请求',
  'caseForm.section.court': '管辖法院',
  'caseForm.noPlaintiffs': '尚未保存原告信息。',
  'caseForm.noAgents': '尚未保存委托诉讼代理人。',
  'caseForm.goPlaintiffs': '前往“原告”页面添加',
  'caseForm.goAgents': '前往“代理人”页面添加',
  'caseForm.noAgent': '（不委托代理人）',
  'caseForm.unitYuan': '元',
  'caseForm.amountHint': '单位：元，可填 12345.67 或 12,345.67',
  'caseForm.saveFailed': '案件未保存。',

  'field.plaintiffId': '原告',
  'field.agentId': '委托诉讼代理人',
  'field.defendant.name': '姓名',
  'field.defendant.sex': '性别',
  'field.defendant.ethnicity': '民族',
  'field.defendant.birthDate': '出生日期',
  'field.defendant.residentId': '居民身份证号码',
  'field.defendant.registeredAddress': '户籍所在地',
  'field.defendant.habitualResidence': '经常居住地',
  'field.defendant.phone': '联系电话',
  'field.defendant.employer': '工作单位',
  'field.card.cardNumber': '信用卡卡号',
  'field.card.agreementDate': '领用合约签订日',
  'field.card.issuingBranch': '发卡机构',
  'field.card.creditLimit': '授信额度',
  'field.card.firstDefaultDate': '首次逾期日',
  'field.claim.asOfDate': '欠款截止日',
  'field.claim.principal': '透支本金',
  'field.claim.interest': '利息',
  'field.claim.penalty': '违约金',
  'field.claim.fees': '手续费等费用',
  'field.courtName': '管辖法院',
  'sex.male': '男',
  'sex.female': '女',
  'placeholder.ethnicity': '如：汉族',
  'placeholder.court': '如：昆明市五华区人民法院',
  'placeholder.habitualResidence': '与户籍所在地不一致时填写',

  'docs.title': '生成文书',
  'docs.hint': '文书按已保存的案件信息生成；修改案件后请先保存再生成。',
  'docs.generate': '生成民事起诉状',
  'docs.generating': '正在生成民事起诉状（Word 和 PDF 格式），请稍候…',
  'docs.generated': '已生成 {count} 个文件。',
  'docs.empty': '尚未生成文书。',
  'docs.col.file': '文件名',
  'docs.col.format': '格式',
  'docs.col.size': '大小',
  'docs.col.created': '生成时间',
  'docs.col.sha256': 'SHA-256 摘要',
  'docs.reveal': '打开所在文件夹',
  'docs.revealed': '文件所在文件夹：{folder}',
  'docs.missing': '请先补充以下信息并保存案件：',
  'docs.plaintiffPrefix': '原告',
  'docs.filingDate': '起诉日期',

  'profiles.newPlaintiff': '新增原告',
  'profiles.editPlaintiff': '编辑原告',
  'profiles.plaintiffsIntro': '保存作为原告的发卡行（分行或信用卡中心）信息，新建案件时直接选用。',
  'profiles.plaintiffsEmpty': '尚未保存原告。',
  'profiles.deletePlaintiffTitle': '删除原告',
  'profiles.deletePlaintiffMessage': '确定删除原告“{name}”吗？此操作不可撤销。',
  'profiles.newAgent': '新增代理人',
  'profiles.editAgent': '编辑代理人',
  'profiles.agentsIntro': '保存委托诉讼代理人（律师或银行工作人员）信息，新建案件时直接选用。',
  'profiles.agentsEmpty': '尚未保存代理人。',
  'profiles.deleteAgentTitle': '删除代理人',
  'profiles.deleteAgentMessage': '确定删除代理人“{name}”吗？此操作不可撤销。',
  'profiles.savedNamed': '已保存“{name}”。',
  'profiles.deletedNamed': '已删除“{name}”。',

  'org.name': '名称',
  'org.creditCode': '统一社会信用代码',
  'org.address': '住所地',
  'org.responsiblePerson': '负责人',
  'org.responsibleTitle': '职务',
  'org.phone': '联系电话',
  'org.organisationType': '原告类型',
  'org.type.unstated': '未填写',
  'org.type.branch': '分支机构（分行、信用卡中心）',
  'org.type.joint-stock': '法人：股份有限公司',
  'org.type.limited-liability': '法人：有限责任公司',
  'org.type.listed': '法人：上市公司',
  'org.type.other-enterprise': '法人：其他企业法人',
  'org.licenceNumber': '金融许可证机构编码',
  'agent.name': '姓名',
  'agent.employer': '工作单位（律师事务所或银行）',
  'agent.licenceNumber': '律师执业证号（银行员工可不填）',
  'agent.phone': '联系电话',
  ...trackingTextZh,
  ...deadlinesTextZh,
  ...dashboardTextZh,
  ...courtTextZh,
  ...evidenceTextZh,
  ...claimTextZh,
  ...contactsTextZh,
  ...readinessTextZh,
  ...documentsTextZh,
  ...documentInputsTextZh,
  ...templatesTextZh,
  ...bundleTextZh,
  ...importTextZh,
  ...batchRunTextZh,
  ...caseListTextZh,
  ...componentsTextZh,
  ...workspaceTextZh,
  ...settingsTextZh,
  ...encryptionTextZh,
};

/** A key of the UI text tables. */
export type TextKey = keyof typeof zhCN;

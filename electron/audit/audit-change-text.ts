/**
 * What one audit record of a case did, said in a few words for the audit trail a lawyer reads (操作记录): the kind of
 * record the change concerns (evidence, a contact record, the ledger …) and, where the record holds one, its name.
 * The stored before/after data stays in the database; the export never shows its internal field names.
 */
import type { Bilingual } from '../../core/bilingual';

/** The top-level key of a change's stored data → what that change was. */
const changeNames: Record<string, Bilingual> = {
  evidenceAdded: { zh: '添加证据', en: 'Evidence added' },
  evidenceRemoved: { zh: '删除证据', en: 'Evidence removed' },
  evidence: { zh: '修改证据说明', en: 'Evidence description changed' },
  evidenceCopyRepaired: { zh: '用原件修复证据的存储副本', en: 'Stored evidence copy repaired from the original' },
  contactRecord: { zh: '催收记录', en: 'Contact record' },
  contactImport: { zh: '导入催收记录', en: 'Contact records imported' },
  ledgerImport: { zh: '导入账单流水', en: 'Ledger imported' },
  ledgerEntryAdded: { zh: '添加账单流水', en: 'Ledger entry added' },
  ledgerEntryRemoved: { zh: '删除账单流水', en: 'Ledger entry removed' },
  ledgerBalances: { zh: '设定欠款余额', en: 'Balances set' },
  cardTerms: { zh: '修改信用卡约定', en: 'Card terms changed' },
  limitationEvent: { zh: '诉讼时效事由', en: 'Limitation event' },
  tracking: { zh: '案件进程', en: 'Case progress' },
  settlementPlan: { zh: '和解方案', en: 'Settlement plan' },
  recoveryEntry: { zh: '回款记录', en: 'Recovery' },
  chosenCourt: { zh: '选定受诉法院', en: 'Court chosen' },
  jurisdictionFacts: { zh: '管辖事实', en: 'Jurisdiction facts' },
  bundle: { zh: '生成证据材料汇编', en: 'Evidence bundle built' },
  restoredFrom: { zh: '从备份恢复数据库', en: 'Database restored from a backup' },
};

const actionNames: Record<string, Bilingual> = {
  create: { zh: '新建', en: 'Created' },
  update: { zh: '修改', en: 'Changed' },
  delete: { zh: '删除', en: 'Deleted' },
  generate: { zh: '生成文书', en: 'Document generated' },
  restore: { zh: '恢复备份', en: 'Restored' },
};

function parsed(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A name the changed thing carries (an evidence title, a file name), if any. */
function nameIn(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const record = value as Record<string, unknown>;
  for (const key of ['title', 'fileName', 'name', 'file_name']) if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  return '';
}

/** The action of a record in words (新建, 修改 …). */
export function auditActionText(action: string): Bilingual {
  return actionNames[action] ?? { zh: '修改', en: 'Changed' };
}

/** What a record changed, e.g. 添加证据“信用卡申请表”; the action and `subject` (新建案件) when the record says no more. */
export function auditChangeText(action: string, beforeJson: string | null, afterJson: string | null, subject: Bilingual = { zh: '记录', en: 'record' }): Bilingual {
  const after = parsed(afterJson);
  const before = parsed(beforeJson);
  const source = after ?? before ?? {};
  const key = Object.keys(source).find((k) => k in changeNames);
  const base = key ? changeNames[key]! : action === 'generate' ? actionNames.generate! : { zh: `${auditActionText(action).zh}${subject.zh}`, en: `${auditActionText(action).en} ${subject.en}` };
  const name = nameIn(key ? source[key] : source);
  const removed = key !== undefined && after === null && !['evidenceRemoved', 'ledgerEntryRemoved'].includes(key);
  const zh = `${removed ? '删除' : ''}${base.zh}${name ? `“${name}”` : ''}`;
  const en = `${base.en}${removed ? ' removed' : ''}${name ? ` "${name}"` : ''}`;
  return { zh, en };
}

import type { CliCommand } from '../cli-command';

/** `dossier audit verify`. */
export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  usage: 'dossier audit verify [--db FILE] [--json]\n    核对操作记录是否被改动、插入或删除 / Check the audit log for edited, inserted or deleted records',
  load: async () => (await import('../commands/audit-commands')).runAuditVerify,
};

/** `dossier audit export CASE_ID`. */
export const auditExportCommand: CliCommand = {
  words: ['audit', 'export'],
  usage: 'dossier audit export CASE_ID [--format csv|xlsx] [--out FILE] [--db FILE] [--json]\n    导出案件的操作记录 / Export a case\'s audit trail',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  load: async () => (await import('../commands/audit-commands')).runAuditExport,
};

/** `dossier evidence verify`. */
export const evidenceVerifyCommand: CliCommand = {
  words: ['evidence', 'verify'],
  usage: 'dossier evidence verify [--db FILE] [--json]\n    重新核对每份已存证据文件的 SHA-256 / Re-hash every stored evidence file',
  load: async () => (await import('../commands/audit-commands')).runEvidenceVerify,
};

/** The audit-area commands, in --help order. */
export const auditCommands: CliCommand[] = [auditVerifyCommand, auditExportCommand, evidenceVerifyCommand];

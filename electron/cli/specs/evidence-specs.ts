import { evidenceKinds } from '../../../core/evidence/evidence-kinds';
import type { CliCommand } from '../cli-command';

/** `dossier check CASE_ID`: ready to file or not, and why, by kind of finding. Exit code 0 either way; the answer is in the output. */
export const checkCommand: CliCommand = {
  words: ['check'],
  usage: 'dossier check CASE_ID [--db FILE] [--json]\n    检查案件是否具备立案条件 / Check whether a case is ready to file',
  load: async () => (await import('../commands/evidence-commands')).runCheck,
};

/** `dossier evidence add CASE_ID FILE --kind KIND`. */
export const evidenceAddCommand: CliCommand = {
  words: ['evidence', 'add'],
  usage: `dossier evidence add CASE_ID FILE [--kind KIND] [--title TEXT] [--db FILE] [--json]\n    添加证据文件 / Attach an evidence file (KIND: ${evidenceKinds.join(', ')})`,
  options: { kind: { type: 'string' }, title: { type: 'string' } },
  load: async () => (await import('../commands/evidence-commands')).runEvidenceAdd,
};

/** `dossier contacts import CASE_ID FILE`. */
export const contactsImportCommand: CliCommand = {
  words: ['contacts', 'import'],
  usage: 'dossier contacts import CASE_ID FILE [--encoding auto|utf-8|gbk|gb18030] [--db FILE] [--json]\n    导入催收记录（CSV/XLSX）/ Import contact records',
  options: { encoding: { type: 'string' } },
  load: async () => (await import('../commands/evidence-commands')).runContactsImport,
};

/** The evidence-area commands, in --help order. */
export const evidenceCommands: CliCommand[] = [checkCommand, evidenceAddCommand, contactsImportCommand];

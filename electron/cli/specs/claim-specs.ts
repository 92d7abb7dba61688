import type { CliCommand } from '../cli-command';

/** `dossier claim CASE_ID --as-of YYYY-MM-DD`. */
export const claimCommand: CliCommand = {
  words: ['claim'],
  usage: 'dossier claim CASE_ID [--as-of YYYY-MM-DD] [--db FILE] [--json]\n    计算截至某日的诉请金额明细 / Compute the claim as of a date',
  options: { 'as-of': { type: 'string' } },
  load: async () => (await import('../commands/claim-commands')).runClaim,
};

/** `dossier limitation CASE_ID --filing-date YYYY-MM-DD`. */
export const limitationCommand: CliCommand = {
  words: ['limitation'],
  usage: 'dossier limitation CASE_ID [--filing-date YYYY-MM-DD] [--db FILE] [--json]\n    计算诉讼时效 / Compute the limitation period',
  options: { 'filing-date': { type: 'string' } },
  load: async () => (await import('../commands/claim-commands')).runLimitation,
};

/** `dossier calc limitation --from YYYY-MM-DD`: the last day of a three-year period counted from that day. */
export const calcLimitationCommand: CliCommand = {
  words: ['calc', 'limitation'],
  usage: 'dossier calc limitation --from YYYY-MM-DD [--json]\n    计算三年诉讼时效的最后一日（起算事件当日不计入，遇法定节假日顺延）/ Last day of a three-year period',
  options: { from: { type: 'string' } },
  load: async () => (await import('../commands/claim-commands')).runCalcLimitation,
};

/** `dossier ledger import CASE_ID FILE`: imports transaction detail with the mapping suggested from its headers. */
export const ledgerImportCommand: CliCommand = {
  words: ['ledger', 'import'],
  usage: 'dossier ledger import CASE_ID FILE [--encoding auto|utf-8|gbk|gb18030] [--append] [--db FILE] [--json]\n    导入交易明细（CSV/XLSX，按表头自动识别列）/ Import transaction detail',
  options: { encoding: { type: 'string' }, append: { type: 'boolean', default: false } },
  load: async () => (await import('../commands/claim-commands')).runLedgerImport,
};

/** The claim-area commands, in --help order. */
export const claimCommands: CliCommand[] = [claimCommand, limitationCommand, calcLimitationCommand, ledgerImportCommand];

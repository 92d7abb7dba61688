import type { CliCommand } from '../cli-command';

/** `dossier court suggest CASE_ID`. */
export const courtSuggestCommand: CliCommand = {
  words: ['court', 'suggest'],
  usage: 'dossier court suggest CASE_ID [--db FILE] [--json]\n    列出案件的候选管辖法院、理由与依据 / Candidate courts for a case, with reasons and citations',
  load: async () => (await import('../commands/court-commands')).runCourtSuggest,
};

/** `dossier court search TEXT`. */
export const courtSearchCommand: CliCommand = {
  words: ['court', 'search'],
  usage: 'dossier court search TEXT [--level basic|intermediate|high] [--db FILE] [--json]\n    按名称、拼音首字母或区划代码查找法院 / Search courts by name, pinyin initials or division code',
  options: { level: { type: 'string' } },
  load: async () => (await import('../commands/court-commands')).runCourtSearch,
};

/** `dossier court export --out FILE`. */
export const courtExportCommand: CliCommand = {
  words: ['court', 'export'],
  usage: 'dossier court export --out FILE.csv [--db FILE] [--json]\n    导出法院名录（CSV）/ Export the court directory as CSV',
  options: { out: { type: 'string' } },
  load: async () => (await import('../commands/court-commands')).runCourtExport,
};

/** `dossier court import FILE`. */
export const courtImportCommand: CliCommand = {
  words: ['court', 'import'],
  usage: 'dossier court import FILE.csv [--encoding auto|utf-8|gbk|gb18030] [--db FILE] [--json]\n    导入法院名录修改（CSV 或 XLSX，全部成功或全部不导入）/ Import directory edits from CSV or XLSX (all or nothing)',
  options: { encoding: { type: 'string' } },
  load: async () => (await import('../commands/court-commands')).runCourtImport,
};

/** `dossier fee --amount A [--procedure small|simplified|ordinary] [--closed-by judgment|mediation|withdrawal]`: pure, no database. */
export const feeCommand: CliCommand = {
  words: ['fee'],
  usage: 'dossier fee --amount 12345.67 [--procedure small|simplified|ordinary] [--closed-by judgment|mediation|withdrawal] [--preservation A] [--enforcement A] [--json]\n    计算案件受理费、财产保全费、申请执行费及分段明细 / Court fees with their bracket-by-bracket breakdown',
  options: { amount: { type: 'string' }, procedure: { type: 'string' }, 'closed-by': { type: 'string' }, preservation: { type: 'string' }, enforcement: { type: 'string' } },
  load: async () => (await import('../commands/court-commands')).runFee,
};

/** `dossier calc procedure --province NAME --amount A --date YYYY-MM-DD`. */
export const calcProcedureCommand: CliCommand = {
  words: ['calc', 'procedure'],
  usage: 'dossier calc procedure --province 江苏 --amount 50000 --date 2026-03-01 [--whereabouts-unknown] [--consent] [--db FILE] [--json]\n    按省份小额诉讼标准判断程序 / Procedure from the province’s small-claims limit',
  options: { province: { type: 'string' }, amount: { type: 'string' }, date: { type: 'string' }, 'whereabouts-unknown': { type: 'boolean' }, consent: { type: 'boolean' } },
  load: async () => (await import('../commands/court-commands')).runCalcProcedure,
};

/**
 * `dossier court override CASE_ID --court NAME --reason TEXT`: addresses the case's documents to a court the
 * jurisdiction advisor does not list, with the reason on the record (it goes into the audit log). Readiness
 * then stops blocking on the court; choosing one of the candidates needs no reason and no override.
 */
export const courtOverrideCommand: CliCommand = {
  words: ['court', 'override'],
  usage: 'dossier court override CASE_ID --court NAME --reason TEXT [--db FILE] [--json]\n    向管辖建议以外的法院起诉，并记录理由 / Address a court outside the candidates, recording the reason',
  options: { court: { type: 'string' }, reason: { type: 'string' } },
  load: async () => (await import('../commands/court-override-command')).runCourtOverride,
};

/** The court area's commands, in --help order. */
export const courtCommands: CliCommand[] = [courtSuggestCommand, courtOverrideCommand, courtSearchCommand, courtExportCommand, courtImportCommand, feeCommand, calcProcedureCommand];

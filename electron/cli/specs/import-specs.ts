import type { CliCommand } from '../cli-command';

/** `dossier import FILE`: imports cases from a bank's export, with evidence files alongside. */
export const importCommand: CliCommand = {
  words: ['import'],
  usage: `dossier import FILE [--profile NAME] [--save-profile NAME] [--dry-run] [--on-duplicate update|skip] [--valid-only]
      [--plaintiff ID] [--encoding auto|utf-8|gbk|gb18030] [--evidence DIR] [--contacts FILE] [--ledger FILE] [--db FILE] [--json]
    从银行导出的表格（XLSX/CSV）导入案件；--evidence 按文件或文件夹名中的卡号、身份证号添加证据；
    --contacts、--ledger 按卡号或身份证号列把催收记录、交易明细分到各案件 /
    Import cases from a bank's spreadsheet; --evidence adds the files named by card or ID number;
    --contacts and --ledger give each row of a contacts or ledger file to the case of its card or ID number`,
  options: {
    profile: { type: 'string' }, 'save-profile': { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
    'on-duplicate': { type: 'string' }, 'valid-only': { type: 'boolean', default: false }, plaintiff: { type: 'string' },
    encoding: { type: 'string' }, evidence: { type: 'string' }, contacts: { type: 'string' }, ledger: { type: 'string' },
  },
  load: async () => (await import('../commands/import-commands')).runImport,
};

/** The import-area commands, in --help order. */
export const importCommands: CliCommand[] = [importCommand];

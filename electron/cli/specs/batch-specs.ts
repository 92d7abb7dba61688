import type { CliCommand } from '../cli-command';

/** `dossier batch …` and `dossier batch --resume JOB_ID`. */
export const batchCommand: CliCommand = {
  words: ['batch'],
  usage: [
    'dossier batch [--filter EXPR] [--case ID …] [--documents complaint,evidence-list,bundle] --out DIR [--threads N] [--db FILE] [--json]',
    '    批量生成立案材料：按条件（stage=阶段,court=法院,branch=原告编号,ready=yes|no,owner=经办人,import=导入批次）或案件编号选取案件；',
    '    不加条件时选取全部已通过立案检查的案件。每个法院一个文件夹，附清单 manifest.csv / manifest.xlsx',
    '    Assemble filing packages for many cases, chosen by filter or by id (without either: every case ready to file);',
    '    one folder per court, with manifest.csv / manifest.xlsx',
    'dossier batch --resume JOB_ID [--threads N] [--db FILE] [--json]',
    '    继续已暂停或中断的批量任务 / Continue a paused or interrupted batch job',
  ].join('\n'),
  options: { filter: { type: 'string' }, case: { type: 'string', multiple: true }, documents: { type: 'string' }, out: { type: 'string' }, resume: { type: 'string' }, threads: { type: 'string' } },
  load: async () => (await import('../commands/batch-commands')).runBatch,
};

/** `dossier batch status [JOB_ID]`. */
export const batchStatusCommand: CliCommand = {
  words: ['batch', 'status'],
  usage: 'dossier batch status [JOB_ID] [--db FILE] [--json]\n    查看批量任务的进度 / Show a batch job\'s progress (without an id: every job)',
  load: async () => (await import('../commands/batch-commands')).runBatchStatus,
};

/** The batch commands, in --help order. */
export const batchCommands: CliCommand[] = [batchCommand, batchStatusCommand];

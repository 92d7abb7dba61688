import type { CliCommand } from '../cli-command';

/** `dossier case archive ID...` and `dossier case unarchive ID...`: archiving replaces deleting a worked case, and is undone. */
export const caseArchiveCommands: CliCommand[] = [
  {
    words: ['case', 'archive'],
    usage: 'dossier case archive CASE_ID... [--json]\n    归档案件（不再出现在案件列表中，记录全部保留，可撤销）/ Archive cases (they leave the list, every record is kept; undo with unarchive)',
    load: async () => (await import('../commands/case-commands')).runCaseArchive,
  },
  {
    words: ['case', 'unarchive'],
    usage: 'dossier case unarchive CASE_ID... [--json]\n    撤销归档，案件回到列表 / Bring archived cases back into the list',
    load: async () => (await import('../commands/case-commands')).runCaseUnarchive,
  },
];

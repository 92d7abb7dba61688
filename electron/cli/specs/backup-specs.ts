import type { CliCommand } from '../cli-command';

/** `dossier backup --out DIR`: an online backup of the database, with the stored files it refers to, into DIR. */
export const backupCommand: CliCommand = {
  words: ['backup'],
  usage: [
    'dossier backup --out DIR [--db FILE] [--json]',
    '    备份数据库及其引用的证据等文件到 DIR（带时间戳，附 SHA-256 说明文件）',
    '    Back up the database and the evidence and other files it refers to into DIR (timestamped, with a SHA-256 manifest)',
  ].join('\n'),
  options: { out: { type: 'string' } },
  load: async () => (await import('../commands/backup-commands')).runBackup,
};

/** `dossier backup list --out DIR`: the complete backups in DIR, newest first. */
export const backupListCommand: CliCommand = {
  words: ['backup', 'list'],
  usage: 'dossier backup list --out DIR [--json]\n    列出 DIR 中的备份 / List the backups in DIR',
  options: { out: { type: 'string' } },
  load: async () => (await import('../commands/backup-commands')).runBackupList,
};

/** `dossier restore FILE --db FILE`: replaces the database with a checked backup, keeping the replaced one beside it. */
export const restoreCommand: CliCommand = {
  words: ['restore'],
  usage: [
    'dossier restore BACKUP_FILE --db FILE [--json]',
    '    用备份替换数据库：先检查完整性与版本，原数据库保留为 …-before-restore-<时间>.sqlite',
    '    Replace the database with a backup: checked first (integrity, version); the replaced one is kept as …-before-restore-<time>.sqlite',
    '    加密的数据库或备份需要口令（--passphrase-file 等）/ An encrypted database or backup needs its passphrase (--passphrase-file etc.)',
  ].join('\n'),
  ownPassphrase: true,
  load: async () => (await import('../commands/backup-commands')).runRestore,
};

/** The backup-area commands, in --help order. */
export const backupCommands: CliCommand[] = [backupCommand, backupListCommand, restoreCommand];

import type { CliCommand } from '../cli-command';

const load = async () => await import('../commands/encryption-commands');

/** `dossier encryption status`: whether the store is encrypted (no passphrase needed). */
export const encryptionStatusCommand: CliCommand = {
  words: ['encryption', 'status'],
  usage: 'dossier encryption status [--db FILE] [--json]\n    显示数据库是否加密 / Show whether the database is encrypted',
  ownPassphrase: true,
  load: async () => (await load()).runEncryptionStatus,
};

/** `dossier encryption enable`: encrypts a plain store under a new passphrase. */
export const encryptionEnableCommand: CliCommand = {
  words: ['encryption', 'enable'],
  usage: [
    'dossier encryption enable --db FILE [--passphrase-file FILE] [--json]',
    '    用新口令加密数据库（口令来自 --passphrase-file、环境变量 DOSSIER_PASSPHRASE（供脚本使用）或终端输入）',
    '    Encrypt the database under a new passphrase (from --passphrase-file, DOSSIER_PASSPHRASE for scripts, or typed at the terminal)',
  ].join('\n'),
  ownPassphrase: true,
  load: async () => (await load()).runEncryptionEnable,
};

/** `dossier encryption change-passphrase`: re-keys an encrypted store. */
export const encryptionChangeCommand: CliCommand = {
  words: ['encryption', 'change-passphrase'],
  usage: [
    'dossier encryption change-passphrase --db FILE [--passphrase-file FILE] [--new-passphrase-file FILE] [--json]',
    '    更换数据库口令（新口令来自 --new-passphrase-file、环境变量 DOSSIER_NEW_PASSPHRASE 或终端输入）',
    '    Change the database passphrase (the new one from --new-passphrase-file, DOSSIER_NEW_PASSPHRASE, or typed)',
  ].join('\n'),
  options: { 'new-passphrase-file': { type: 'string' } },
  ownPassphrase: true,
  load: async () => (await load()).runEncryptionChange,
};

/** `dossier encryption disable`: decrypts an encrypted store. */
export const encryptionDisableCommand: CliCommand = {
  words: ['encryption', 'disable'],
  usage: 'dossier encryption disable --db FILE [--passphrase-file FILE] [--json]\n    解除数据库加密 / Decrypt the database',
  ownPassphrase: true,
  load: async () => (await load()).runEncryptionDisable,
};

/** The encryption commands, in --help order. */
export const encryptionCommands: CliCommand[] = [encryptionStatusCommand, encryptionEnableCommand, encryptionChangeCommand, encryptionDisableCommand];

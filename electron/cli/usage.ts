import type { CliCommand } from './cli-command';

/** The text of `dossier --help`, built from the command table. */
export function usage(commands: readonly CliCommand[]): string {
  return [
    '卷宗 Dossier — 信用卡纠纷诉讼文书工具 / credit-card litigation paperwork',
    '',
    '用法 Usage:',
    ...commands.map((c) => '  ' + c.usage.split('\n').join('\n    ')),
    '',
    '通用选项 Options:',
    '  --db FILE        数据库文件（默认：用户数据文件夹中的 dossier.sqlite）/ database file',
    '  --data-dir DIR   数据文件夹（默认：--db 所在文件夹或用户数据文件夹）/ data folder',
    '  --json           以 JSON 输出 / print JSON',
    '  -h, --help       显示本帮助 / show this help',
    '',
  ].join('\n');
}

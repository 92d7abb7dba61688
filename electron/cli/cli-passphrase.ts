import { readFileSync, statSync } from 'node:fs';
import type { Bilingual } from '../../core/bilingual';
import { DossierError } from '../../core/errors';

/** The environment variable a script may pass the passphrase in (it is inherited by child processes: scripts only). */
export const passphraseEnv = 'DOSSIER_PASSPHRASE';

/** Where a command's passphrase may come from: a file flag's value, an environment variable's name, a prompt. */
export type PassphraseSource = { file?: string | undefined; fileFlag: string; env?: string; prompt: Bilingual };

/** A passphrase file's content: the first line (a trailing newline an editor adds is not part of the passphrase). */
function readPassphraseFile(path: string, flag: string): string {
  const found = statSync(path, { throwIfNoEntry: false });
  if (!found || !found.isFile()) {
    throw new DossierError('invalid-input', { zh: `${flag} 应为一个口令文件：${path}`, en: `${flag} must name a passphrase file: ${path}` }, { field: flag, file: path });
  }
  if (found.size > 64 * 1024) throw new DossierError('invalid-input', { zh: `口令文件过大：${path}`, en: `The passphrase file is too large: ${path}` }, { field: flag, file: path });
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
}

/** Reads a line from the terminal without echoing it (the passphrase is never shown or kept in the shell history). */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') {
          return finish(new DossierError('invalid-input', { zh: '已取消输入口令', en: 'Passphrase entry cancelled' }, { field: 'passphrase' }));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
      return undefined;
    };
    input.on('data', onData);
  });
}

/** True when a person is at a terminal to type a passphrase. */
function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/**
 * The passphrase from its file flag, else the environment variable, else a prompt on a terminal; otherwise a
 * refusal saying how to give it. `confirm` asks twice at the prompt (a new passphrase mistyped would lock the data).
 */
export async function cliPassphrase(source: PassphraseSource, confirm = false): Promise<string> {
  if (source.file) return readPassphraseFile(source.file, source.fileFlag);
  const fromEnv = source.env ? process.env[source.env] : undefined;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!interactive()) {
    throw new DossierError('invalid-input', {
      zh: `${source.prompt.zh}：未提供口令。请用 ${source.fileFlag} 指定口令文件${source.env ? `，或在脚本中设置环境变量 ${source.env}` : ''}；在终端中运行时会提示输入`,
      en: `${source.prompt.en}: no passphrase given. Give a passphrase file with ${source.fileFlag}${source.env ? `, or set ${source.env} in a script` : ''}; at a terminal you are asked for it`,
    }, { field: source.fileFlag });
  }
  const first = await promptHidden(`${source.prompt.zh} ${source.prompt.en}: `);
  if (!confirm) return first;
  const second = await promptHidden('再输入一次 Enter it again: ');
  if (first !== second) throw new DossierError('invalid-input', { zh: '两次输入的口令不一致', en: 'The two passphrases differ' }, { field: 'passphrase' });
  return first;
}

import { parseArgs } from 'node:util';
import type { Bilingual } from '../../core/bilingual';
import { toErrorPayload } from '../../core/errors';
import { busyAsDossierError } from '../db/busy-error';
import { fileSystemAsDossierError } from '../services/file-system-error';
import type { ErrorPayload } from '../../core/errors';
import { commandRun, commonOptions } from './cli-command';
import type { CliCommand, CommandInput } from './cli-command';
import { CliFailure, printable, printError } from './cli-output';
import type { Printer } from './cli-output';
import { commandTable } from './command-table';
import { usage } from './usage';

/** The command whose words begin the positionals; the longest match wins (`case list` over `case`). */
function findCommand(positionals: string[]): CliCommand | undefined {
  return [...commandTable]
    .sort((a, b) => b.words.length - a.words.length)
    .find((c) => c.words.every((word, i) => positionals[i] === word));
}

/** A command line that names no command or breaks a command's options, as the error --json prints. */
function invalidArguments(message: Bilingual, field?: string): ErrorPayload {
  return { code: 'invalid-input', message, ...(field ? { field } : {}), details: [] };
}

/** A refusal of node's option parser in both languages, naming the option (its own text is English only). */
function optionProblem(error: unknown): { message: Bilingual; option?: string } {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1];
  if (option === undefined) return { message: { zh: `参数有误：${printable(message ?? '')}`, en: `Invalid arguments: ${printable(message ?? '')}` } };
  const name = printable(option);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { option, message: { zh: `未知选项：${name}`, en: `Unknown option: ${name}` } };
  if (/does not take an argument/.test(message ?? '')) return { option, message: { zh: `选项 ${name} 不接受取值`, en: `The option ${name} takes no value` } };
  return { option, message: { zh: `选项 ${name} 缺少取值`, en: `The option ${name} needs a value` } };
}

/** Runs the `dossier` command line; returns the process exit code. */
export async function runCli(argv: string[], printer: Omit<Printer, 'json'> = { out: console.log, err: console.error }): Promise<number> {
  const help = usage(commandTable);
  // First pass, lenient: find the command; second pass, strict with that command's own options.
  const loose = parseArgs({ args: argv, allowPositionals: true, strict: false, options: commonOptions });
  // Any --json before the end of the options asks for the JSON envelope, even one the strict pass refuses
  // (`--json=false`, or after a word the lenient pass reads oddly, such as "- -"): a script reads the refusal.
  const optionWords = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const jsonAsked = optionWords.some((word) => word === '--json' || word.startsWith('--json='));
  const command = findCommand(loose.positionals);
  if (!command) {
    // A script asking for JSON gets the error envelope, not the help text, when it names no command.
    if (jsonAsked && !loose.values.help && loose.positionals.length === 0) {
      return printError({ ...printer, json: true }, invalidArguments({ zh: '缺少命令，可用命令见 dossier --help', en: 'No command given; see dossier --help' }, 'COMMAND'));
    }
    if (loose.values.help || loose.positionals.length === 0) {
      printer.out(help);
      return loose.values.help ? 0 : 2;
    }
    const unknown = loose.positionals.join(' ');
    if (jsonAsked) return printError({ ...printer, json: true }, invalidArguments({ zh: `未知命令：${unknown}`, en: `Unknown command: ${unknown}` }, 'COMMAND'));
    printer.err(`未知命令 Unknown command: ${printable(unknown)}\n\n${help}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...commonOptions, ...command.options } });
  } catch (error) {
    const problem = optionProblem(error);
    if (jsonAsked) return printError({ ...printer, json: true }, invalidArguments(problem.message, problem.option));
    printer.err(`错误：${problem.message.zh}\nError: ${problem.message.en}\n\n${command.usage}`);
    return 2;
  }
  const flags = { ...parsed.values, json: parsed.values.json === true } as CommandInput['flags'];
  const out: Printer = { ...printer, json: flags.json };
  if (parsed.values.help) {
    out.out(command.usage);
    return 0;
  }
  // Loaded only once a command runs: --help and usage errors load no database driver.
  const { databaseBefore, undoUntouchedDatabase } = await import('./cli-context');
  const before = databaseBefore(flags);
  try {
    // Loaded only here: a command on a plain store pays nothing for encryption support.
    if (!command.ownPassphrase) await (await import('./cli-unlock')).unlockCliStore(flags);
    const run = await commandRun(command);
    const code = await run({ args: parsed.positionals.slice(command.words.length), flags, printer: out });
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    // A refused command creates no database: one it made and left empty goes again.
    undoUntouchedDatabase(before);
    return printError(out, error instanceof CliFailure ? error.payload : toErrorPayload(fileSystemAsDossierError(busyAsDossierError(error))));
  }
}

import { parseArgs } from 'node:util';
import type { Bilingual } from '../../core/bilingual';
import { toErrorPayload } from '../../core/errors';
import { busyAsDossierError } from '../db/busy-error';
import type { ErrorPayload } from '../../core/errors';
import { commandRun, commonOptions } from './cli-command';
import type { CliCommand, CommandInput } from './cli-command';
import { CliFailure, printError } from './cli-output';
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
function invalidArguments(message: Bilingual): ErrorPayload {
  return { code: 'invalid-input', message, details: [] };
}

/** Runs the `dossier` command line; returns the process exit code. */
export async function runCli(argv: string[], printer: Omit<Printer, 'json'> = { out: console.log, err: console.error }): Promise<number> {
  const help = usage(commandTable);
  // First pass, lenient: find the command; second pass, strict with that command's own options.
  const loose = parseArgs({ args: argv, allowPositionals: true, strict: false, options: commonOptions });
  const command = findCommand(loose.positionals);
  if (!command) {
    if (loose.values.help || loose.positionals.length === 0) {
      printer.out(help);
      return loose.values.help ? 0 : 2;
    }
    const unknown = loose.positionals.join(' ');
    if (loose.values.json === true) return printError({ ...printer, json: true }, invalidArguments({ zh: `未知命令：${unknown}`, en: `Unknown command: ${unknown}` }));
    printer.err(`未知命令 Unknown command: ${unknown}\n\n${help}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...commonOptions, ...command.options } });
  } catch (error) {
    const reason = (error as Error).message;
    if (loose.values.json === true) return printError({ ...printer, json: true }, invalidArguments({ zh: `参数有误：${reason}`, en: `Invalid arguments: ${reason}` }));
    printer.err(`参数有误 Invalid arguments: ${reason}\n\n${command.usage}`);
    return 2;
  }
  const flags = { ...parsed.values, json: parsed.values.json === true } as CommandInput['flags'];
  const out: Printer = { ...printer, json: flags.json };
  if (parsed.values.help) {
    out.out(command.usage);
    return 0;
  }
  try {
    // Loaded only here: a command on a plain store pays nothing for encryption support.
    if (!command.ownPassphrase) await (await import('./cli-unlock')).unlockCliStore(flags);
    const run = await commandRun(command);
    const code = await run({ args: parsed.positionals.slice(command.words.length), flags, printer: out });
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    return printError(out, error instanceof CliFailure ? error.payload : toErrorPayload(busyAsDossierError(error)));
  }
}

import { parseArgs } from 'node:util';
import { toErrorPayload } from '../../core/errors';
import { CliFailure, printError } from './cli-output';
import type { Printer } from './cli-output';
import { caseListCommand, demoCommand, docCommand, serveCommand, templatesCommand } from './commands';
import type { Flags } from './commands';
import { usage } from './usage';

/** Runs the `dossier` command line; returns the process exit code. */
export async function runCli(argv: string[], printer: Omit<Printer, 'json'> = { out: console.log, err: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' }, 'data-dir': { type: 'string' }, out: { type: 'string' }, template: { type: 'string' },
        format: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    printer.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const flags: Flags = { ...values, json: values.json ?? false };
  const out: Printer = { ...printer, json: flags.json };
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    out.out(usage);
    return values.help ? 0 : 2;
  }
  try {
    if (command === 'demo') await demoCommand(flags, out);
    else if (command === 'doc') await docCommand(sub, flags, out);
    else if (command === 'case' && sub === 'list') await caseListCommand(flags, out);
    else if (command === 'templates') await templatesCommand(flags, out);
    else if (command === 'serve') await serveCommand(flags, out);
    else {
      out.err(`未知命令 Unknown command: ${positionals.join(' ')}\n\n${usage}`);
      return 2;
    }
    void arg;
    return 0;
  } catch (error) {
    return printError(out, error instanceof CliFailure ? error.payload : toErrorPayload(error));
  }
}

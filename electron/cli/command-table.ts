import type { CliCommand } from './cli-command';
import { caseListCommand } from './commands/case-commands';
import { demoCommand, docCommand, templatesCommand } from './commands/document-commands';
import { serveCommand } from './commands/serve-command';

/** Every `dossier` command, in the order --help lists them. */
export const commandTable: CliCommand[] = [
  demoCommand,
  docCommand,
  caseListCommand,
  templatesCommand,
  serveCommand,
];

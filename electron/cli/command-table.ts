import type { CliCommand } from './cli-command';
import { batchCommands } from './commands/batch-commands';
import { bundleCommands } from './commands/bundle-commands';
import { caseListCommand } from './commands/case-commands';
import { claimCommands } from './commands/claim-commands';
import { courtCommands } from './commands/court-commands';
import { demoCommand, docCommand, templatesCommand } from './commands/document-commands';
import { evidenceCommands } from './commands/evidence-commands';
import { formCommands } from './commands/form-commands';
import { importCommands } from './commands/import-commands';
import { serveCommand } from './commands/serve-command';
import { trackingCommands } from './commands/tracking-commands';

/** Every `dossier` command, in the order --help lists them. */
export const commandTable: CliCommand[] = [
  demoCommand,
  docCommand,
  caseListCommand,
  templatesCommand,
  ...formCommands,
  ...evidenceCommands,
  ...bundleCommands,
  ...claimCommands,
  ...courtCommands,
  ...trackingCommands,
  ...importCommands,
  ...batchCommands,
  serveCommand,
];

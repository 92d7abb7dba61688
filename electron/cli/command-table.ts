import type { CliCommand } from './cli-command';
import { auditCommands } from './specs/audit-specs';
import { batchCommands } from './specs/batch-specs';
import { bundleCommands } from './specs/bundle-specs';
import { caseArchiveCommands } from './specs/case-list-specs';
import { caseListCommand, demoCommand, docCommand, serveCommand, templatesCommand } from './specs/document-specs';
import { claimCommands } from './specs/claim-specs';
import { courtCommands } from './specs/court-specs';
import { evidenceCommands } from './specs/evidence-specs';
import { formCommands } from './specs/form-specs';
import { importCommands } from './specs/import-specs';
import { trackingCommands } from './specs/tracking-specs';
import { backupCommands } from './specs/backup-specs';
import { encryptionCommands } from './specs/encryption-specs';

/**
 * Every `dossier` command, in the order --help lists them. Each entry holds the command's words, usage and options
 * and a `load` that imports its module only when it runs (electron/cli/specs/).
 */
export const commandTable: CliCommand[] = [
  demoCommand,
  docCommand,
  caseListCommand,
  ...caseArchiveCommands,
  templatesCommand,
  ...formCommands,
  ...evidenceCommands,
  ...auditCommands,
  ...bundleCommands,
  ...claimCommands,
  ...courtCommands,
  ...trackingCommands,
  ...importCommands,
  ...batchCommands,
  ...backupCommands,
  ...encryptionCommands,
  serveCommand,
];

import { initialSchema } from './001-initial';
import { evidenceSchema } from './002-evidence';
import { courtSchema } from './003-court';
import { trackingSchema } from './004-tracking';
import { documentsSchema } from './005-documents';
import { limitationStaleSchema } from './006-limitation-stale';
import { courtOverrideSchema } from './007-court-override';
import { organisationStandingSchema } from './008-organisation-standing';
import { caseImportSchema } from './009-case-import';
import { batchJobsSchema } from './010-batch-jobs';
import { caseListSchema } from './011-case-list';
import { auditChainSchema } from './012-audit-chain';
import { databaseSettingsSchema } from './013-database-settings';

/**
 * The numbered migrations, oldest first. They are TypeScript string modules rather than loose
 * .sql files so the bundler carries them into the packaged app; never edit a released one —
 * add the next number.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'evidence', sql: evidenceSchema },
  { version: 3, name: 'court', sql: courtSchema },
  { version: 4, name: 'tracking', sql: trackingSchema },
  { version: 5, name: 'documents', sql: documentsSchema },
  { version: 6, name: 'limitation-stale', sql: limitationStaleSchema },
  { version: 7, name: 'court-override', sql: courtOverrideSchema },
  { version: 8, name: 'organisation-standing', sql: organisationStandingSchema },
  { version: 9, name: 'case-import', sql: caseImportSchema },
  { version: 10, name: 'batch-jobs', sql: batchJobsSchema },
  { version: 11, name: 'case-list', sql: caseListSchema },
  { version: 12, name: 'audit-chain', sql: auditChainSchema },
  { version: 13, name: 'database-settings', sql: databaseSettingsSchema },
];

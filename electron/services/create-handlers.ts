import type { Handlers } from '../../core/contract';
import { createBatchHandlers } from './batch-service';
import { createBundleHandlers } from './bundle-service';
import { createCaseHandlers } from './case-service';
import { createCaseImportHandlers } from './case-import-service';
import { createClaimHandlers } from './claim-service';
import { createContactHandlers } from './contact-service';
import { createEvidenceHandlers } from './evidence-service';
import { createHolidayHandlers } from './holiday-service';
import { createLedgerHandlers } from './ledger-service';
import { createLimitationHandlers } from './limitation-service';
import { createReadinessHandlers } from './readiness-service';
import { createCourtHandlers } from './court-service';
import { createDocumentHandlers } from './document-service';
import { createFormHandlers } from './form-service';
import { createTemplateHandlers } from './template-service';
import { createJurisdictionHandlers } from './jurisdiction-service';
import { createProcedureHandlers } from './procedure-service';
import { createProfileHandlers } from './profile-service';
import { createDashboardHandlers } from './dashboard-service';
import { createDeadlineHandlers } from './deadline-service';
import { createRecoveryHandlers } from './recovery-service';
import { createSettlementHandlers } from './settlement-service';
import { createTrackingHandlers } from './tracking-service';
import type { ServiceContext } from './service-context';

/** The full handler map; `satisfies Handlers` makes a missing or mistyped handler a compile error. */
export function createHandlers(context: ServiceContext): Handlers {
  const handlers: Handlers = {
    'app:info': () => ({ version: context.appVersion, dataDir: context.dataDir, databasePath: context.databasePath }),
    ...createProfileHandlers(context),
    ...createCaseHandlers(context),
    ...createDocumentHandlers(context),
    ...createTemplateHandlers(context),
    ...createFormHandlers(context),
    ...createEvidenceHandlers(context),
    ...createContactHandlers(context),
    ...createLedgerHandlers(context),
    ...createClaimHandlers(context),
    ...createLimitationHandlers(context),
    ...createHolidayHandlers(context),
    ...createReadinessHandlers(context),
    ...createCourtHandlers(context),
    ...createJurisdictionHandlers(context),
    ...createProcedureHandlers(context),
    ...createTrackingHandlers(context),
    ...createDeadlineHandlers(context),
    ...createSettlementHandlers(context),
    ...createRecoveryHandlers(context),
    ...createDashboardHandlers(context),
    ...createBundleHandlers(context),
    ...createCaseImportHandlers(context),
    ...createBatchHandlers(context, () => handlers),
  } satisfies Handlers;
  return handlers;
}

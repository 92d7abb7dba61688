import type { Case } from '../../core/case/case-model';
import { validateCase } from '../../core/case/validate-case';
import { yuanString } from '../../core/money/fen';
import { createCaseRepository } from '../db/case-repository';
import { createTrackingRepository } from '../db/tracking-repository';
import { createTrackingQueries } from '../db/tracking-queries';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';
import { versionedHolidayCalendar } from './holiday-calendar-source';
import { createCaseFacts } from './readiness-facts';
import { onServicesClose } from './close-hooks';
import { createDerivedRefresh } from './tracking-refresh';
import { createTrackingSync } from './tracking-sync';
import { limitationSummary } from '../../core/claim/limitation';

/** The intake problems a stored case still has (validateCase over the stored values), for the "ready" guard. */
function intakeProblemCount(found: Case, today: string): number {
  return validateCase({
    plaintiffId: found.plaintiffId, agentId: found.agentId, defendant: found.defendant,
    card: {
      cardNumber: found.card.cardNumber, agreementDate: found.card.agreementDate, issuingBranch: found.card.issuingBranch,
      creditLimit: yuanString(found.card.creditLimitFen), firstDefaultDate: found.card.firstDefaultDate,
    },
    claim: {
      asOfDate: found.claim.asOfDate, principal: yuanString(found.claim.principalFen), interest: yuanString(found.claim.interestFen),
      penalty: yuanString(found.claim.penaltyFen), fees: yuanString(found.claim.feesFen),
    },
    courtName: found.courtName, status: found.status,
  }, today).length;
}

/**
 * What every tracking handler shares for one service context: the repository, the derived-row sync,
 * the list queries and the refresh of stale cases. Built once per context so the four handler groups
 * (tracking, deadlines, settlement and recovery, dashboard) use the same prepared statements.
 */
function createTrackingStore(context: ServiceContext) {
  const { db } = context;
  const clock = clockOf(context);
  const repo = createTrackingRepository(db);
  // The editable calendar (bundled holidays with the user's edits): an edit changes its version and makes stored deadlines stale.
  const calendar = () => versionedHolidayCalendar(db, context.templatesDir);
  const caseFacts = createCaseFacts(context);
  const sync = createTrackingSync(repo, calendar, (caseId, cal) => limitationSummary(caseFacts.limitation(caseId, undefined, cal)));
  const queries = createTrackingQueries(db);
  const cases = createCaseRepository(db);

  const refresh = createDerivedRefresh({
    db, repo, calendar, today: clock.today, timestamp: clock.timestamp,
    background: context.refreshDerivedRowsInBackground === true, reportProgress: context.reportProgress,
  });

  return {
    repo, sync, queries, calendar, clock,
    /** Before a user call reads derived rows: brings stale cases up to date now (CLI, tests) or starts the background job (app). */
    refreshStale: refresh.refreshStale,
    /** Every stale case refreshed before returning, whatever the mode (a command with no long life, a test). */
    refreshAll: refresh.runToCompletion,
    derivedStatus: refresh.status,
    whenRefreshed: refresh.whenIdle,
    stopRefresh: refresh.stop,
    intakeProblems: (caseId: number) => {
      const found = cases.find(caseId);
      return found ? intakeProblemCount(found, clock.today()) : 0;
    },
  };
}
export type TrackingStore = ReturnType<typeof createTrackingStore>;

const stores = new WeakMap<ServiceContext, TrackingStore>();

/** The tracking store of a context, created on first use. */
export function trackingStoreOf(context: ServiceContext): TrackingStore {
  let store = stores.get(context);
  if (!store) {
    store = createTrackingStore(context);
    stores.set(context, store);
    onServicesClose(context, store.stopRefresh);
  }
  return store;
}

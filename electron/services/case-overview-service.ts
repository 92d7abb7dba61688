import type { Handlers } from '../../core/contract';
import { nextOpenDeadline } from '../../core/case/case-overview';
import { evaluateReadiness } from '../../core/evidence/completeness-engine';
import { createCaseFacts } from './readiness-facts';
import { loadRuleSet } from './readiness-service';
import type { ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

/** The header of a case's workspace: the case's own tracking snapshot and readiness, without refreshing other cases. */
export function createCaseOverviewHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const facts = createCaseFacts(context);

  return {
    'case:overview': ({ id }) => {
      const found = facts.mustFindCase(id);
      const today = store.clock.today();
      // The same derivation the tracking tab shows (tracking-sync), for this case only: cheap at any caseload.
      const { view } = store.sync.snapshot(id, today);
      const report = evaluateReadiness(loadRuleSet(context.templatesDir), facts.readinessFacts(id));
      return {
        caseId: id,
        defendantName: found.defendant.name,
        courtName: found.courtName,
        stage: view.state.stage,
        courtCaseNumber: view.state.courtCaseNumber,
        enforcementCaseNumber: view.state.enforcementCaseNumber,
        nextDeadline: nextOpenDeadline(view.deadlines, today),
        readiness: { ready: report.ready, blockers: report.blockers, warnings: report.warnings },
      };
    },
  } satisfies Partial<Handlers>;
}

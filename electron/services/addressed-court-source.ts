/**
 * The court a case's documents address, with the advisor's candidates for the case and the user's recorded
 * override — the same advice the jurisdiction tab shows (jurisdiction-service.ts), for readiness and for the
 * warning document generation gives (core/court/addressed-court.ts holds the rule).
 */
import { addressedCourtFacts } from '../../core/court/addressed-court';
import type { AddressedCourtFacts } from '../../core/court/addressed-court';
import { createJurisdictionHandlers } from './jurisdiction-service';
import type { ServiceContext } from './service-context';

const handlersByContext = new WeakMap<ServiceContext, ReturnType<typeof createJurisdictionHandlers>>();

/** The addressed-court facts of one case. */
export function addressedCourtOf(context: ServiceContext, caseId: number): AddressedCourtFacts {
  let handlers = handlersByContext.get(context);
  if (!handlers) {
    handlers = createJurisdictionHandlers(context);
    handlersByContext.set(context, handlers);
  }
  const view = handlers['jurisdiction:get']({ caseId });
  const override = view.chosen && view.chosen.overrideReason !== '' ? { courtName: view.chosen.courtName, reason: view.chosen.overrideReason } : null;
  return addressedCourtFacts(view.caseCourtName, view.advice, override);
}

import type { Handlers } from '../../core/contract';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { DossierError } from '../../core/errors';
import type { CardTerms } from '../../core/claim/card-terms';
import { writeAudit } from '../db/audit-log';
import { createCaseFacts } from './readiness-facts';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

const dateFields = ['interestBookedThrough', 'dueDate', 'lastInstallmentDate', 'accelerationDate', 'plannedFilingDate'] as const;

/** Checks that every date of the terms exists (the schema only checks the shape). */
function checkTermDates(terms: CardTerms): void {
  for (const field of dateFields) {
    const value = terms[field];
    if (value !== '' && !isCalendarDate(value)) {
      throw new DossierError('invalid-input', { zh: `日期“${value}”不存在`, en: `The date "${value}" does not exist` }, { field: `terms.${field}` });
    }
  }
}

/** Handlers for the card-agreement terms and the claim breakdown. */
export function createClaimHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const facts = createCaseFacts(context);

  return {
    'claim:get-terms': ({ caseId }) => {
      facts.mustFindCase(caseId);
      return facts.terms.get(caseId);
    },
    'claim:save-terms': ({ caseId, terms }) => {
      facts.mustFindCase(caseId);
      checkTermDates(terms);
      return db.transaction(() => {
        const before = facts.terms.get(caseId);
        const now = clock.timestamp();
        facts.terms.save(caseId, terms, now);
        writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before: { cardTerms: before }, after: { cardTerms: terms } });
        return facts.terms.get(caseId);
      }).immediate();
    },
    'claim:compute': ({ caseId, asOf }) => facts.breakdown(caseId, asOf),
  } satisfies Partial<Handlers>;
}

/**
 * What the generation form starts from when nothing was entered before for a case's document: the
 * claim's figures where the document restates them, the standard evidence set (domain.md §8) and
 * sensible defaults (12 monthly instalments from next month, 5 days' grace, special authority).
 */
import type { Case } from '../case/case-model';
import { addMonths } from '../calendar/date-arithmetic';
import { formatYuan } from '../money/fen';
import { standardEvidence } from './complaint-data';
import { documentInputs, type DocumentInputs } from './document-inputs';

/** Suggested inputs for every section, for `case` on `today`, with every default filled in for the form. */
export function suggestedInputs(c: Case, today: string): DocumentInputs {
  return documentInputs.parse({
    proceedings: { courtCaseNumber: '' },
    serviceAddress: { postcode: '', electronic: true, electronicMethods: ['sms'] },
    powerOfAttorney: { authority: 'special', stage: 'first-instance' },
    evidence: standardEvidence.map((item) => ({ ...item, pages: null, sha256: '' })),
    settlement: { instalments: 12, firstDueDate: addMonths(today, 1), graceDays: 5, downPayment: '0', waived: '0', ending: 'mediation' },
    preservation: { propertyClues: [{ kind: 'bank-account', description: '' }] },
    withdrawal: { reason: 'settled', details: '' },
    complaint: {},
    enforcement: {
      basis: { documentType: 'judgment', caseNumber: '', effectiveDate: '', lastPerformanceDay: '' },
      awarded: {
        principal: formatYuan(c.claim.principalFen),
        interest: formatYuan(c.claim.interestFen),
        penalty: formatYuan(c.claim.penaltyFen),
        fees: formatYuan(c.claim.feesFen),
        litigationCosts: '0.00',
      },
      payments: [],
      propertyClues: [],
    },
  });
}

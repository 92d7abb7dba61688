/**
 * What the generation form starts from when nothing was entered before for a case's document: the
 * claim's figures where the document restates them, the case's own evidence items (else the standard
 * evidence set, domain.md §8), the case's stored settlement plan (else 12 monthly instalments from next
 * month, 5 days' grace) and sensible defaults (special authority). How a settlement ends is never suggested:
 * the parties choose it (domain.md §7.4).
 */
import type { Case } from '../case/case-model';
import { addMonths } from '../calendar/date-arithmetic';
import { formatYuan } from '../money/fen';
import { standardEvidence } from './complaint-data';
import { documentInputs, type DocumentInputs, type SettlementInput } from './document-inputs';
import type { EvidenceItemFacts } from './filing-evidence';
import type { StoredSettlement } from './filing-settlement';
import { scheduleIntervalMonths } from './settlement-interval';

/** The case's records the suggestion starts from (electron/services/document-filing-data.ts loads them). */
export type SuggestionRecords = {
  evidence?: readonly EvidenceItemFacts[] | null;
  settlement?: StoredSettlement | null;
  enforcementCaseNumber?: string | null;
};

/**
 * The schedule fields of a stored plan as the form shows them. The agreement prints the plan whatever the
 * form holds (filing-settlement.ts); showing the plan's own figures keeps the form honest about that.
 */
export function storedPlanSettlementInput(plan: StoredSettlement): Pick<SettlementInput, 'confirmedTotal' | 'waived' | 'downPayment' | 'downPaymentDate' | 'instalments' | 'firstDueDate' | 'intervalMonths' | 'graceDays' | 'stage'> {
  // A plan that revives the original debt on default waives the difference on condition (domain.md §7.4).
  const confirmedFen = plan.onDefault === 'original-debt' ? plan.originalDebtFen : plan.totalFen;
  return {
    confirmedTotal: formatYuan(confirmedFen),
    waived: formatYuan(confirmedFen - plan.totalFen),
    downPayment: '0',
    downPaymentDate: '',
    instalments: plan.installments.length,
    firstDueDate: plan.installments[0]?.dueDate ?? plan.agreedDate,
    intervalMonths: scheduleIntervalMonths(plan.installments.map((i) => i.dueDate)) ?? 1,
    graceDays: plan.graceDays,
    stage: plan.context,
  };
}

/** Suggested inputs for every section, for `case` on `today`, with every default filled in for the form. */
export function suggestedInputs(c: Case, today: string, records: SuggestionRecords = {}): DocumentInputs {
  const evidence = records.evidence && records.evidence.length > 0
    ? records.evidence.map((item) => ({ ...item }))
    : standardEvidence.map((item) => ({ ...item, pages: null, sha256: '' }));
  const settlement: SettlementInput = records.settlement
    ? { ...storedPlanSettlementInput(records.settlement), enforcementCaseNumber: records.settlement.context === 'enforcement' ? (records.enforcementCaseNumber ?? '') : '' }
    : { instalments: 12, firstDueDate: addMonths(today, 1), intervalMonths: 1, graceDays: 5, downPayment: '0', waived: '0', stage: 'in-suit' };
  return documentInputs.parse({
    proceedings: { courtCaseNumber: '' },
    serviceAddress: { postcode: '', electronic: true, electronicMethods: ['sms'] },
    powerOfAttorney: { authority: 'special' },
    evidence,
    settlement,
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

/**
 * What the tracking records (issue 7) contribute to the enforcement application (domain.md §7.3): the
 * effective document enforced — its kind, case number, effective date and last day of performance as
 * core/tracking/decision-dates.ts derives them — the amount it awarded item by item, the payments received after it took
 * effect, and the property already frozen or sealed as leads. Pure: the services load the records.
 */
import { chineseDate } from '../calendar/chinese-date';
import { amountProblem, parseYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import type { AwardDetails, CaseEvent, PropertyKind } from '../tracking/event-types';
import type { RecoveryEntry } from '../tracking/recovery';
import type { BasisDocumentType, PropertyClueKind } from './document-inputs';

/** The enforcement facts the tracking records hold. */
export type RecordedEnforcement = {
  documentType: BasisDocumentType;
  /** The 案号 of the document: recorded on the decision, else the case's number from its acceptance. */
  caseNumber: string;
  /** '' while the document has not taken effect. */
  effectiveDate: string;
  lastPerformanceDay: string;
  /** The amount the document awarded, when recorded. */
  awardedFen: Fen | null;
  /** The award item by item as entered with the judgment or mediation event, or null when it was not entered. */
  award: AwardDetails | null;
  /** Money that reached the creditor on or after the effective date (earlier payments belong in the document itself). */
  payments: { date: string; amountFen: Fen }[];
  propertyClues: { kind: PropertyClueKind; description: string }[];
};

/** The records of one case the enforcement facts come from. */
export type EnforcementRecords = {
  /** The latest judgment, ruling or mediation document (decisionDates().decision). */
  decision: CaseEvent | null;
  effectiveDate: string;
  lastPerformanceDay: string;
  /** The court case number from the acceptance event (TrackingState.courtCaseNumber). */
  courtCaseNumber: string;
  events: readonly CaseEvent[];
  recovery: readonly RecoveryEntry[];
};

/** The lead kind of each frozen/sealed property kind (Interp 485 kinds → the application's lead kinds). */
const clueKindOf: Record<PropertyKind, PropertyClueKind> = { deposit: 'bank-account', immovable: 'real-estate', movable: 'other', 'other-right': 'other' };

/** The effective document and what followed it, or null when no judgment, ruling or mediation document is recorded. */
export function recordedEnforcement(records: EnforcementRecords): RecordedEnforcement | null {
  const { decision, effectiveDate } = records;
  if (!decision) return null;
  const documentType: BasisDocumentType = decision.type === 'mediation' ? 'mediation' : decision.details.documentKind === 'ruling' ? 'ruling' : 'judgment';
  const awarded = decision.details.awardedAmount ?? '';
  const payments = effectiveDate === ''
    ? []
    : records.recovery
      .filter((entry) => entry.kind !== 'cost' && entry.date >= effectiveDate)
      .map((entry) => ({ date: entry.date, amountFen: entry.amountFen }));
  const propertyClues = records.events
    .filter((event) => event.type === 'property-frozen' && !event.details.renewalOf && (event.details.propertyDescription ?? '').trim() !== '')
    .map((event) => {
      const kind = event.details.propertyKind ?? 'other-right';
      const measure = kind === 'deposit' ? '冻结' : '查封';
      return { kind: clueKindOf[kind], description: `${event.details.propertyDescription!.trim()}（已于${chineseDate(event.date)}${measure}）` };
    });
  return {
    documentType,
    caseNumber: decision.details.courtCaseNumber || records.courtCaseNumber,
    effectiveDate,
    lastPerformanceDay: records.lastPerformanceDay,
    awardedFen: awarded !== '' && !amountProblem(awarded) ? parseYuan(awarded) : null,
    award: decision.details.award ?? null,
    payments,
    propertyClues,
  };
}

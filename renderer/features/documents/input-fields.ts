/**
 * The fields of each input section (core/documents/document-inputs.ts) as the generation form shows them.
 * Paths are the inputs' own dotted paths, so an error the service reports for `settlement.firstDueDate`
 * lands next to that field; labels are `in.<path>` and option labels `opt.<value>` in text.ts.
 */
import type { InputSection } from '../../../core/documents/document-inputs';

/** A column of a list editor (payments, property leads, evidence). */
export type ColumnSpec = { key: string; kind: 'text' | 'date' | 'amount' | 'number' | 'select'; label: string; options?: readonly string[] };

/** One field of a section. */
export type FieldSpec =
  | { path: string; kind: 'text' | 'date' | 'amount' | 'textarea' | 'number' | 'checkbox'; required?: true }
  | { path: string; kind: 'select' | 'checks'; options: readonly string[]; optionPrefix?: string; /** A select that may stay unchosen (shown as 未选择). */ unset?: true }
  | { path: string; kind: 'list'; columns: readonly ColumnSpec[]; blank: Record<string, unknown> };

const clueKinds = ['bank-account', 'real-estate', 'vehicle', 'employer-income', 'receivable', 'securities', 'other'] as const;
const clueColumns: ColumnSpec[] = [
  { key: 'kind', kind: 'select', label: 'in.clue.kind', options: clueKinds },
  { key: 'description', kind: 'text', label: 'in.clue.description' },
];
const bearers = ['defendant', 'plaintiff', 'shared'] as const;

/** The settlement fields a stored plan decides (filing-settlement.ts): shown read-only when the case has one. */
export const storedPlanPaths: ReadonlySet<string> = new Set([
  'settlement.confirmedTotal', 'settlement.waived', 'settlement.downPayment', 'settlement.downPaymentDate', 'settlement.instalments',
  'settlement.firstDueDate', 'settlement.intervalMonths', 'settlement.graceDays', 'settlement.stage',
]);

/** The fields of every section, in the order shown. */
export const sectionFields: Record<InputSection, readonly FieldSpec[]> = {
  proceedings: [{ path: 'proceedings.courtCaseNumber', kind: 'text', required: true }],
  serviceAddress: [
    { path: 'serviceAddress.postcode', kind: 'text', required: true },
    { path: 'serviceAddress.address', kind: 'text' },
    { path: 'serviceAddress.recipient', kind: 'text' },
    { path: 'serviceAddress.phone', kind: 'text' },
    { path: 'serviceAddress.electronic', kind: 'checkbox' },
    { path: 'serviceAddress.electronicMethods', kind: 'checks', options: ['sms', 'email', 'platform'] },
    { path: 'serviceAddress.email', kind: 'text' },
  ],
  powerOfAttorney: [
    { path: 'powerOfAttorney.authority', kind: 'select', options: ['special', 'general'] },
    { path: 'powerOfAttorney.powers', kind: 'checks', options: ['admit', 'waive', 'change', 'settle', 'counterclaim', 'appeal', 'receive-documents', 'apply-enforcement', 'receive-payment', 'enforcement-settlement'] },
    { path: 'powerOfAttorney.term', kind: 'text' },
  ],
  settlement: [
    { path: 'settlement.confirmedAsOf', kind: 'date' },
    { path: 'settlement.confirmedTotal', kind: 'amount' },
    { path: 'settlement.waived', kind: 'amount' },
    { path: 'settlement.downPayment', kind: 'amount' },
    { path: 'settlement.downPaymentDate', kind: 'date' },
    { path: 'settlement.instalments', kind: 'number', required: true },
    { path: 'settlement.firstDueDate', kind: 'date', required: true },
    { path: 'settlement.intervalMonths', kind: 'number' },
    { path: 'settlement.graceDays', kind: 'number' },
    { path: 'settlement.stage', kind: 'select', options: ['in-suit', 'pre-suit', 'enforcement'] },
    { path: 'settlement.enforcementCaseNumber', kind: 'text' },
    { path: 'settlement.acceptanceFee', kind: 'amount' },
    { path: 'settlement.acceptanceFeeBearer', kind: 'select', options: bearers },
    { path: 'settlement.preservationFeeBearer', kind: 'select', options: bearers },
    { path: 'settlement.ending', kind: 'select', options: ['mediation', 'withdrawal', 'judicial-confirmation'], unset: true },
    { path: 'settlement.mediationOrganisation', kind: 'text' },
    { path: 'settlement.withdrawalWithinDays', kind: 'number' },
    { path: 'settlement.repaymentAccount', kind: 'text' },
    { path: 'settlement.signingPlace', kind: 'text' },
  ],
  enforcement: [
    { path: 'enforcement.basis.documentType', kind: 'select', options: ['judgment', 'mediation', 'ruling'], optionPrefix: 'opt.basis.' },
    { path: 'enforcement.basis.caseNumber', kind: 'text', required: true },
    { path: 'enforcement.basis.court', kind: 'text' },
    { path: 'enforcement.basis.effectiveDate', kind: 'date', required: true },
    { path: 'enforcement.basis.lastPerformanceDay', kind: 'date', required: true },
    { path: 'enforcement.awarded.principal', kind: 'amount', required: true },
    { path: 'enforcement.awarded.interest', kind: 'amount' },
    { path: 'enforcement.awarded.penalty', kind: 'amount' },
    { path: 'enforcement.awarded.fees', kind: 'amount' },
    { path: 'enforcement.awarded.litigationCosts', kind: 'amount' },
    { path: 'enforcement.continuingInterest', kind: 'textarea' },
    { path: 'enforcement.interestToDate', kind: 'date' },
    { path: 'enforcement.delayInterestBase', kind: 'select', options: ['excluding-interest', 'principal'] },
    {
      path: 'enforcement.payments', kind: 'list', blank: { date: '', amount: '' },
      columns: [{ key: 'date', kind: 'date', label: 'in.enforcement.payments.date' }, { key: 'amount', kind: 'amount', label: 'in.enforcement.payments.amount' }],
    },
    { path: 'enforcement.propertyClues', kind: 'list', columns: clueColumns, blank: { kind: 'bank-account', description: '' } },
    { path: 'enforcement.measures.freeze', kind: 'checkbox' },
    { path: 'enforcement.measures.restrictConsumption', kind: 'checkbox' },
    { path: 'enforcement.measures.dishonestList', kind: 'checkbox' },
    { path: 'enforcement.enforcementCourt', kind: 'text' },
  ],
  preservation: [
    { path: 'preservation.stage', kind: 'select', options: ['in-suit', 'pre-suit'] },
    { path: 'preservation.amount', kind: 'amount' },
    { path: 'preservation.propertyClues', kind: 'list', columns: clueColumns, blank: { kind: 'bank-account', description: '' } },
    { path: 'preservation.security', kind: 'select', options: ['none-financial-institution', 'guarantee', 'property'] },
    { path: 'preservation.securityDetails', kind: 'text' },
  ],
  evidence: [
    {
      path: 'evidence', kind: 'list', blank: { name: '', source: '原告', proves: '', pages: null, sha256: '' },
      columns: [
        { key: 'name', kind: 'text', label: 'in.evidence.name' },
        { key: 'source', kind: 'text', label: 'in.evidence.source' },
        { key: 'proves', kind: 'text', label: 'in.evidence.proves' },
        { key: 'pages', kind: 'number', label: 'in.evidence.pages' },
        { key: 'sha256', kind: 'text', label: 'in.evidence.sha256' },
      ],
    },
  ],
  withdrawal: [
    { path: 'withdrawal.reason', kind: 'select', options: ['settled', 'paid', 'other'] },
    { path: 'withdrawal.details', kind: 'textarea' },
  ],
  complaint: [
    { path: 'complaint.organisationType', kind: 'select', options: ['unstated', 'branch', 'joint-stock', 'limited-liability', 'listed', 'other-enterprise'] },
    { path: 'complaint.keyTermNoticeGiven', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.keyTermNoticeMethod', kind: 'textarea' },
    { path: 'complaint.collected', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.collectionDetails', kind: 'textarea' },
    { path: 'complaint.repaidOverdue', kind: 'amount' },
    { path: 'complaint.forumClause', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.forumClauseText', kind: 'text' },
    { path: 'complaint.preSuitPreservation', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.preSuitPreservationDetails', kind: 'text' },
    { path: 'complaint.realisationCosts', kind: 'checkbox' },
    { path: 'complaint.realisationCostsDetails', kind: 'text' },
    { path: 'complaint.claimCosts', kind: 'checkbox' },
    { path: 'complaint.mediationAware', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.mediationBenefitsAware', kind: 'select', options: ['unstated', 'yes', 'no'] },
    { path: 'complaint.considerMediation', kind: 'select', options: ['unstated', 'unsure', 'yes', 'no'] },
    { path: 'complaint.otherClaims', kind: 'text' },
    { path: 'complaint.otherFacts', kind: 'textarea' },
  ],
};

/** The value at a dotted path of a plain object. */
export function valueAtPath(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `data` with `value` set at a dotted path, creating objects on the way. */
export function withValueAt<T extends object>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const record = { ...(data as Record<string, unknown>) };
  if (head === undefined) return data;
  record[head] = rest.length === 0 ? value : withValueAt((record[head] as object | undefined) ?? {}, rest.join('.'), value);
  return record as T;
}

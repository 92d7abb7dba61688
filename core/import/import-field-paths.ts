import type { CaseImportField } from './import-operations';

/**
 * Where each import field lands in the intake form (the paths validate-case.ts reports and field-labels.ts
 * labels), so a problem intake finds is reported against the file's column and named by its label.
 */
export const intakePathOfField: Record<CaseImportField, string> = {
  defendantName: 'defendant.name',
  residentId: 'defendant.residentId',
  sex: 'defendant.sex',
  birthDate: 'defendant.birthDate',
  ethnicity: 'defendant.ethnicity',
  registeredAddress: 'defendant.registeredAddress',
  habitualResidence: 'defendant.habitualResidence',
  phone: 'defendant.phone',
  employer: 'defendant.employer',
  cardNumber: 'card.cardNumber',
  agreementDate: 'card.agreementDate',
  issuingBranch: 'card.issuingBranch',
  creditLimit: 'card.creditLimit',
  firstDefaultDate: 'card.firstDefaultDate',
  asOfDate: 'claim.asOfDate',
  principal: 'claim.principal',
  interest: 'claim.interest',
  penalty: 'claim.penalty',
  fees: 'claim.fees',
  total: 'claim.total',
  plaintiffName: 'plaintiff.name',
  courtName: 'court.name',
  owner: 'tracking.owner',
};

const fieldByPath = new Map<string, CaseImportField>(
  (Object.entries(intakePathOfField) as [CaseImportField, string][]).map(([field, path]) => [path, field]),
);

/** The import field an intake path belongs to ('plaintiffId' is the plaintiff column; 'courtName' the court's). */
export function fieldOfIntakePath(path: string): CaseImportField | null {
  if (path === 'plaintiffId') return 'plaintiffName';
  if (path === 'courtName') return 'courtName';
  return fieldByPath.get(path) ?? null;
}

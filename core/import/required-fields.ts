import type { CaseImportField } from './import-operations';

/**
 * The columns a case export must have. These are the facts intake (validate-case.ts) requires of every case
 * that nothing else in the row can give: sex and birth date are read from the resident ID (GB 11643) when the
 * file has no such column, and the plaintiff comes from the import's chosen plaintiff when no column names it.
 * Nothing here is given a default: a file without, say, an interest column cannot say what interest is claimed.
 */
export const requiredImportFields: readonly CaseImportField[] = [
  'defendantName', 'residentId', 'cardNumber', 'principal', 'asOfDate',
  'ethnicity', 'registeredAddress', 'phone', 'agreementDate', 'issuingBranch', 'creditLimit',
  'interest', 'penalty', 'fees',
];

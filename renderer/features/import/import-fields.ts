import type { CaseImportField } from '../../../core/import/import-operations';
import type { TextKey } from '../../i18n/zh-CN';

/**
 * The fields of a case import in the order the mapping table shows them (the renderer imports only types from
 * core, so the list is repeated here; `satisfies` and the label table keep it equal to the declared fields).
 */
export const importFieldList = [
  'defendantName', 'residentId', 'sex', 'birthDate', 'ethnicity', 'registeredAddress', 'habitualResidence', 'phone', 'employer',
  'cardNumber', 'agreementDate', 'issuingBranch', 'creditLimit', 'firstDefaultDate',
  'asOfDate', 'principal', 'interest', 'penalty', 'fees', 'total',
  'plaintiffName', 'courtName', 'owner',
] as const satisfies readonly CaseImportField[];

// Compile-time proof that the list names every declared field.
type Unlisted = Exclude<CaseImportField, (typeof importFieldList)[number]>;
const listsEveryField: [Unlisted] extends [never] ? true : false = true;
void listsEveryField;

/** The label key of an import field. */
export const importFieldKey = (field: CaseImportField): TextKey => `importField.${field}` satisfies TextKey;

/**
 * The columns a case export must have, marked in the mapping table before the import is tried (the import
 * itself reports any still missing). A copy of the import's own list, which the renderer cannot load; a test
 * keeps the two equal.
 */
export const requiredImportFields: readonly CaseImportField[] = [
  'defendantName', 'residentId', 'cardNumber', 'principal', 'asOfDate',
  'ethnicity', 'registeredAddress', 'phone', 'agreementDate', 'issuingBranch', 'creditLimit',
  'interest', 'penalty', 'fees',
];

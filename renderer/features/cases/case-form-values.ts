import type { Case, CaseInput, CaseStatus, Sex } from '../../../core/case/case-model';
import { fenToYuanText } from '../../components/format-fen';
import { zhCN } from '../../i18n/zh-CN';
import type { TextKey } from '../../i18n/zh-CN';

/**
 * The case form's values as the inputs hold them: one string per field, keyed by the dotted path
 * the services use in their FieldIssues ('defendant.residentId', 'claim.principal', …).
 */

/** Every field of the case form, by its dotted CaseInput path. */
export const caseFieldPaths = [
  'plaintiffId', 'agentId',
  'defendant.name', 'defendant.sex', 'defendant.ethnicity', 'defendant.birthDate', 'defendant.residentId',
  'defendant.registeredAddress', 'defendant.habitualResidence', 'defendant.phone', 'defendant.employer',
  'card.cardNumber', 'card.agreementDate', 'card.issuingBranch', 'card.creditLimit', 'card.firstDefaultDate',
  'claim.asOfDate', 'claim.principal', 'claim.interest', 'claim.penalty', 'claim.fees',
  'courtName',
] as const;
/** The dotted path of one case form field. */
export type CaseFieldPath = (typeof caseFieldPaths)[number];
/** The whole form as the inputs hold it. */
export type CaseFormValues = Record<CaseFieldPath, string>;

/** How a field is edited. */
export type FieldKind = 'text' | 'date' | 'amount' | 'sex' | 'plaintiff' | 'agent';

/** One field of the form layout; maxLength mirrors the zod schema so the service never sees an over-long text. */
export type FieldSpec = { path: CaseFieldPath; kind: FieldKind; optional?: boolean; maxLength?: number; placeholder?: TextKey; wide?: boolean };

/** One titled group of fields. */
export type SectionSpec = { title: TextKey; note?: TextKey; fields: FieldSpec[] };

/** The form's layout: the sections of a 民事起诉状's facts, in the order a lawyer reads the file. */
export const caseSections: SectionSpec[] = [
  {
    title: 'caseForm.section.parties',
    fields: [
      { path: 'plaintiffId', kind: 'plaintiff' },
      { path: 'agentId', kind: 'agent', optional: true },
    ],
  },
  {
    title: 'caseForm.section.defendant',
    fields: [
      { path: 'defendant.name', kind: 'text', maxLength: 60 },
      { path: 'defendant.residentId', kind: 'text' },
      { path: 'defendant.sex', kind: 'sex' },
      { path: 'defendant.birthDate', kind: 'date' },
      { path: 'defendant.ethnicity', kind: 'text', maxLength: 20, placeholder: 'placeholder.ethnicity' },
      { path: 'defendant.phone', kind: 'text', maxLength: 40 },
      { path: 'defendant.registeredAddress', kind: 'text', maxLength: 200, wide: true },
      { path: 'defendant.habitualResidence', kind: 'text', maxLength: 200, wide: true, optional: true, placeholder: 'placeholder.habitualResidence' },
      { path: 'defendant.employer', kind: 'text', maxLength: 120, wide: true, optional: true },
    ],
  },
  {
    title: 'caseForm.section.card',
    fields: [
      { path: 'card.cardNumber', kind: 'text', maxLength: 23 },
      { path: 'card.agreementDate', kind: 'date' },
      { path: 'card.issuingBranch', kind: 'text', maxLength: 120 },
      { path: 'card.creditLimit', kind: 'amount', maxLength: 20 },
      { path: 'card.firstDefaultDate', kind: 'date', optional: true },
    ],
  },
  {
    title: 'caseForm.section.claim',
    note: 'caseForm.amountHint',
    fields: [
      { path: 'claim.asOfDate', kind: 'date' },
      { path: 'claim.principal', kind: 'amount', maxLength: 20 },
      { path: 'claim.interest', kind: 'amount', maxLength: 20 },
      { path: 'claim.penalty', kind: 'amount', maxLength: 20 },
      { path: 'claim.fees', kind: 'amount', maxLength: 20 },
    ],
  },
  {
    title: 'caseForm.section.court',
    fields: [{ path: 'courtName', kind: 'text', maxLength: 80, wide: true, placeholder: 'placeholder.court' }],
  },
];

/** A blank form; sex starts as 男 and is cross-checked against the ID number by the validator. */
export function emptyCaseForm(): CaseFormValues {
  const values = Object.fromEntries(caseFieldPaths.map((path) => [path, ''])) as CaseFormValues;
  values['defendant.sex'] = 'male';
  return values;
}

/** The form values of a stored case (amounts back to yuan text). */
export function caseToForm(c: Case): CaseFormValues {
  return {
    plaintiffId: String(c.plaintiffId),
    agentId: c.agentId === null ? '' : String(c.agentId),
    'defendant.name': c.defendant.name,
    'defendant.sex': c.defendant.sex,
    'defendant.ethnicity': c.defendant.ethnicity,
    'defendant.birthDate': c.defendant.birthDate,
    'defendant.residentId': c.defendant.residentId,
    'defendant.registeredAddress': c.defendant.registeredAddress,
    'defendant.habitualResidence': c.defendant.habitualResidence,
    'defendant.phone': c.defendant.phone,
    'defendant.employer': c.defendant.employer,
    'card.cardNumber': c.card.cardNumber,
    'card.agreementDate': c.card.agreementDate,
    'card.issuingBranch': c.card.issuingBranch,
    'card.creditLimit': fenToYuanText(c.card.creditLimitFen),
    'card.firstDefaultDate': c.card.firstDefaultDate,
    'claim.asOfDate': c.claim.asOfDate,
    'claim.principal': fenToYuanText(c.claim.principalFen),
    'claim.interest': fenToYuanText(c.claim.interestFen),
    'claim.penalty': fenToYuanText(c.claim.penaltyFen),
    'claim.fees': fenToYuanText(c.claim.feesFen),
    courtName: c.courtName,
  };
}

function idOrNull(text: string): number | null {
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** The CaseInput the services take, built from the form values. */
export function formToInput(v: CaseFormValues, status: CaseStatus): CaseInput {
  return {
    plaintiffId: idOrNull(v.plaintiffId),
    agentId: idOrNull(v.agentId),
    defendant: {
      name: v['defendant.name'],
      sex: (v['defendant.sex'] === 'female' ? 'female' : 'male') satisfies Sex,
      ethnicity: v['defendant.ethnicity'],
      birthDate: v['defendant.birthDate'],
      residentId: v['defendant.residentId'],
      registeredAddress: v['defendant.registeredAddress'],
      habitualResidence: v['defendant.habitualResidence'],
      phone: v['defendant.phone'],
      employer: v['defendant.employer'],
    },
    card: {
      cardNumber: v['card.cardNumber'],
      agreementDate: v['card.agreementDate'],
      issuingBranch: v['card.issuingBranch'],
      creditLimit: v['card.creditLimit'],
      firstDefaultDate: v['card.firstDefaultDate'],
    },
    claim: {
      asOfDate: v['claim.asOfDate'],
      principal: v['claim.principal'],
      interest: v['claim.interest'],
      penalty: v['claim.penalty'],
      fees: v['claim.fees'],
    },
    courtName: v.courtName,
    status,
  };
}

/** The form field an error points at: zod errors from the transport say 'values.defendant.name'. */
export function formFieldOf(field: string | undefined): string | undefined {
  return field?.replace(/^values\./, '') || undefined;
}

/** The label key of a form field, if the form has that field. */
export function fieldLabelKey(field: string): TextKey | undefined {
  const key = `field.${field}`;
  return key in zhCN ? (key as TextKey) : undefined;
}

/** What a valid 18-character resident ID number says (GB 11643: digits 7-14 birth date, 17th digit odd for men). */
export function residentIdHints(id: string): { birthDate: string; sex: Sex } | null {
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

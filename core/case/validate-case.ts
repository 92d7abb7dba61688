import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import type { FieldIssue } from '../errors';
import { amountProblem, parseYuan } from '../money/fen';
import { isCalendarDate } from '../calendar/chinese-date';
import { invisibleCharacterProblem } from '../text/invisible-characters';
import type { AgentInput, Case, CaseInputParsed, OrganisationInput } from './case-model';
import { cardNumberProblem, normaliseCardNumber } from './card-number';
import { creditCodeProblem } from './credit-code';
import { phoneProblem } from './phone';
import { birthDateMismatch, residentIdFacts, residentIdProblem } from './resident-id';

/**
 * Field-by-field legal checks of the intake forms. Each problem names its field (a dotted path
 * matching the form) so the UI can show it next to that field.
 */

const required: Bilingual = { zh: '此项为必填项', en: 'This field is required' };

function requireText(issues: FieldIssue[], field: string, value: string): boolean {
  if (value.trim() === '') {
    issues.push({ field, message: required });
    return false;
  }
  return true;
}

function check(issues: FieldIssue[], field: string, problem: Bilingual | null): void {
  if (problem) issues.push({ field, message: problem });
}

function checkDate(issues: FieldIssue[], field: string, value: string, today: string, allowEmpty = false): void {
  if (value === '' && allowEmpty) return;
  if (!requireText(issues, field, value)) return;
  if (!isCalendarDate(value)) {
    issues.push({ field, message: { zh: '日期格式应为 YYYY-MM-DD 且为真实日期', en: 'Use a real date in the form YYYY-MM-DD' } });
  } else if (value > today) {
    issues.push({ field, message: { zh: '日期不能晚于今天', en: 'The date cannot be in the future' } });
  }
}

/** Every text of a form as [field path, value], nested objects as dotted paths. */
function textFields(values: object, prefix = ''): [string, string][] {
  return Object.entries(values).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[prefix + key, value]];
    return value !== null && typeof value === 'object' ? textFields(value as object, `${prefix}${key}.`) : [];
  });
}

/**
 * The form's problems with each field that holds a line break or an invisible character reported as that alone:
 * such a field is refused rather than cleaned (a name or an ID number is the user's to correct, not Dossier's),
 * and its other problems ("not a valid ID") would only hide the reason.
 */
function withInvisibleCharacters(values: object, issues: FieldIssue[]): FieldIssue[] {
  const invisible: FieldIssue[] = [];
  for (const [field, value] of textFields(values)) {
    const problem = invisibleCharacterProblem(value);
    if (problem) invisible.push({ field, message: problem });
  }
  const flagged = new Set(invisible.map((issue) => issue.field));
  return [...invisible, ...issues.filter((issue) => !flagged.has(issue.field))];
}

/** Checks a case form; `today` is the China-time calendar date. Returns every problem found. */
export function validateCase(values: CaseInputParsed, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.plaintiffId === null) {
    issues.push({ field: 'plaintiffId', message: { zh: '请选择原告（发卡行）', en: 'Choose the plaintiff bank' } });
  }
  const d = values.defendant;
  requireText(issues, 'defendant.name', d.name);
  requireText(issues, 'defendant.ethnicity', d.ethnicity);
  requireText(issues, 'defendant.registeredAddress', d.registeredAddress);
  if (requireText(issues, 'defendant.residentId', d.residentId)) {
    const idProblem = residentIdProblem(d.residentId, today);
    check(issues, 'defendant.residentId', idProblem);
    if (!idProblem) {
      // GB 11643: the 17th digit's parity records sex; the ID and the form must agree.
      if (residentIdFacts(d.residentId).sex !== d.sex) {
        issues.push({ field: 'defendant.sex', message: { zh: '性别与身份证号码不一致', en: 'Sex does not match the resident ID number' } });
      }
      if (isCalendarDate(d.birthDate)) check(issues, 'defendant.birthDate', birthDateMismatch(d.residentId, d.birthDate));
    }
  }
  checkDate(issues, 'defendant.birthDate', d.birthDate, today);
  if (requireText(issues, 'defendant.phone', d.phone)) check(issues, 'defendant.phone', phoneProblem(d.phone));

  const c = values.card;
  if (requireText(issues, 'card.cardNumber', c.cardNumber)) check(issues, 'card.cardNumber', cardNumberProblem(c.cardNumber));
  checkDate(issues, 'card.agreementDate', c.agreementDate, today);
  requireText(issues, 'card.issuingBranch', c.issuingBranch);
  if (requireText(issues, 'card.creditLimit', c.creditLimit)) check(issues, 'card.creditLimit', amountProblem(c.creditLimit));
  checkDate(issues, 'card.firstDefaultDate', c.firstDefaultDate, today, true);

  const m = values.claim;
  checkDate(issues, 'claim.asOfDate', m.asOfDate, today);
  for (const key of ['principal', 'interest', 'penalty', 'fees'] as const) {
    if (requireText(issues, `claim.${key}`, m[key])) check(issues, `claim.${key}`, amountProblem(m[key]));
  }
  if (isCalendarDate(c.agreementDate) && isCalendarDate(m.asOfDate) && m.asOfDate < c.agreementDate) {
    issues.push({ field: 'claim.asOfDate', message: { zh: '欠款截止日不能早于领用合约签订日', en: 'The claim date cannot precede the card agreement' } });
  }
  return withInvisibleCharacters(values, issues);
}

/** Checks a plaintiff profile. */
export function validateOrganisation(values: OrganisationInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  requireText(issues, 'name', values.name);
  if (requireText(issues, 'creditCode', values.creditCode)) check(issues, 'creditCode', creditCodeProblem(values.creditCode));
  requireText(issues, 'address', values.address);
  requireText(issues, 'responsiblePerson', values.responsiblePerson);
  requireText(issues, 'responsibleTitle', values.responsibleTitle);
  if (values.phone !== '') check(issues, 'phone', phoneProblem(values.phone));
  return withInvisibleCharacters(values, issues);
}

/** Checks an agent profile. */
export function validateAgent(values: AgentInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  requireText(issues, 'name', values.name);
  requireText(issues, 'employer', values.employer);
  if (requireText(issues, 'phone', values.phone)) check(issues, 'phone', phoneProblem(values.phone));
  return withInvisibleCharacters(values, issues);
}

/** Throws one invalid-input error carrying every field problem, or does nothing. */
export function assertNoIssues(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  const first = issues[0]!;
  throw new DossierError(
    'invalid-input',
    { zh: `输入有误：${first.message.zh}（共 ${issues.length} 处）`, en: `Invalid input: ${first.message.en} (${issues.length} in all)` },
    { field: first.field },
    issues,
  );
}

/** The stored form of a validated case's card and claim: amounts in fen, card number without spaces. */
export function normaliseCase(values: CaseInputParsed) {
  return {
    card: {
      cardNumber: normaliseCardNumber(values.card.cardNumber),
      agreementDate: values.card.agreementDate,
      issuingBranch: values.card.issuingBranch,
      creditLimitFen: parseYuan(values.card.creditLimit),
      firstDefaultDate: values.card.firstDefaultDate,
    },
    claim: {
      asOfDate: values.claim.asOfDate,
      principalFen: parseYuan(values.claim.principal),
      interestFen: parseYuan(values.claim.interest),
      penaltyFen: parseYuan(values.claim.penalty),
      feesFen: parseYuan(values.claim.fees),
    },
  };
}

/** A case as the repository stores it, from checked intake values: the one place the stored form is built. */
export type StoredCase = Omit<Case, 'id' | 'createdAt' | 'updatedAt'>;

/** The stored form of a case whose values passed `validateCase` and have a plaintiff. */
export function storedCase(values: CaseInputParsed): StoredCase {
  const { card, claim } = normaliseCase(values);
  return {
    plaintiffId: values.plaintiffId!,
    agentId: values.agentId,
    defendant: { ...values.defendant, residentId: values.defendant.residentId.toUpperCase() },
    card,
    claim,
    courtName: values.courtName,
    status: values.status,
  };
}

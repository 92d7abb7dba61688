/**
 * The plaintiff's side of a filing beyond its profile: the power of attorney's scope (CPL 61–62, Interp
 * 88–89, domain.md §7.5) and the service address it confirms (法院专递规定 arts. 3–5, 11; Interp 136–137,
 * domain.md §7.6). Both have working defaults so a first filing needs nothing entered but the postcode; the
 * authority's stage is the case's, never entered, so a first-instance authority is not printed for enforcement.
 */
import type { Agent, Organisation, OrganisationType } from '../case/case-model';
import type { PowerOfAttorneyInput, ServiceAddressInput, SpecialPower } from './document-inputs';
import type { FilingPhase } from './filing-set';

/** The words of each special power as a power of attorney writes them. */
export const specialPowerText: Record<SpecialPower, string> = {
  admit: '代为承认诉讼请求',
  waive: '代为放弃诉讼请求',
  change: '代为变更诉讼请求',
  settle: '代为进行和解、调解',
  counterclaim: '代为提起反诉',
  appeal: '代为提起上诉',
  'receive-documents': '代为签收法律文书',
  'apply-enforcement': '代为申请执行',
  'receive-payment': '代收执行款（代为领取执行款）',
  'enforcement-settlement': '代为进行执行和解',
};

/** The stage a power of attorney is given for. */
export type AuthorityStage = 'first-instance' | 'enforcement';

/**
 * The special powers of each stage's authority, in statutory order; all of them unless some are chosen.
 * Enforcement needs its own authority with the powers it uses — applying, receiving the money and settling in
 * enforcement (CPL 62; 执行和解规定 art. 4); the first-instance powers do not reach it (domain.md §10).
 */
const stagePowers: Record<AuthorityStage, readonly SpecialPower[]> = {
  'first-instance': ['admit', 'waive', 'change', 'settle', 'counterclaim', 'appeal', 'receive-documents'],
  enforcement: ['apply-enforcement', 'receive-payment', 'enforcement-settlement', 'receive-documents'],
};

/** The power of attorney's data. */
export type PowerOfAttorneyFacts = {
  special: boolean;
  /** The case's stage from tracking (filing-set.ts `filingPhase`): enforcement from the effective document on. */
  stage: AuthorityStage;
  /** The special powers granted, in statutory order, joined with 、 (empty for a general authority). */
  powersText: string;
  /** Entered term; '' = until the end of the stage, which the template words for that stage. */
  term: string;
  /** The agent may settle for the plaintiff at this stage: special authority with 和解 (CPL 62) or, in enforcement, 执行和解 (执行和解规定 art. 4). */
  canSettle: boolean;
  /** 执行案号 recorded with enforcement acceptance, for an enforcement authority; '' when not yet known. */
  enforcementCaseNumber: string;
  /** A lawyer attaches the practising certificate and the firm's letter; an employee ID and proof of employment (Interp 88). */
  agentIsLawyer: boolean;
};

/** Where the authority is given: the case's phase and, in enforcement, the enforcement case number. */
export type AuthorityContext = { phase: FilingPhase; enforcementCaseNumber: string };

/**
 * Builds the power of attorney's facts for the case's stage: special authority with the stage's powers (the chosen
 * ones that belong to the stage, else all of them) unless general authority is chosen.
 */
export function powerOfAttorneyFacts(input: PowerOfAttorneyInput | undefined, agent: Agent | null, context: AuthorityContext): PowerOfAttorneyFacts {
  const special = (input?.authority ?? 'special') === 'special';
  const stage: AuthorityStage = context.phase === 'enforcement' ? 'enforcement' : 'first-instance';
  const allowed = stagePowers[stage];
  const entered = (input?.powers ?? []).filter((p) => allowed.includes(p));
  const chosen = new Set<SpecialPower>(entered.length > 0 ? entered : allowed);
  const powersText = special ? allowed.filter((p) => chosen.has(p)).map((p) => specialPowerText[p]).join('、') : '';
  return {
    special, stage, powersText, term: input?.term ?? '',
    canSettle: agent !== null && special && chosen.has(stage === 'enforcement' ? 'enforcement-settlement' : 'settle'),
    enforcementCaseNumber: stage === 'enforcement' ? context.enforcementCaseNumber : '',
    agentIsLawyer: (agent?.licenceNumber ?? '') !== '',
  };
}

/** The confirmed service address's data. */
export type ServiceAddressFacts = {
  recipient: string;
  address: string;
  postcode: string;
  phone: string;
  electronic: boolean;
  sms: boolean;
  email: boolean;
  platform: boolean;
  emailAddress: string;
};

/** Builds the service address: entered values, else the agent (or the person in charge) at the plaintiff's domicile. */
export function serviceAddressFacts(input: ServiceAddressInput | undefined, plaintiff: Organisation, agent: Agent | null): ServiceAddressFacts | null {
  if (!input) return null;
  const methods = new Set(input.electronicMethods ?? ['sms']);
  const electronic = input.electronic ?? true;
  return {
    recipient: input.recipient?.trim() || agent?.name || plaintiff.responsiblePerson,
    address: input.address?.trim() || plaintiff.address,
    postcode: input.postcode,
    phone: input.phone?.trim() || agent?.phone || plaintiff.phone,
    electronic,
    sms: electronic && methods.has('sms'),
    email: electronic && methods.has('email'),
    platform: electronic && methods.has('platform'),
    emailAddress: input.email ?? '',
  };
}

/** How the filings describe the plaintiff, all from one place so the complaint and the preservation application agree. */
export type PlaintiffStanding = {
  /** 'unknown' while neither the profile nor the document says. */
  kind: 'legal-person' | 'branch' | 'unknown';
  /** A card centre or branch suing in its own name (《民诉法解释》第五十二条第（六）项). */
  isBranch: boolean;
  /** The card record names the plaintiff itself as the issuer, so the complaint may say the card was applied for with it. */
  issuedByPlaintiff: boolean;
  /** 金融许可证 机构编码, '' when not recorded. */
  licenceNumber: string;
  /** The complaint's sentence on who issues and manages the card; '' unless the plaintiff is a branch. */
  cardSentence: string;
  /** 法定代表人 for a legal person, 负责人 for a branch or while the type is not stated (CPL 124(1)). */
  responsibleLabel: string;
  /** How the preservation application introduces the applicant when it asks to give no security (财产保全规定 art. 9(6)). */
  preservationSelf: string;
};

/** Whether the card record names the plaintiff itself as the issuer. */
export function issuedByPlaintiff(plaintiffName: string, issuingBranch: string): boolean {
  return issuingBranch.trim() === plaintiffName.trim();
}

/**
 * The plaintiff's standing from its 类型. A branch says it issued and manages the card when the card record names it
 * as the issuer; when another office issued the card the sentence leaves the relation for the lawyer to state.
 */
export function plaintiffStanding(type: OrganisationType | '', plaintiff: Organisation, issuingBranch: string): PlaintiffStanding {
  const kind = type === '' ? 'unknown' : type === 'branch' ? 'branch' : 'legal-person';
  const isBranch = kind === 'branch';
  const sameIssuer = issuedByPlaintiff(plaintiff.name, issuingBranch);
  return {
    kind,
    isBranch,
    issuedByPlaintiff: sameIssuer,
    licenceNumber: plaintiff.licenceNumber,
    responsibleLabel: kind === 'legal-person' ? '法定代表人' : '负责人',
    cardSentence: !isBranch ? '' : sameIssuer ? '该卡由原告发行并管理。' : `该卡由${issuingBranch}发行，原告与该卡的关系：＿＿＿＿＿＿。`,
    preservationSelf: {
      branch: '申请人系经金融监管部门批准设立的商业银行的分支机构',
      'legal-person': '申请人系经金融监管部门批准设立的商业银行',
      unknown: '申请人系经金融监管部门批准设立的商业银行或其分支机构',
    }[kind],
  };
}

/**
 * Facts a filing needs that the case itself does not hold, entered when a document is generated (or
 * read from the claim, evidence, court and tracking records once those exist): the settlement plan, the
 * enforcement basis and payments, preservation leads, the power of attorney's scope, the service address,
 * the evidence list, the court case number and the answers of the element-style complaint.
 * Amounts arrive as the yuan text the user typed and dates as 'YYYY-MM-DD'; filing-inputs.ts checks them
 * and reports each problem against its field (e.g. `settlement.firstDueDate`).
 */
import { z } from 'zod';
import { organisationTypes } from '../case/case-model';
import { settlementContexts } from '../tracking/settlement-plan';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const date = z.string().trim().max(10);
const optionalDate = date.default('');
const amount = z.string().trim().max(24);

/** Kinds of property lead (财产线索) an application may name (财产保全规定 art. 1(4); domain.md §7.3, §7.7). */
export const propertyClueKinds = ['bank-account', 'real-estate', 'vehicle', 'employer-income', 'receivable', 'securities', 'other'] as const;
export type PropertyClueKind = (typeof propertyClueKinds)[number];

const propertyClue = z.object({ kind: z.enum(propertyClueKinds), description: text(300) });

/**
 * How the parties' settlement is to be given effect (domain.md §7.4): in a suit, a court mediation document or a
 * withdrawal; for an agreement reached through a mediation organisation, judicial confirmation (CPL 205).
 */
export const settlementEndings = ['withdrawal', 'mediation', 'judicial-confirmation'] as const;
export type SettlementEnding = (typeof settlementEndings)[number];

/** Who bears a court fee under the agreement (Fee Measures arts. 31, 34, 38). */
export const feeBearers = ['defendant', 'plaintiff', 'shared'] as const;
export type FeeBearer = (typeof feeBearers)[number];

/** The settlement agreement's plan: debt confirmed, instalments, acceleration, costs and how the suit ends. */
export const settlementInput = z.object({
  /** Date the debt is confirmed as of; empty = the claim's cut-off date. */
  confirmedAsOf: optionalDate,
  /** Debt the debtor acknowledges; empty = the claim total. */
  confirmedTotal: amount.default(''),
  /** Interest and penalty waived on condition that every instalment is paid on time. */
  waived: amount.default('0'),
  downPayment: amount.default('0'),
  downPaymentDate: optionalDate,
  /** At most 60 (5 years; 《商业银行信用卡业务监督管理办法》第七十条, domain.md §5.1). */
  instalments: z.number().int().min(1).max(60),
  firstDueDate: date,
  /** Months between instalments (1 = monthly, 3 = quarterly), as the tracking plan's `intervalMonths`. */
  intervalMonths: z.number().int().min(1).max(12).default(1),
  /** Days after a due date before a missed instalment triggers acceleration (宽限期). */
  graceDays: z.number().int().min(0).max(90).default(0),
  /** Where the settlement is made (domain.md §7.4); a stored plan's own stage wins. 'enforcement' = 执行和解 (§6.8). */
  stage: z.enum(settlementContexts).default('in-suit'),
  /** 执行案号 for an enforcement settlement; empty = the number recorded with enforcement acceptance. */
  enforcementCaseNumber: optionalText(40),
  /** The acceptance fee as it stands after halving for mediation or withdrawal; empty = not stated. */
  acceptanceFee: amount.default(''),
  acceptanceFeeBearer: z.enum(feeBearers).default('defendant'),
  preservationFeeBearer: z.enum(feeBearers).default('defendant'),
  /** The chosen ending; absent = not yet recorded, and the agreement leaves it for the parties to tick. */
  ending: z.enum(settlementEndings).optional(),
  /** The people's mediation committee or other lawfully established mediation organisation the agreement was reached through; empty = none (CPL 205; Interp 351). */
  mediationOrganisation: optionalText(100),
  /** For a withdrawal: days after the down payment (or signing) within which the plaintiff applies. */
  withdrawalWithinDays: z.number().int().min(1).max(60).default(7),
  /** Where payments go; empty = the card account itself. */
  repaymentAccount: optionalText(200),
  signingPlace: optionalText(100),
});
export type SettlementInput = z.input<typeof settlementInput>;

/** The kind of effective document enforcement is based on. */
export const basisDocumentTypes = ['judgment', 'mediation', 'ruling'] as const;
export type BasisDocumentType = (typeof basisDocumentTypes)[number];

/** What the doubled interest is computed on (domain.md §6.3: the base is an explicit choice, [U]). */
export const delayInterestBases = ['excluding-interest', 'principal'] as const;
export type DelayInterestBase = (typeof delayInterestBases)[number];

/** The enforcement application's facts (domain.md §7.3): basis, award, payments, interest date, property leads. */
export const enforcementInput = z.object({
  basis: z.object({
    documentType: z.enum(basisDocumentTypes),
    /** Court that made the document; empty = the case's court. */
    court: optionalText(80),
    caseNumber: text(40),
    effectiveDate: date,
    /** Last day of the performance period fixed by the document (法释〔2014〕8号 art. 2). */
    lastPerformanceDay: date,
  }),
  awarded: z.object({
    principal: amount,
    interest: amount.default('0'),
    penalty: amount.default('0'),
    fees: amount.default('0'),
    /** Acceptance and preservation fees the debtor was ordered to bear. */
    litigationCosts: amount.default('0'),
  }),
  /** The document's words for interest after its cut-off date, quoted into the request. */
  continuingInterest: optionalText(300),
  payments: z.array(z.object({ date, amount })).max(200).default([]),
  /** Delayed-performance interest is computed to this date; empty = the filing date. */
  interestToDate: optionalDate,
  delayInterestBase: z.enum(delayInterestBases).default('excluding-interest'),
  propertyClues: z.array(propertyClue).max(50).default([]),
  measures: z
    .object({ freeze: z.boolean().default(true), restrictConsumption: z.boolean().default(true), dishonestList: z.boolean().default(false) })
    .default({ freeze: true, restrictConsumption: true, dishonestList: false }),
  /** Court applied to; empty = the court that made the document (CPL 235). */
  enforcementCourt: optionalText(80),
});
export type EnforcementInput = z.input<typeof enforcementInput>;

/** Security offered for preservation; a bank need not give any (财产保全规定 art. 9(6)). */
export const preservationSecurities = ['none-financial-institution', 'guarantee', 'property'] as const;

/** The preservation application's facts (domain.md §7.7). */
export const preservationInput = z.object({
  stage: z.enum(['in-suit', 'pre-suit']).default('in-suit'),
  /** Amount to preserve; empty = the claim total (CPL 105: limited to the claim). */
  amount: amount.default(''),
  propertyClues: z.array(propertyClue).min(1).max(50),
  security: z.enum(preservationSecurities).default('none-financial-institution'),
  securityDetails: optionalText(300),
});
export type PreservationInput = z.input<typeof preservationInput>;

/** Special powers a power of attorney may grant (CPL 62; 执行和解规定 art. 4; domain.md §7.5). */
export const specialPowers = [
  'admit', 'waive', 'change', 'settle', 'counterclaim', 'appeal', 'receive-documents',
  'apply-enforcement', 'receive-payment', 'enforcement-settlement',
] as const;
export type SpecialPower = (typeof specialPowers)[number];

/**
 * The power of attorney's scope. Its stage (first instance or enforcement) is the case's, from tracking
 * (filing-parties.ts), so an authority for one stage is never printed for the other.
 */
export const powerOfAttorneyInput = z.object({
  authority: z.enum(['general', 'special']).default('special'),
  /** Special powers chosen; absent = the stage's usual powers. Powers of the other stage are left out. */
  powers: z.array(z.enum(specialPowers)).max(specialPowers.length).optional(),
  /** Term of the mandate; empty = until the end of the stage. */
  term: optionalText(100),
});
export type PowerOfAttorneyInput = z.input<typeof powerOfAttorneyInput>;

/** Electronic service channels (Interp 136). */
export const electronicMethods = ['sms', 'email', 'platform'] as const;

/** The plaintiff's service address (法院专递规定 arts. 3–4; domain.md §7.6). */
export const serviceAddressInput = z.object({
  /** Empty = the agent, or the plaintiff's person in charge when there is no agent. */
  recipient: optionalText(60),
  /** Empty = the plaintiff's domicile. */
  address: optionalText(200),
  postcode: text(6),
  phone: optionalText(40),
  electronic: z.boolean().default(true),
  electronicMethods: z.array(z.enum(electronicMethods)).max(electronicMethods.length).default(['sms']),
  email: optionalText(100),
});
export type ServiceAddressInput = z.input<typeof serviceAddressInput>;

/** One line of the evidence list: the case's evidence item it names by SHA-256 (evidence-filing-sources.ts), or entered by hand. */
export const evidenceItemInput = z.object({
  name: text(120),
  source: text(120),
  /** As long as the evidence store allows (core/evidence/evidence-model.ts), so a recorded item always fits. */
  proves: text(500),
  pages: z.number().int().min(0).max(100_000).nullable().default(null),
  sha256: z.union([z.string().regex(/^[0-9a-f]{64}$/), z.literal('')]).default(''),
});
export type EvidenceItemInput = z.input<typeof evidenceItemInput>;

/** Organisation types of the element-style complaint's 类型 check-list (option list [U], domain.md §11 item 10). */
export { organisationTypes };

/**
 * A yes/no item of the element-style complaint. 'unstated' (the default) leaves it to the case's records, or
 * unanswered when they are silent; inputs saved before this choice existed hold booleans.
 */
const elementAnswer = z.union([z.enum(['unstated', 'yes', 'no']), z.boolean()]).default('unstated');
/** The value of an elementAnswer field. */
export type ElementAnswer = z.output<typeof elementAnswer>;

/**
 * The element-style complaint's answers as entered for one document (domain.md §7.2). Each entered answer wins over
 * the case's records (complaint-answers.ts); an item left 'unstated' is answered from the records or left blank.
 */
export const elementComplaintInput = z.object({
  /** 'unstated' = the plaintiff profile's type. */
  organisationType: z.union([z.enum(organisationTypes), z.literal('unstated')]).default('unstated'),
  keyTermNoticeGiven: elementAnswer,
  keyTermNoticeMethod: optionalText(300),
  collected: elementAnswer,
  /** Empty = the demands the contact records show. */
  collectionDetails: optionalText(300),
  /** 被告逾期部分已还金额; empty = the payments the ledger shows after the first default. */
  repaidOverdue: amount.default(''),
  forumClause: elementAnswer,
  forumClauseText: optionalText(300),
  preSuitPreservation: elementAnswer,
  preSuitPreservationDetails: optionalText(200),
  /** 是否主张实现债权的费用 (e.g. lawyer's fees agreed in the card contract) and their breakdown. */
  realisationCosts: z.boolean().default(false),
  realisationCostsDetails: optionalText(300),
  /** 是否主张诉讼费用 (new in the 2025 text). */
  claimCosts: z.boolean().default(true),
  /** The party's own declarations on mediation: unanswered unless entered. */
  mediationAware: elementAnswer,
  mediationBenefitsAware: elementAnswer,
  considerMediation: z.enum(['unstated', 'yes', 'no', 'unsure']).default('unstated'),
  otherClaims: optionalText(300),
  otherFacts: optionalText(500),
});
export type ElementComplaintInput = z.input<typeof elementComplaintInput>;

/** Why the plaintiff withdraws (CPL 148). */
export const withdrawalReasons = ['settled', 'paid', 'other'] as const;

/** Every optional input section, keyed as manifests name them in `inputs`. */
export const documentInputs = z
  .object({
    settlement: settlementInput.optional(),
    enforcement: enforcementInput.optional(),
    preservation: preservationInput.optional(),
    powerOfAttorney: powerOfAttorneyInput.optional(),
    serviceAddress: serviceAddressInput.optional(),
    evidence: z.array(evidenceItemInput).min(1).max(500).optional(),
    proceedings: z.object({ courtCaseNumber: text(40) }).optional(),
    withdrawal: z.object({ reason: z.enum(withdrawalReasons).default('settled'), details: optionalText(300) }).optional(),
    complaint: elementComplaintInput.optional(),
  })
  .strict();
export type DocumentInputs = z.input<typeof documentInputs>;
export type DocumentInputsParsed = z.output<typeof documentInputs>;

/** The names of the input sections. */
export const inputSections = ['settlement', 'enforcement', 'preservation', 'powerOfAttorney', 'serviceAddress', 'evidence', 'proceedings', 'withdrawal', 'complaint'] as const;
export type InputSection = (typeof inputSections)[number];

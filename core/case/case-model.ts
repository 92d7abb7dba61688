import { z } from 'zod';

/**
 * The shapes of the three things a credit-card case is made of: the suing bank branch
 * (organisation), its agent, and the case itself. Zod checks the shape at the boundary;
 * the legal checks (check characters, dates, amounts) live in validate-*.ts so their
 * messages can be bilingual and point at a field.
 */

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * The organisation forms of the element-style complaint's 类型 list: a legal person's form, or 分支机构 — a
 * branch or card centre, which sues in its own name only with a business licence (《民诉法解释》第五十二条第（六）项).
 */
export const organisationTypes = ['limited-liability', 'joint-stock', 'listed', 'other-enterprise', 'branch'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** A plaintiff bank branch or card centre (原告). */
export const organisationInput = z.object({
  name: text(120),
  creditCode: text(18),
  address: text(200),
  responsiblePerson: text(60),
  responsibleTitle: text(30),
  phone: optionalText(40),
  /** '' while the profile does not say; documents then leave the 类型 item unanswered. */
  organisationType: z.union([z.enum(organisationTypes), z.literal('')]).default(''),
  /** 金融许可证 机构编码 as printed on the licence; '' when not recorded. */
  licenceNumber: optionalText(40),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
export type Organisation = OrganisationInput & { id: number };

/** The lawyer or bank employee acting for the plaintiff (委托诉讼代理人). */
export const agentInput = z.object({
  name: text(60),
  employer: text(120),
  /** 律师执业证号; empty for a bank employee acting under CPL 61(2). */
  licenceNumber: optionalText(40),
  phone: text(40),
});
export type AgentInput = z.infer<typeof agentInput>;
export type Agent = AgentInput & { id: number };

/** Where a case stands; later lifecycle stages are added by the tracking module. */
export const caseStatuses = ['draft', 'ready', 'filed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** 性别 as recorded on the resident ID. */
export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

/**
 * A case as the intake form submits it. Amounts arrive as the yuan text the user typed
 * ("12,345.67") and become integer fen only after validation, so a bad amount is reported
 * against its field rather than silently coerced.
 */
export const caseInput = z.object({
  plaintiffId: z.number().int().positive().nullable(),
  agentId: z.number().int().positive().nullable(),
  defendant: z.object({
    name: text(60),
    sex: z.enum(sexes),
    ethnicity: text(20),
    birthDate: text(10),
    residentId: text(18),
    registeredAddress: text(200),
    habitualResidence: optionalText(200),
    phone: text(40),
    employer: optionalText(120),
  }),
  card: z.object({
    cardNumber: text(23),
    agreementDate: text(10),
    issuingBranch: text(120),
    creditLimit: text(20),
    firstDefaultDate: optionalText(10),
  }),
  claim: z.object({
    asOfDate: text(10),
    principal: text(20),
    interest: text(20),
    penalty: text(20),
    fees: text(20),
  }),
  courtName: optionalText(80),
  status: z.enum(caseStatuses).default('draft'),
});
export type CaseInput = z.input<typeof caseInput>;
export type CaseInputParsed = z.output<typeof caseInput>;

/** A stored case: the same fields with amounts in integer fen. */
export type Case = {
  id: number;
  plaintiffId: number;
  agentId: number | null;
  defendant: CaseInputParsed['defendant'];
  card: Omit<CaseInputParsed['card'], 'creditLimit'> & { creditLimitFen: number };
  claim: { asOfDate: string; principalFen: number; interestFen: number; penaltyFen: number; feesFen: number };
  courtName: string;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
};

/** One row of the case list. */
export type CaseSummary = {
  id: number;
  defendantName: string;
  residentIdMasked: string;
  cardNumberMasked: string;
  plaintiffName: string;
  courtName: string;
  claimTotalFen: number;
  status: CaseStatus;
  updatedAt: string;
};

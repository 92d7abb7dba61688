import { z } from 'zod';

/**
 * Facts the jurisdiction advisor needs that the case itself does not hold (domain.md §1): kept in
 * the court area's own tables, keyed by case id (defendant, forum clause, online contracting) and by
 * organisation id (where the plaintiff is). Division codes left empty are derived from the address
 * text; a code the user enters overrides the derivation.
 */

const divisionCode = z.string().trim().regex(/^(\d{6})?$/, '6-digit division code');
const date = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'YYYY-MM-DD');

/** Which place a forum clause (约定管辖条款) names. */
export const clauseNames = ['none', 'plaintiff', 'head-office', 'defendant', 'signing-place', 'court'] as const;
export type ClauseNames = (typeof clauseNames)[number];

/** The case-level facts, as stored and as the jurisdiction tab edits them. */
export const jurisdictionFactsInput = z.object({
  /** The defendant's 户籍地 division, when the derivation from the address is wrong. */
  registeredDivision: divisionCode.default(''),
  /** The division of the defendant's habitual residence (经常居住地), when not derivable. */
  habitualDivision: divisionCode.default(''),
  /** Since when the defendant has lived continuously at the habitual residence (Interp 4). */
  habitualSince: date.default(''),
  /** What proves it: residence permit, lease, employer's certificate (a mailing address alone does not). */
  habitualProof: z.string().trim().max(200).default(''),
  /** Whereabouts unknown (下落不明): rules out small claims and simplified procedure. */
  whereaboutsUnknown: z.boolean().default(false),
  forumClause: z.object({
    text: z.string().trim().max(2000).default(''),
    names: z.enum(clauseNames).default('none'),
    /** The division of the named place (head office, place of signing). */
    division: divisionCode.default(''),
    /** When the clause names a court outright. */
    courtId: z.string().trim().max(60).default(''),
    /** Whether the key-term notice (提示说明) was given for the clause (Interp 31, CC 496). */
    keyTermNotice: z.boolean().default(false),
  }).default({ text: '', names: 'none', division: '', courtId: '', keyTermNotice: false }),
  /** The card was applied for and contracted wholly online (互联网法院规定 art. 2(3)). */
  contractedOnline: z.boolean().default(false),
  /** The internet court the card agreement names, if any. */
  agreementInternetCourtId: z.string().trim().max(60).default(''),
  /** Both parties agreed to small claims above the mandatory limit (CPL 165(2)). */
  smallClaimsConsent: z.boolean().default(false),
  /** Value of property to be preserved, yuan text ('' = none planned), for the fee panel. */
  preservationAmount: z.string().trim().max(20).default(''),
});
export type JurisdictionFactsInput = z.input<typeof jurisdictionFactsInput>;
export type JurisdictionFacts = z.output<typeof jurisdictionFactsInput>;

/** The plaintiff's location for jurisdiction, kept per organisation. */
export const plaintiffLocationInput = z.object({
  /** Where the plaintiff is (its principal office, Interp 3); '' = derive from its address. */
  divisionCode: divisionCode.default(''),
  /** A licensed branch or card centre suing in its own name (Interp 52(6)), not the head office. */
  isBranch: z.boolean().default(true),
  /** Where the bank's head office is, for clauses naming the head office's location. */
  headOfficeDivision: divisionCode.default(''),
});
export type PlaintiffLocationInput = z.input<typeof plaintiffLocationInput>;
export type PlaintiffLocation = z.output<typeof plaintiffLocationInput>;

/** Empty facts: everything derived, nothing asserted. */
export const emptyJurisdictionFacts: JurisdictionFacts = jurisdictionFactsInput.parse({});

import { z } from 'zod';
import { evidenceKinds } from './evidence-kinds';

/**
 * A completeness rule set (templates/rules/<case-type>.json). Rules are data: each names one check
 * from the fixed list below with its parameters, a severity, the legal basis or practice reason shown
 * to the user, a hint for the fix, and the tab where it is fixed. A rule file cannot run code.
 */
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** The checks a rule may name. */
export const ruleCheck = z.discriminatedUnion('type', [
  z.object({ type: z.literal('evidence-kinds-present'), kinds: z.array(z.enum(evidenceKinds)).min(1) }),
  z.object({ type: z.literal('identity-matches-application') }),
  z.object({ type: z.literal('statements-cover-claim-date'), maxGapDays: z.number().int().min(0).max(90).default(0) }),
  z.object({ type: z.literal('principal-reconciles') }),
  z.object({ type: z.literal('delivered-demand-in-period') }),
  z.object({ type: z.literal('limitation-not-expired') }),
  z.object({ type: z.literal('key-term-notice') }),
  z.object({ type: z.literal('power-of-attorney') }),
  z.object({ type: z.literal('no-flagged-contact-relied-on') }),
  z.object({ type: z.literal('combined-rate-within-24') }),
  z.object({ type: z.literal('no-barred-charges') }),
  z.object({ type: z.literal('claim-matches-breakdown') }),
  z.object({ type: z.literal('holiday-calendar-covers') }),
  z.object({ type: z.literal('addressed-court-accepted') }),
  z.object({ type: z.literal('complaint-items-answered') }),
]);
export type RuleCheck = z.infer<typeof ruleCheck>;

/** Where in the case a finding is fixed. */
export const fixPlaces = ['details', 'evidence', 'claim', 'contacts', 'readiness', 'jurisdiction'] as const;
export type FixPlace = (typeof fixPlaces)[number];

/**
 * The three kinds of finding, never mixed (domain.md §10): a filing condition (《民事诉讼法》第一百二十二条、
 * 第一百二十四条) and a material the filing desk asks for can stop the filing; a merits risk never does —
 * the court accepts the case and the defendant may raise it (《民法典》第一百九十三条).
 */
export const findingKinds = ['filing-condition', 'filing-material', 'merits-risk'] as const;
export type FindingKind = (typeof findingKinds)[number];

/** One rule; a merits risk may only warn. */
export const completenessRule = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  kind: z.enum(findingKinds),
  severity: z.enum(['blocker', 'warning']),
  title: bilingual,
  check: ruleCheck,
  basis: bilingual,
  fix: bilingual,
  fixAt: z.enum(fixPlaces),
}).refine((rule) => !(rule.kind === 'merits-risk' && rule.severity === 'blocker'), {
  message: 'a merits risk is a warning, never a blocker: only filing conditions and filing materials stop a filing',
  path: ['severity'],
});
export type CompletenessRule = z.infer<typeof completenessRule>;

/** A rule file. */
export const ruleSet = z.object({
  caseType: z.string().min(1),
  version: z.string().min(1),
  rules: z.array(completenessRule).min(1).refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'rule ids must be unique'),
});
export type RuleSet = z.infer<typeof ruleSet>;

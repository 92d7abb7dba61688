/**
 * The kinds of event legal ops record on a case, and the extra facts each one carries. Every event has a
 * date, an optional attachment and a note; the details below are what the deadline rules and the
 * transition guards need (domain.md §6.9).
 */
import { z } from 'zod';
import type { Bilingual } from '../bilingual';

/** Every event type, in roughly the order they occur. */
export const eventTypes = [
  'marked-ready',
  'filed',
  'accepted',
  'hearing',
  'judgment',
  'mediation',
  'settlement',
  'withdrawal',
  'served',
  'appealed',
  'effective',
  'enforcement-applied',
  'enforcement-accepted',
  'property-frozen',
  'dishonest-listed',
  'enforcement-suspended',
  'enforcement-resumed',
  'recovered',
  'closed',
  'note',
] as const;
export type EventType = (typeof eventTypes)[number];

/** What each event is called. */
export const eventLabels: Record<EventType, Bilingual> = {
  'marked-ready': { zh: '确认可以立案', en: 'Marked ready to file' },
  filed: { zh: '提交立案', en: 'Filed with the court' },
  accepted: { zh: '立案受理', en: 'Accepted (docketed)' },
  hearing: { zh: '开庭', en: 'Hearing' },
  judgment: { zh: '判决/裁定', en: 'Judgment or ruling' },
  mediation: { zh: '调解书签收', en: 'Mediation document signed' },
  settlement: { zh: '达成和解', en: 'Settlement reached' },
  withdrawal: { zh: '撤诉', en: 'Withdrawal' },
  served: { zh: '送达', en: 'Served' },
  appealed: { zh: '提起上诉', en: 'Appeal lodged' },
  effective: { zh: '发生法律效力', en: 'Took effect' },
  'enforcement-applied': { zh: '申请强制执行', en: 'Enforcement applied for' },
  'enforcement-accepted': { zh: '执行立案', en: 'Enforcement accepted' },
  'property-frozen': { zh: '冻结/查封财产', en: 'Property frozen or sealed' },
  'dishonest-listed': { zh: '纳入失信被执行人名单', en: 'Listed as dishonest debtor' },
  'enforcement-suspended': { zh: '终结本次执行（终本）', en: 'Enforcement ended for now (终本)' },
  'enforcement-resumed': { zh: '恢复执行', en: 'Enforcement resumed' },
  recovered: { zh: '全额回收', en: 'Recovered in full' },
  closed: { zh: '结案', en: 'Closed' },
  note: { zh: '备注', en: 'Note' },
};

/** Who a document was served on or who appealed. */
export const parties = ['defendant', 'plaintiff'] as const;
export type Party = (typeof parties)[number];

/** 冻结/查封 property kinds with their maximum terms under Interp 485. */
export const propertyKinds = ['deposit', 'movable', 'immovable', 'other-right'] as const;
export type PropertyKind = (typeof propertyKinds)[number];

const dateText = z.string().trim().max(10);
const amountText = z.string().trim().max(24);

/**
 * What a judgment or mediation document orders paid, item by item: overdrawn principal, interest, 违约金,
 * fees, and the litigation costs (acceptance and preservation fees) it puts on the defendant.
 */
export const awardDetails = z.object({
  principal: amountText,
  interest: amountText.optional(),
  penalty: amountText.optional(),
  fees: amountText.optional(),
  litigationCosts: amountText.optional(),
  /** The document's words for interest after its cut-off date ("以…为基数…计算至实际清偿之日止"). */
  continuingInterest: z.string().trim().max(300).optional(),
});
export type AwardDetails = z.infer<typeof awardDetails>;

/** The details each event type accepts (validated again by the guards, which name the field). */
export const eventDetails = z.object({
  /** 案号, for `accepted`. */
  courtCaseNumber: z.string().trim().max(40).optional(),
  /** 执行案号, for `enforcement-accepted` and (执恢) `enforcement-resumed`. */
  enforcementCaseNumber: z.string().trim().max(40).optional(),
  /** A judgment (appeal 15 days) or a ruling (10 days), CPL 171. */
  documentKind: z.enum(['judgment', 'ruling']).optional(),
  /** No appeal lies: small-claims judgments (CPL 165) and second-instance judgments. */
  final: z.boolean().optional(),
  /** "于本判决生效之日起N日内履行": N (CPL 85 counting from the effective date). */
  performanceDays: z.number().int().min(0).max(3650).optional(),
  /** The last day of the performance period when the document fixes it directly (e.g. the last instalment). */
  lastPerformanceDay: dateText.optional(),
  /** The money the judgment or mediation document orders paid (yuan text), the base of "recovered in full". */
  awardedAmount: amountText.optional(),
  /** The same award item by item (yuan text), as the enforcement application enforces it (awarded-amounts.ts). */
  award: awardDetails.optional(),
  party: z.enum(parties).optional(),
  propertyKind: z.enum(propertyKinds).optional(),
  propertyDescription: z.string().trim().max(200).optional(),
  /** For a renewal: the id of the freeze event being renewed (续封/续冻). */
  renewalOf: z.number().int().positive().optional(),
});
export type EventDetails = z.infer<typeof eventDetails>;

/** A file attached to an event, sent as base64 (≤ 20 MB) and stored by its SHA-256. */
export const attachmentInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  base64: z.string().max(28_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type AttachmentInput = z.infer<typeof attachmentInput>;

/** One event as the user records it. */
export const eventInput = z.object({
  type: z.enum(eventTypes),
  date: dateText,
  details: eventDetails.default({}),
  note: z.string().trim().max(2000).default(''),
  attachment: attachmentInput.optional(),
});
export type EventInput = z.input<typeof eventInput>;
export type EventInputParsed = z.output<typeof eventInput>;

/** A stored event with the stage it moved the case from and to. */
export type CaseEvent = {
  id: number;
  caseId: number;
  type: EventType;
  date: string;
  details: EventDetails;
  note: string;
  stageBefore: string;
  stageAfter: string;
  attachment: { fileName: string; sha256: string; sizeBytes: number } | null;
  actor: string;
  createdAt: string;
};

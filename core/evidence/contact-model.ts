import { z } from 'zod';

/**
 * Contact records (催收记录, GLOSSARY `contactRecord`): one collection contact with who was contacted,
 * how, what came of it, and the proof that a demand reached the cardholder (送达凭证, `deliveryProof`).
 * Delivery matters for limitation (domain.md §4.2): only a demand shown to have reached the cardholder
 * interrupts the period.
 */
export const contactChannels = ['phone', 'sms', 'letter', 'visit', 'email', 'app-message', 'lawyer-letter'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const contactParties = ['cardholder', 'emergency-contact', 'third-party'] as const;
export type ContactParty = (typeof contactParties)[number];

export const contactOutcomes = ['reached', 'promise-to-pay', 'refused', 'unreachable', 'partial-payment'] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

/** The kind of proof that the contact reached its addressee. */
export const deliveryProofs = ['none', 'signed-receipt', 'postal-tracking', 'sms-report', 'email-log', 'call-recording', 'visit-record'] as const;
export type DeliveryProof = (typeof deliveryProofs)[number];

export const deliveryStatuses = ['unknown', 'delivered', 'in-transit', 'returned', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

const text = (max: number) => z.string().trim().max(max).default('');

/** A contact record as a form or an import row sends it. */
export const contactInput = z.object({
  /** Date and time in China time, 'YYYY-MM-DD HH:MM'. */
  occurredAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'YYYY-MM-DD HH:MM'),
  channel: z.enum(contactChannels),
  party: z.enum(contactParties),
  partyName: text(60),
  /** The phone number, address or e-mail used. */
  address: text(200),
  /** Whether that is the contact the cardholder gave the bank (银行卡规定 art. 3(2)). */
  toReservedContact: z.boolean().default(false),
  outcome: z.enum(contactOutcomes),
  notes: text(2000),
  proofEvidenceId: z.number().int().positive().nullable().default(null),
  deliveryProof: z.enum(deliveryProofs).default('none'),
  trackingNumber: text(40),
  deliveryStatus: z.enum(deliveryStatuses).default('unknown'),
  /** The day the demand reached the addressee (妥投 / signed), 'YYYY-MM-DD' or empty. */
  deliveredOn: z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/).default(''),
  /** Name of an outsourced collection agency, empty when the bank's own staff made the contact. */
  agency: text(120),
  /** Whether the cardholder was told in advance that this agency collects (消保办法 art. 41). */
  agencyDisclosed: z.boolean().default(false),
  /** Whether the cardholder agreed to be contacted at this hour (C4). */
  timeConsented: z.boolean().default(false),
  /** A lawyer's review clearing the flags that only ask for review (not violations). */
  reviewNote: text(500),
});
export type ContactInput = z.input<typeof contactInput>;
export type ContactValues = z.output<typeof contactInput>;

/** A stored contact record. */
export type ContactRecord = ContactValues & { id: number; caseId: number };

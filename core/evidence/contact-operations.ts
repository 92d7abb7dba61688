import { z } from 'zod';
import { operation } from '../operation';
import { textEncodings } from '../claim/text-table';
import type { ContactFlag } from './contact-flags';
import type { ContactRecord } from './contact-model';
import { contactInput } from './contact-model';
import { base64Content } from './evidence-model';

const id = z.number().int().positive();

/** A contact record with its compliance flags and whether it interrupts limitation (contact-demand.ts). */
export type ContactView = {
  record: ContactRecord;
  flags: ContactFlag[];
  /** False when any flag remains: the record needs the lawyer's review before it is used as evidence (domain.md §9, §10); it still counts for limitation. */
  reliable: boolean;
  /** For a contact with the cardholder: whether it interrupts limitation, and on which day. */
  demand: { proven: boolean; date: string } | null;
};

/** Operations on a case's contact records (催收记录). */
export const contactOperations = {
  'contact:list': operation(z.object({ caseId: id })).returns<ContactView[]>(),
  'contact:save': operation(z.object({ caseId: id, id: id.optional(), values: contactInput })).returns<ContactRecord>(),
  'contact:delete': operation(z.object({ id })).returns<{ deleted: true }>(),
  'contact:import': operation(z.object({
    caseId: id, fileName: z.string().trim().min(1).max(255), contentBase64: base64Content, encoding: z.enum(textEncodings).default('auto'),
  })).returns<{ imported: number }>(),
} as const;

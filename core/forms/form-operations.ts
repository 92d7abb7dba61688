import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { operation } from '../operation';
import type { GeneratedDocument } from '../documents/document-operations';
import { formMapping, type FillReport, type FormField, type FormMapping } from './form-model';

/** A fillable form as listed: bundled (templates/forms, read-only) or imported into the data folder. */
export type FormSummary = {
  /** 'bundled:<file name>' or 'user:<id>'. */
  key: string;
  name: string;
  source: 'bundled' | 'user';
  sha256: string;
  fieldCount: number;
  hasMapping: boolean;
};

/** A data path a field can be mapped to, with its label and the value it has for the chosen case. */
/**
 * One value a form field can take: its label (null for values offered only in the advanced view, by path),
 * the chosen case's value as a user reads it, and whether it is an amount (filled as yuan by default).
 */
export type MappableValue = { path: string; label: Bilingual | null; example: Bilingual; amount: boolean };

const formKey = z.string().regex(/^(bundled:[A-Za-z0-9._-]{1,120}\.pdf|user:\d{1,9})$/);
const id = z.number().int().positive();
// A form of up to ~3.7 MB, sent base64 (the loopback bridge accepts 5 MB bodies).
const pdfBase64 = z.string().max(5_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Operations on fillable PDF forms (AcroForm). */
export const formOperations = {
  'form:list': operation(z.object({}).strict()).returns<FormSummary[]>(),
  'form:import': operation(z.object({ fileName: z.string().trim().min(1).max(200), base64: pdfBase64 })).returns<FormSummary>(),
  'form:fields': operation(z.object({ formKey, caseId: id.optional() })).returns<{
    form: FormSummary;
    fields: FormField[];
    mapping: FormMapping | null;
    values: MappableValue[];
  }>(),
  'form:save-mapping': operation(z.object({ formKey, mapping: formMapping })).returns<{ saved: true; unknownFields: string[] }>(),
  'form:fill': operation(
    z.object({
      caseId: id,
      /** A listed form, or the bytes of any form (the CLI's FORM.pdf). */
      formKey: formKey.optional(),
      formBase64: pdfBase64.optional(),
      formName: z.string().trim().max(200).default('form.pdf'),
      /** The mapping to use; absent = the one saved for the form. */
      mapping: formMapping.optional(),
      flatten: z.boolean().default(false),
      /** Store the filled PDF with the case's documents (the app) or return its bytes (the CLI). */
      store: z.boolean().default(true),
    }),
  ).returns<{ report: FillReport; document: GeneratedDocument | null; pdfBase64: string | null }>(),
} as const;

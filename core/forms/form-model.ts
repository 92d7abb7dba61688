/**
 * Fillable PDF forms (AcroForm): the fields a form has, the mapping from each field to the filing data
 * (saved per form), and the report of a fill — which fields were filled and which could not be, and why.
 */
import { z } from 'zod';
import type { Bilingual } from '../bilingual';

/** The kinds of AcroForm field. */
export const formFieldTypes = ['text', 'checkbox', 'radio', 'dropdown', 'option-list', 'signature', 'button'] as const;
export type FormFieldType = (typeof formFieldTypes)[number];

/** One field of a form, as listed to the user. */
export type FormField = {
  name: string;
  type: FormFieldType;
  /** 1-based page of the field's first widget (0 when it has none). */
  page: number;
  rect: { x: number; y: number; width: number; height: number } | null;
  readOnly: boolean;
  required: boolean;
  multiline: boolean;
  combed: boolean;
  maxLength: number | null;
  /** Choices of a radio group, dropdown or option list. */
  options: string[];
  /** The value the form already holds. */
  value: string;
};

/** How a value is written into a text field. */
export const valueFormats = ['text', 'yuan', 'capitals', 'yuan-capitals', 'cndate', 'mask_id', 'mask_card'] as const;
export type ValueFormat = (typeof valueFormats)[number];

const dataPath = z.string().trim().regex(/^[A-Za-z][A-Za-z0-9]*(\.(?:[A-Za-z][A-Za-z0-9]*|\d+))*$/, 'a dotted path such as defendant.name');

/**
 * Where one field's value comes from: a path into the filing data (optionally formatted), a fixed text,
 * a short liquid template over the filing data, or a path compared with a value (`equals`: a check box
 * is checked when they are equal). A plain path on a check box checks it when the value is truthy.
 */
export const fieldSource = z.union([
  z.object({ path: dataPath, format: z.enum(valueFormats).default('text') }).strict(),
  z.object({ path: dataPath, equals: z.union([z.string(), z.boolean(), z.number()]) }).strict(),
  z.object({ value: z.union([z.string().max(2000), z.boolean()]) }).strict(),
  z.object({ template: z.string().min(1).max(2000) }).strict(),
]);
export type FieldSource = z.infer<typeof fieldSource>;

/** A form's mapping: field name → source. Fields left out are reported as unmapped. */
export const formMapping = z.object({
  /** The form's name or file, for people reading the mapping file. */
  form: z.string().max(200).optional(),
  fields: z.record(z.string().min(1).max(300), fieldSource),
});
export type FormMapping = z.infer<typeof formMapping>;
export type FormMappingInput = z.input<typeof formMapping>;

/** Why a field was left unfilled. */
export type SkipReason =
  | 'unmapped' | 'no-value' | 'too-long' | 'does-not-fit' | 'not-an-option' | 'read-only'
  | 'unsupported-type' | 'missing-glyph' | 'invalid-value' | 'unknown-field';

/** One field that could not be filled, with the reason in both languages. */
export type SkippedField = { name: string; type: FormFieldType | null; reason: SkipReason; message: Bilingual };

/** What a fill did. */
export type FillReport = {
  filled: { name: string; type: FormFieldType; value: string }[];
  skipped: SkippedField[];
  flattened: boolean;
};

/** A value resolved for one field: text for text and choice fields, a boolean for check boxes. */
export type FieldValue = string | boolean;

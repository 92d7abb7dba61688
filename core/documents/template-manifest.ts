import { z } from 'zod';
import { inputSections } from './document-inputs';

/** A template's manifest (manifest.json beside its body): what it is and what data it needs. */
export const templateManifest = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  title: z.string().min(1),
  version: z.string().min(1),
  caseTypes: z.array(z.string()).min(1),
  /** Dotted paths into the template data that must be present and non-empty. */
  required: z.array(z.string()),
  /** The model text the template follows, e.g. CPL 124 or 法〔2025〕82号. */
  basis: z.string().default(''),
  /**
   * The edition of the official model text followed (e.g. '2025' for 法〔2025〕82号, '2024-trial' for
   * 法〔2024〕46号), recorded so templates of two editions can sit side by side; empty when there is none.
   */
  edition: z.string().optional(),
  /** Templates that are versions of the same filing (the element and narrative complaints) share a group. */
  group: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
  /** What each required field is called, so a missing field is named to the user in words, not by its path. */
  labels: z.record(z.string(), z.object({ zh: z.string().min(1), en: z.string().min(1) })).optional(),
  /** The entered input sections the template uses (document-inputs.ts), shown as forms when generating. */
  inputs: z.array(z.enum(inputSections)).optional(),
});
export type TemplateManifest = z.infer<typeof templateManifest>;

/** A template as loaded from disk: manifest plus the body text. */
export type DocumentTemplate = { manifest: TemplateManifest; body: string };

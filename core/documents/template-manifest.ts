import { z } from 'zod';

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
});
export type TemplateManifest = z.infer<typeof templateManifest>;

/** A template as loaded from disk: manifest plus the body text. */
export type DocumentTemplate = { manifest: TemplateManifest; body: string };

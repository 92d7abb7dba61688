/**
 * Generating a whole filing set (`doc --template all`) one template at a time: each document is recorded only once
 * its files are completely written (storeCaseDocuments), and a template that fails does not stop the others. The
 * failure is reported for that template, by its title, so the user knows which documents of the set are missing.
 */
import type { Bilingual } from '../../core/bilingual';
import type { GenerationResult, Handlers } from '../../core/contract';
import { dispatch } from './dispatch';

/** A template of the set that could not be generated, and why. */
export type TemplateFailure = { templateId: string; title: string; error: Bilingual };

/** Generates each template of `templates` with the same request; returns the documents made and the templates that failed. */
export async function generateEachTemplate(
  handlers: Handlers,
  templates: readonly { id: string; title: string }[],
  // Checked by the operation's own schema, as every other caller's input is.
  request: { caseId: number } & Record<string, unknown>,
): Promise<{ generated: GenerationResult[]; failures: TemplateFailure[] }> {
  const generated: GenerationResult[] = [];
  const failures: TemplateFailure[] = [];
  for (const template of templates) {
    const result = await dispatch(handlers, 'document:generate', { ...request, templateId: template.id });
    if (result.ok) generated.push(...(result.value as GenerationResult[]));
    else failures.push({ templateId: template.id, title: template.title, error: result.error.message });
  }
  return { generated, failures };
}

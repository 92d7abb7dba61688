import type { CaseImportField, CaseImportMapping, SuggestedColumn } from './import-operations';
import { caseImportFields } from './import-operations';
import { headerAliases, normaliseHeader } from './header-aliases';
import { requiredImportFields } from './required-fields';

/** The mapping suggested for a file's headers, and what it could not decide. */
export type MappingSuggestion = {
  suggested: CaseImportMapping;
  unmatchedRequired: CaseImportField[];
  ambiguous: SuggestedColumn[];
  unusedHeaders: string[];
};

const fieldByAlias = new Map<string, CaseImportField>(
  caseImportFields.flatMap((field) => headerAliases[field].map((alias) => [normaliseHeader(alias), field] as const)),
);

/** The field a header names, or null when it names none of them. */
export function fieldOfHeader(header: string): CaseImportField | null {
  return fieldByAlias.get(normaliseHeader(header)) ?? null;
}

/**
 * Suggests which header each field is read from. A field named by exactly one header is suggested; a field two
 * or more headers name (手机号码 and 联系电话) is left for the user to choose, with the candidates.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const candidates = new Map<CaseImportField, string[]>();
  for (const header of headers) {
    const field = fieldOfHeader(header);
    if (field) candidates.set(field, [...(candidates.get(field) ?? []), header]);
  }
  const suggested: CaseImportMapping = {};
  const ambiguous: SuggestedColumn[] = [];
  for (const field of caseImportFields) {
    const found = candidates.get(field) ?? [];
    if (found.length === 1) suggested[field] = found[0]!;
    if (found.length > 1) ambiguous.push({ field, header: found[0]!, ambiguousWith: found.slice(1) });
  }
  const used = new Set(Object.values(suggested));
  const undecided = new Set(ambiguous.flatMap((a) => [a.header, ...a.ambiguousWith]));
  return {
    suggested,
    unmatchedRequired: requiredImportFields.filter((field) => !suggested[field] && !ambiguous.some((a) => a.field === field)),
    ambiguous,
    unusedHeaders: headers.filter((h) => !used.has(h) && !undecided.has(h)),
  };
}

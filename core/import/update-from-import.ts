import type { Case } from '../case/case-model';
import type { StoredCase } from '../case/validate-case';
import type { CaseImportMapping } from './import-operations';

/**
 * The values an existing case takes from an import row. What the file has no column for stays as the case
 * has it (its habitual residence, employer, first default date, court, agent, intake status): an export that
 * does not mention a fact does not erase it.
 */
export function updateFromImport(existing: Case, incoming: StoredCase, mapping: CaseImportMapping): StoredCase {
  const has = (field: keyof CaseImportMapping) => (mapping[field] ?? '') !== '';
  return {
    ...incoming,
    agentId: incoming.agentId ?? existing.agentId,
    status: existing.status,
    courtName: has('courtName') ? incoming.courtName : existing.courtName,
    defendant: {
      ...incoming.defendant,
      habitualResidence: has('habitualResidence') ? incoming.defendant.habitualResidence : existing.defendant.habitualResidence,
      employer: has('employer') ? incoming.defendant.employer : existing.defendant.employer,
    },
    card: { ...incoming.card, firstDefaultDate: has('firstDefaultDate') ? incoming.card.firstDefaultDate : existing.card.firstDefaultDate },
  };
}

/** True when storing `next` would change anything about `existing` (so an unchanged row writes nothing). */
export function caseWouldChange(existing: Case, next: StoredCase): boolean {
  const current: StoredCase = {
    plaintiffId: existing.plaintiffId, agentId: existing.agentId, defendant: existing.defendant, card: existing.card,
    claim: existing.claim, courtName: existing.courtName, status: existing.status,
  };
  return canonical(current) !== canonical(next);
}

/** JSON with keys sorted, so two equal cases compare equal whatever order their keys were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

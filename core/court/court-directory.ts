/**
 * The effective court directory: the bundled courts with the user's edits layered over them by id
 * (an edit replaces the bundled record, a deletion hides it, a new court is added), so edits survive
 * an update of the bundled data. Answers the questions the advisor asks: which basic court sits
 * for a division, where an appeal goes, which internet or financial court covers a place.
 */
import type { BundledCourt, Court, CourtEntry, CourtsData } from './court-model';
import type { DivisionIndex } from './division-index';

/** One stored user edit: the full record (with its initials), or null for a hidden bundled court. */
export type CourtOverride = { id: string; court: (Court & { initials: string }) | null };

/** Options for a directory search. */
export type CourtSearchOptions = { limit?: number; level?: Court['level'] | undefined };

/** True when a division code lies within a scope (prefix match on include, minus exclusions). */
export function inScope(scope: Court['scope'], divisionCode: string): boolean {
  if (!scope || divisionCode === '') return false;
  return scope.include.some((p) => divisionCode.startsWith(p)) && !scope.exclude.some((p) => divisionCode.startsWith(p));
}

/** Builds the effective directory from the bundled data, the user's overrides and the division index. */
export function buildCourtDirectory(data: Pick<CourtsData, 'courts'>, overrides: readonly CourtOverride[], divisions: DivisionIndex) {
  const bundledById = new Map<string, BundledCourt>(data.courts.map((c) => [c.id, c]));
  const overrideById = new Map(overrides.map((o) => [o.id, o]));
  const entries: CourtEntry[] = [];
  for (const court of data.courts) {
    const override = overrideById.get(court.id);
    if (override && override.court === null) continue;
    const effective = override?.court ?? court;
    entries.push({ ...effective, origin: override ? 'edited' : 'bundled', divisionPath: divisions.pathOf(effective.divisionCode) });
  }
  for (const override of overrides) {
    if (bundledById.has(override.id) || !override.court) continue;
    entries.push({ ...override.court, origin: 'user', divisionPath: divisions.pathOf(override.court.divisionCode) });
  }
  const byId = new Map(entries.map((c) => [c.id, c]));
  const general = entries.filter((c) => c.kind === 'general');
  const basicByDivision = new Map<string, CourtEntry[]>();
  for (const court of general) {
    if (court.level !== 'basic') continue;
    basicByDivision.set(court.divisionCode, [...(basicByDivision.get(court.divisionCode) ?? []), court]);
  }

  function basicCourtsFor(divisionCode: string): CourtEntry[] {
    return basicByDivision.get(divisionCode) ?? [];
  }

  /** The prefecture's intermediate court: by the basic court's appeal link, else "<prefecture>中级人民法院". */
  function intermediateFor(court: CourtEntry): CourtEntry | undefined {
    const linked = court.appealCourtId ? byId.get(court.appealCourtId) : undefined;
    if (linked && linked.level === 'intermediate' && linked.kind === 'general') return linked;
    return byId.get(`intermediate-${court.divisionCode.slice(0, 4)}00`);
  }

  return {
    all: () => entries,
    find: (id: string) => byId.get(id),
    bundled: (id: string) => bundledById.get(id),
    basicCourtsFor,
    intermediateFor,
    /** The financial court hearing appeals in financial cases from this division, if any (domain.md §1.6). */
    financialCourtFor: (divisionCode: string) => entries.find((c) => c.kind === 'financial' && inScope(c.scope, divisionCode)),
    /** The internet court whose city covers this division, if any (domain.md §1.5). */
    internetCourtFor: (divisionCode: string) => entries.find((c) => c.kind === 'internet' && inScope(c.scope, divisionCode)),
    /** The high court of the division's province. */
    highCourtFor: (divisionCode: string) => general.find((c) => c.level === 'high' && c.divisionCode === `${divisionCode.slice(0, 2)}0000`),
    /** Courts matching a name fragment, pinyin initials (letters) or a division code (digits), best first. */
    search(query: string, options: CourtSearchOptions = {}): CourtEntry[] {
      const q = query.trim().toLowerCase().replace(/\s+/g, '');
      const limit = options.limit ?? 50;
      const pool = options.level ? entries.filter((c) => c.level === options.level) : entries;
      if (q === '') return pool.slice(0, limit);
      let scored: { court: CourtEntry; score: number }[];
      if (/^\d+$/.test(q)) {
        scored = pool.filter((c) => c.divisionCode.startsWith(q)).map((court) => ({ court, score: court.divisionCode === q ? 0 : 1 }));
      } else if (/^[a-z]+$/.test(q)) {
        scored = pool.filter((c) => c.initials.includes(q)).map((court) => ({ court, score: court.initials.startsWith(q) ? 0 : 1 }));
      } else {
        scored = pool
          .filter((c) => c.name.includes(q) || c.divisionPath.includes(q))
          .map((court) => ({ court, score: court.name === q ? 0 : court.name.startsWith(q) ? 1 : court.name.includes(q) ? 2 : 3 }));
      }
      const levelRank = { basic: 0, intermediate: 1, high: 2 } as const;
      return scored
        .sort((a, b) => a.score - b.score || levelRank[a.court.level] - levelRank[b.court.level] || a.court.divisionCode.localeCompare(b.court.divisionCode))
        .slice(0, limit)
        .map((s) => s.court);
    },
  };
}
export type CourtDirectory = ReturnType<typeof buildCourtDirectory>;

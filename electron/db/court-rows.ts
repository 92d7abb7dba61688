import type { Court, CourtKind, CourtLevel } from '../../core/court/court-model';
import type { CourtOverride } from '../../core/court/court-directory';
import { jurisdictionFactsInput } from '../../core/court/jurisdiction-facts';
import type { JurisdictionFacts, PlaintiffLocation } from '../../core/court/jurisdiction-facts';
import type { Finding } from '../../core/court/jurisdiction-findings';
import type { SmallClaimsThreshold } from '../../core/court/small-claims-threshold';

/** Row ⇄ entity conversions for the court area's tables (migration 003), the one place knowing their columns. */

export type CourtOverrideRow = {
  id: string; origin: string; hidden: number; name: string; level: string; kind: string; division_code: string;
  address: string; phone: string; notes: string; towns_json: string; scope_json: string | null; appeal_court_id: string;
  initials: string; updated_at: string;
};

/** court_overrides row → override (null court for a hidden bundled court). */
export function courtOverrideFromRow(row: CourtOverrideRow): CourtOverride & { origin: 'edited' | 'user'; updatedAt: string } {
  const court = row.hidden === 1 ? null : {
    id: row.id, name: row.name, level: row.level as CourtLevel, kind: row.kind as CourtKind, divisionCode: row.division_code,
    address: row.address, phone: row.phone, notes: row.notes, towns: JSON.parse(row.towns_json) as string[],
    scope: row.scope_json === null ? null : (JSON.parse(row.scope_json) as Court['scope']), appealCourtId: row.appeal_court_id,
    initials: row.initials,
  };
  return { id: row.id, court, origin: row.origin as 'edited' | 'user', updatedAt: row.updated_at };
}

/** A court record → named parameters for court_overrides. */
export function courtOverrideToRow(court: Court & { initials: string }, origin: 'edited' | 'user', hidden: boolean) {
  return {
    id: court.id, origin, hidden: hidden ? 1 : 0, name: court.name, level: court.level, kind: court.kind,
    division_code: court.divisionCode, address: court.address, phone: court.phone, notes: court.notes,
    towns_json: JSON.stringify(court.towns), scope_json: court.scope === null ? null : JSON.stringify(court.scope),
    appeal_court_id: court.appealCourtId, initials: court.initials,
  };
}

export type ThresholdRow = {
  id: string; hidden: number; province_code: string; mandatory_limit_fen: number; agreement_limit_fen: number; wage_year: number;
  wage_basis: string; average_wage_fen: number | null; in_force_from: string; source: string; updated_at: string;
};

/** small_claims_thresholds row → threshold (province name filled in by the caller). */
export function thresholdFromRow(row: ThresholdRow, province: string, origin: 'edited' | 'user'): SmallClaimsThreshold {
  return {
    id: row.id, provinceCode: row.province_code, province, mandatoryLimitFen: row.mandatory_limit_fen,
    agreementLimitFen: row.agreement_limit_fen, wageYear: row.wage_year, wageBasis: row.wage_basis,
    averageWageFen: row.average_wage_fen, inForceFrom: row.in_force_from, source: row.source, origin,
  };
}

/** A threshold → named parameters for small_claims_thresholds. */
export function thresholdToRow(t: SmallClaimsThreshold, hidden: boolean) {
  return {
    id: t.id, hidden: hidden ? 1 : 0, province_code: t.provinceCode, mandatory_limit_fen: t.mandatoryLimitFen,
    agreement_limit_fen: t.agreementLimitFen, wage_year: t.wageYear, wage_basis: t.wageBasis, average_wage_fen: t.averageWageFen,
    in_force_from: t.inForceFrom, source: t.source,
  };
}

/** The court chosen for a case, with the grounds and reasons shown when it was chosen. */
export type ChosenCourt = { courtId: string; courtName: string; bases: string[]; reasons: Finding[]; chosenAt: string; overrideReason: string };

export type CaseJurisdictionRow = {
  case_id: number; facts_json: string; chosen_court_id: string; chosen_court_name: string; chosen_bases_json: string;
  chosen_reason_json: string; chosen_at: string; override_reason: string; updated_at: string;
};

/** case_jurisdiction row → facts (re-parsed, so facts stored by an older version gain new defaults) and choice. */
export function caseJurisdictionFromRow(row: CaseJurisdictionRow): { facts: JurisdictionFacts; chosen: ChosenCourt | null } {
  const facts = jurisdictionFactsInput.parse(JSON.parse(row.facts_json));
  const chosen = row.chosen_court_id === '' ? null : {
    courtId: row.chosen_court_id, courtName: row.chosen_court_name, bases: JSON.parse(row.chosen_bases_json) as string[],
    reasons: JSON.parse(row.chosen_reason_json) as Finding[], chosenAt: row.chosen_at, overrideReason: row.override_reason,
  };
  return { facts, chosen };
}

export type OrganisationJurisdictionRow = { organisation_id: number; division_code: string; is_branch: number; head_office_division: string; updated_at: string };

/** organisation_jurisdiction row → plaintiff location. */
export function plaintiffLocationFromRow(row: OrganisationJurisdictionRow): PlaintiffLocation {
  return { divisionCode: row.division_code, isBranch: row.is_branch === 1, headOfficeDivision: row.head_office_division };
}

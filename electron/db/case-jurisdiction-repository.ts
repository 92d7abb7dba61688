import type Database from 'better-sqlite3';
import type { JurisdictionFacts, PlaintiffLocation } from '../../core/court/jurisdiction-facts';
import { caseJurisdictionFromRow, plaintiffLocationFromRow } from './court-rows';
import type { CaseJurisdictionRow, ChosenCourt, OrganisationJurisdictionRow } from './court-rows';

/**
 * Reads and writes the jurisdiction facts of cases and plaintiffs, the chosen court, and the case's
 * court_name — the field the complaint template prints — which this area sets when a court is chosen.
 */
export function createCaseJurisdictionRepository(db: Database.Database) {
  return {
    find(caseId: number) {
      const row = db.prepare('SELECT * FROM case_jurisdiction WHERE case_id = ?').get(caseId) as CaseJurisdictionRow | undefined;
      return row && caseJurisdictionFromRow(row);
    },
    saveFacts(caseId: number, facts: JurisdictionFacts, now: string): void {
      db.prepare(
        `INSERT INTO case_jurisdiction (case_id, facts_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(case_id) DO UPDATE SET facts_json = excluded.facts_json, updated_at = excluded.updated_at`,
      ).run(caseId, JSON.stringify(facts), now);
    },
    saveChoice(caseId: number, facts: JurisdictionFacts, chosen: ChosenCourt, now: string): void {
      db.prepare(
        `INSERT INTO case_jurisdiction (case_id, facts_json, chosen_court_id, chosen_court_name, chosen_bases_json, chosen_reason_json, chosen_at, override_reason, updated_at)
         VALUES (@caseId, @facts, @courtId, @courtName, @bases, @reasons, @now, @overrideReason, @now)
         ON CONFLICT(case_id) DO UPDATE SET chosen_court_id = excluded.chosen_court_id, chosen_court_name = excluded.chosen_court_name,
           chosen_bases_json = excluded.chosen_bases_json, chosen_reason_json = excluded.chosen_reason_json,
           chosen_at = excluded.chosen_at, override_reason = excluded.override_reason, updated_at = excluded.updated_at`,
      ).run({ caseId, facts: JSON.stringify(facts), courtId: chosen.courtId, courtName: chosen.courtName, bases: JSON.stringify(chosen.bases), reasons: JSON.stringify(chosen.reasons), overrideReason: chosen.overrideReason, now });
    },
    /** Sets cases.court_name (and updated_at); the caller audits the change in the same transaction. */
    setCaseCourtName(caseId: number, courtName: string, now: string): void {
      db.prepare('UPDATE cases SET court_name = ?, updated_at = ? WHERE id = ?').run(courtName, now, caseId);
    },
    findPlaintiffLocation(organisationId: number): PlaintiffLocation | undefined {
      const row = db.prepare('SELECT * FROM organisation_jurisdiction WHERE organisation_id = ?').get(organisationId) as OrganisationJurisdictionRow | undefined;
      return row && plaintiffLocationFromRow(row);
    },
    savePlaintiffLocation(organisationId: number, location: PlaintiffLocation, now: string): void {
      db.prepare(
        `INSERT INTO organisation_jurisdiction (organisation_id, division_code, is_branch, head_office_division, updated_at)
         VALUES (@organisationId, @divisionCode, @isBranch, @headOfficeDivision, @now)
         ON CONFLICT(organisation_id) DO UPDATE SET division_code = excluded.division_code, is_branch = excluded.is_branch,
           head_office_division = excluded.head_office_division, updated_at = excluded.updated_at`,
      ).run({ organisationId, divisionCode: location.divisionCode, isBranch: location.isBranch ? 1 : 0, headOfficeDivision: location.headOfficeDivision, now });
    },
  };
}

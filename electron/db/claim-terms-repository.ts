import type Database from 'better-sqlite3';
import { cardTermsInput, defaultCardTerms } from '../../core/claim/card-terms';
import type { CardTerms } from '../../core/claim/card-terms';

/** A stored terms_json (or none) → the case's terms; parsing through the schema fills defaults for terms added after the row was written. */
export function cardTermsFromJson(json: string | undefined): CardTerms {
  return json === undefined ? defaultCardTerms : cardTermsInput.parse(JSON.parse(json));
}

/** The card-agreement terms of each case (card_terms, one JSON row per case; defaults when none is saved). */
export function createClaimTermsRepository(db: Database.Database) {
  const getStatement = db.prepare('SELECT terms_json FROM card_terms WHERE case_id = ?');
  return {
    get(caseId: number): CardTerms {
      return cardTermsFromJson((getStatement.get(caseId) as { terms_json: string } | undefined)?.terms_json);
    },
    save(caseId: number, terms: CardTerms, now: string): void {
      db.prepare(
        `INSERT INTO card_terms (case_id, terms_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(case_id) DO UPDATE SET terms_json = excluded.terms_json, updated_at = excluded.updated_at`,
      ).run(caseId, JSON.stringify(terms), now);
    },
  };
}
export type ClaimTermsRepository = ReturnType<typeof createClaimTermsRepository>;

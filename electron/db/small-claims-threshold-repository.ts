import type Database from 'better-sqlite3';
import type { SmallClaimsThreshold } from '../../core/court/small-claims-threshold';
import { thresholdToRow } from './court-rows';
import type { ThresholdRow } from './court-rows';

/** Reads and writes the user's rows of the small-claims threshold table (layered over the bundled rows by id). */
export function createThresholdRepository(db: Database.Database) {
  return {
    list(): ThresholdRow[] {
      return db.prepare('SELECT * FROM small_claims_thresholds ORDER BY province_code, in_force_from').all() as ThresholdRow[];
    },
    put(threshold: SmallClaimsThreshold, hidden: boolean, now: string): void {
      db.prepare(
        `INSERT INTO small_claims_thresholds (id, hidden, province_code, mandatory_limit_fen, agreement_limit_fen, wage_year, wage_basis, average_wage_fen, in_force_from, source, updated_at)
         VALUES (@id, @hidden, @province_code, @mandatory_limit_fen, @agreement_limit_fen, @wage_year, @wage_basis, @average_wage_fen, @in_force_from, @source, @now)
         ON CONFLICT(id) DO UPDATE SET hidden = excluded.hidden, province_code = excluded.province_code,
           mandatory_limit_fen = excluded.mandatory_limit_fen, agreement_limit_fen = excluded.agreement_limit_fen,
           wage_year = excluded.wage_year, wage_basis = excluded.wage_basis, average_wage_fen = excluded.average_wage_fen,
           in_force_from = excluded.in_force_from, source = excluded.source, updated_at = excluded.updated_at`,
      ).run({ ...thresholdToRow(threshold, hidden), now });
    },
    remove(id: string): void {
      db.prepare('DELETE FROM small_claims_thresholds WHERE id = ?').run(id);
    },
  };
}

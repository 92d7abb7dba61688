import type Database from 'better-sqlite3';
import type { CaseImportMapping, ImportProfile } from '../../core/import/import-operations';

type ProfileRow = { id: number; name: string; mapping_json: string; updated_at: string };

function profileFromRow(row: ProfileRow): ImportProfile {
  return { id: row.id, name: row.name, mapping: JSON.parse(row.mapping_json) as CaseImportMapping, updatedAt: row.updated_at };
}

/** Saved column mappings of case imports (table import_profiles, migration 009), one per name. */
export function createImportProfileRepository(db: Database.Database) {
  return {
    list(): ImportProfile[] {
      return (db.prepare('SELECT * FROM import_profiles ORDER BY name').all() as ProfileRow[]).map(profileFromRow);
    },
    find(id: number): ImportProfile | undefined {
      const row = db.prepare('SELECT * FROM import_profiles WHERE id = ?').get(id) as ProfileRow | undefined;
      return row && profileFromRow(row);
    },
    findByName(name: string): ImportProfile | undefined {
      const row = db.prepare('SELECT * FROM import_profiles WHERE name = ?').get(name) as ProfileRow | undefined;
      return row && profileFromRow(row);
    },
    /** Saves under `name`, replacing the mapping a profile of that name had. */
    save(name: string, mapping: CaseImportMapping, at: string): number {
      db.prepare(
        `INSERT INTO import_profiles (name, mapping_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
      ).run(name, JSON.stringify(mapping), at);
      return (db.prepare('SELECT id FROM import_profiles WHERE name = ?').get(name) as { id: number }).id;
    },
    remove(id: number): boolean {
      return db.prepare('DELETE FROM import_profiles WHERE id = ?').run(id).changes > 0;
    },
  };
}

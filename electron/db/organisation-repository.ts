import type Database from 'better-sqlite3';
import type { Organisation } from '../../core/case/case-model';
import { organisationFromRow, organisationToRow } from './rows';
import type { OrganisationRow } from './rows';

/** Reads and writes plaintiff profiles (organisations table). */
export function createOrganisationRepository(db: Database.Database) {
  return {
    list(): Organisation[] {
      return (db.prepare('SELECT * FROM organisations ORDER BY name').all() as OrganisationRow[]).map(organisationFromRow);
    },
    find(id: number): Organisation | undefined {
      const row = db.prepare('SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
      return row && organisationFromRow(row);
    },
    findByCreditCode(creditCode: string): Organisation | undefined {
      const row = db.prepare('SELECT * FROM organisations WHERE credit_code = ?').get(creditCode) as OrganisationRow | undefined;
      return row && organisationFromRow(row);
    },
    insert(values: Omit<Organisation, 'id'>, now: string): number {
      const result = db
        .prepare(
          `INSERT INTO organisations (name, credit_code, address, responsible_person, responsible_title, phone, organisation_type, licence_number, created_at, updated_at)
           VALUES (@name, @credit_code, @address, @responsible_person, @responsible_title, @phone, @organisation_type, @licence_number, @now, @now)`,
        )
        .run({ ...organisationToRow(values), now });
      return Number(result.lastInsertRowid);
    },
    update(id: number, values: Omit<Organisation, 'id'>, now: string): void {
      db.prepare(
        `UPDATE organisations SET name = @name, credit_code = @credit_code, address = @address,
           responsible_person = @responsible_person, responsible_title = @responsible_title, phone = @phone,
           organisation_type = @organisation_type, licence_number = @licence_number, updated_at = @now WHERE id = @id`,
      ).run({ ...organisationToRow(values), now, id });
    },
    remove(id: number): void {
      db.prepare('DELETE FROM organisations WHERE id = ?').run(id);
    },
    caseCount(id: number): number {
      return (db.prepare('SELECT count(*) AS n FROM cases WHERE plaintiff_id = ?').get(id) as { n: number }).n;
    },
  };
}
export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;

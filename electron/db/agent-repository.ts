import type Database from 'better-sqlite3';
import type { Agent } from '../../core/case/case-model';
import { agentFromRow, agentToRow } from './rows';
import type { AgentRow } from './rows';

/** Reads and writes agent profiles (agents table). */
export function createAgentRepository(db: Database.Database) {
  return {
    list(): Agent[] {
      return (db.prepare('SELECT * FROM agents ORDER BY name').all() as AgentRow[]).map(agentFromRow);
    },
    find(id: number): Agent | undefined {
      const row = db.prepare('SELECT * FROM agents WHERE id = ?').get(id) as AgentRow | undefined;
      return row && agentFromRow(row);
    },
    insert(values: Omit<Agent, 'id'>, now: string): number {
      const result = db
        .prepare(
          `INSERT INTO agents (name, employer, licence_number, phone, created_at, updated_at)
           VALUES (@name, @employer, @licence_number, @phone, @now, @now)`,
        )
        .run({ ...agentToRow(values), now });
      return Number(result.lastInsertRowid);
    },
    update(id: number, values: Omit<Agent, 'id'>, now: string): void {
      db.prepare(
        `UPDATE agents SET name = @name, employer = @employer, licence_number = @licence_number, phone = @phone,
           updated_at = @now WHERE id = @id`,
      ).run({ ...agentToRow(values), now, id });
    },
    remove(id: number): void {
      db.prepare('DELETE FROM agents WHERE id = ?').run(id);
    },
    caseCount(id: number): number {
      return (db.prepare('SELECT count(*) AS n FROM cases WHERE agent_id = ?').get(id) as { n: number }).n;
    },
  };
}
export type AgentRepository = ReturnType<typeof createAgentRepository>;

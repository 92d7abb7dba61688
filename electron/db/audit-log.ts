import type Database from 'better-sqlite3';
import { auditRecordHash } from '../audit/audit-hash';

/** One change to record; callers write it inside the same transaction as the change itself. */
export type AuditEntry = {
  at: string;
  actor: string;
  entity: 'organisation' | 'agent' | 'case' | 'document' | 'template' | 'form' | 'settings' | 'database';
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'generate' | 'restore';
  before: unknown;
  after: unknown;
};

/** The statements of each open database, prepared once: an import of 100,000 cases writes as many records. */
const statements = new WeakMap<Database.Database, { head: Database.Statement; insert: Database.Statement }>();

function statementsOf(db: Database.Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = {
      head: db.prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_head WHERE singleton = 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
         VALUES (@id, @at, @actor, @entity, @entityId, @action, @beforeJson, @afterJson, @prevHash, @hash)`,
      ),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/**
 * Appends an audit record, linked to the one before it (migration 012). The head is read inside the caller's
 * write transaction, so two writers cannot both extend the same record: SQLite lets only one of them write.
 */
export function writeAudit(db: Database.Database, entry: AuditEntry): void {
  const { head, insert } = statementsOf(db);
  const { lastId, lastHash } = head.get() as { lastId: number; lastHash: string };
  const content = {
    id: lastId + 1, at: entry.at, actor: entry.actor, entity: entry.entity, entityId: entry.entityId, action: entry.action,
    beforeJson: entry.before === null ? null : JSON.stringify(entry.before),
    afterJson: entry.after === null ? null : JSON.stringify(entry.after),
  };
  insert.run({ ...content, prevHash: lastHash, hash: auditRecordHash(lastHash, content) });
}

/** The audit trail of one entity, oldest first. */
export function auditTrail(db: Database.Database, entity: AuditEntry['entity'], entityId: number) {
  return db
    .prepare('SELECT at, actor, action, before_json, after_json FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(entity, entityId) as { at: string; actor: string; action: string; before_json: string | null; after_json: string | null }[];
}

import type Database from 'better-sqlite3';

/** One change to record; callers write it inside the same transaction as the change itself. */
export type AuditEntry = {
  at: string;
  actor: string;
  entity: 'organisation' | 'agent' | 'case' | 'document' | 'template' | 'form';
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'generate';
  before: unknown;
  after: unknown;
};

/** The insert statement of each open database, prepared once: an import of 100,000 cases writes as many records. */
const insertStatements = new WeakMap<Database.Database, Database.Statement>();

function insertStatement(db: Database.Database): Database.Statement {
  let statement = insertStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json)
       VALUES (@at, @actor, @entity, @entityId, @action, @before, @after)`,
    );
    insertStatements.set(db, statement);
  }
  return statement;
}

/** Appends an audit record. */
export function writeAudit(db: Database.Database, entry: AuditEntry): void {
  insertStatement(db).run({
    at: entry.at, actor: entry.actor, entity: entry.entity, entityId: entry.entityId, action: entry.action,
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
  });
}

/** The audit trail of one entity, oldest first. */
export function auditTrail(db: Database.Database, entity: AuditEntry['entity'], entityId: number) {
  return db
    .prepare('SELECT at, actor, action, before_json, after_json FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(entity, entityId) as { at: string; actor: string; action: string; before_json: string | null; after_json: string | null }[];
}

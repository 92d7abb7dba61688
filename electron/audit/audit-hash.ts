import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** The link the first record of the chain points to: there is no record before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit record as stored, the fields its hash covers. */
export type AuditRecordContent = {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
};

/**
 * The canonical text of a record: a JSON object with a fixed key order, before/after kept as the exact text stored
 * (not re-parsed), so the same record always hashes the same whichever program reads it.
 */
export function canonicalAuditContent(record: AuditRecordContent): string {
  return JSON.stringify({
    id: record.id, at: record.at, actor: record.actor, entity: record.entity, entity_id: record.entityId,
    action: record.action, before: record.beforeJson, after: record.afterJson,
  });
}

/** hash = SHA-256(previous record's hash || canonical content), lowercase hex: changing any record breaks every link after it. */
export function auditRecordHash(previousHash: string, record: AuditRecordContent): string {
  return createHash('sha256').update(previousHash).update(canonicalAuditContent(record)).digest('hex');
}

/**
 * Makes the chain hash callable from SQL as dossier_audit_hash(prev, id, at, actor, entity, entity_id, action,
 * before, after), so the migration that introduces the chain links the existing records with this one definition.
 */
export function registerAuditHashFunction(db: Database.Database): void {
  db.function('dossier_audit_hash', { deterministic: true, varargs: true }, (...values: unknown[]) => {
    const [prev, id, at, actor, entity, entityId, action, before, after] = values;
    return auditRecordHash(String(prev), {
      id: Number(id), at: String(at), actor: String(actor), entity: String(entity), entityId: Number(entityId), action: String(action),
      beforeJson: before === null ? null : String(before), afterJson: after === null ? null : String(after),
    });
  });
}

/**
 * 012: the audit log becomes tamper-evident. Each record stores the hash of the record before it and its own hash,
 * SHA-256(previous hash || canonical content) (electron/audit/audit-hash.ts, registered as dossier_audit_hash before
 * migrating); the existing records are chained here in id order. audit_head holds the last record's number and
 * hash, so a deleted tail is noticed too. Triggers refuse to update or delete a record, refuse a record that does
 * not extend the chain, and advance the head on each insert: a silent edit needs dropping a trigger first, and the
 * chain then shows it.
 */
export const auditChainSchema = `
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';

CREATE TEMP TABLE audit_chain_012 AS
WITH RECURSIVE chain(id, prev_hash, hash) AS (
  SELECT 0, '', '${'0'.repeat(64)}'
  UNION ALL
  SELECT a.id, chain.hash,
         dossier_audit_hash(chain.hash, a.id, a.at, a.actor, a.entity, a.entity_id, a.action, a.before_json, a.after_json)
  FROM chain JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
)
SELECT id, prev_hash, hash FROM chain WHERE id > 0;
UPDATE audit_log SET prev_hash = c.prev_hash, hash = c.hash FROM audit_chain_012 c WHERE c.id = audit_log.id;
DROP TABLE audit_chain_012;

CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (singleton, last_id, last_hash)
SELECT 1, coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}') FROM audit_log;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '操作记录不可修改 Audit records cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '操作记录不可删除 Audit records cannot be deleted'); END;
CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT last_id + 1 FROM audit_head) OR NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head)
BEGIN SELECT RAISE(ABORT, '操作记录必须接在最后一条之后 An audit record must follow the last one'); END;
CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
BEGIN UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE singleton = 1; END;
CREATE TRIGGER audit_head_only_advances BEFORE UPDATE ON audit_head
WHEN NEW.last_id IS NOT OLD.last_id + 1 OR NEW.last_hash IS NOT (SELECT hash FROM audit_log WHERE id = NEW.last_id)
BEGIN SELECT RAISE(ABORT, '操作记录不可修改 Audit records cannot be changed'); END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, '操作记录不可删除 Audit records cannot be deleted'); END;
`;

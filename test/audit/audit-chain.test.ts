import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { auditRecordHash, GENESIS_HASH } from '../../electron/audit/audit-hash';
import { verifyAuditChain } from '../../electron/audit/audit-verify';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** A store with a plaintiff, an agent and the demo cases, each change audited; closed, so raw SQL can then tamper with it. */
async function auditedStore() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  for (const values of cases) await services.handlers['case:create']({ values: caseInput.parse(values) });
  const count = (services.context.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  services.close();
  return { path: join(dataDir, 'dossier.sqlite'), count };
}

function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

function verify(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return verifyAuditChain(db);
  } finally {
    db.close();
  }
}

describe('tamper-evident audit log', () => {
  it('verifies a clean store, on the command line too (exit code 0)', async () => {
    const { path, count } = await auditedStore();
    expect(count).toBeGreaterThanOrEqual(5);
    expect(verify(path)).toEqual({ intact: true, records: count, firstBroken: null, problems: [] });
    const run = await cli(['audit', 'verify', '--db', path]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`共 ${count} 条`);
  });

  it('refuses to update or delete a record', async () => {
    const { path } = await auditedStore();
    expect(() => tamper(path, "UPDATE audit_log SET actor = 'someone' WHERE id = 2")).toThrow(/Audit records cannot be changed/);
    expect(() => tamper(path, 'DELETE FROM audit_log WHERE id = 2')).toThrow(/Audit records cannot be deleted/);
    expect(() => tamper(path, "UPDATE audit_head SET last_id = 1, last_hash = (SELECT hash FROM audit_log WHERE id = 1)")).toThrow(/Audit records cannot be changed/);
    expect(verify(path).intact).toBe(true);
  });

  it('names an edited record, made after dropping the trigger, and exits non-zero', async () => {
    const { path } = await auditedStore();
    tamper(path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE id = 3;");
    const report = verify(path);
    expect(report.intact).toBe(false);
    expect(report.firstBroken).toBe(3);
    expect(report.problems.map((p) => [p.kind, p.recordNumber])).toEqual([['unprotected', null], ['edited', 3]]);
    const edited = report.problems[1]!;
    expect(edited.message.zh).toBe('第 3 号记录的内容已被改动');
    expect(edited.concerns.zh).toMatch(/^案件 \d+（.+）$/);
    expect(edited.at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const run = await cli(['audit', 'verify', '--db', path, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ ok: true, value: { intact: false, firstBroken: 3 } });
    expect(run.out).not.toMatch(/audit_log|after_json|entity_id/);
  });

  it('names a record inserted in the middle of the chain and one appended after its end', async () => {
    const { path, count } = await auditedStore();
    // Renumber the tail to make room, then insert a record that claims the freed number with a made-up link.
    tamper(path, `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_extends_chain; DROP TRIGGER audit_log_advance_head;
      UPDATE audit_log SET id = id + 1000 WHERE id >= 3; UPDATE audit_log SET id = id - 999 WHERE id >= 1003;
      INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
        VALUES (3, '2026-11-28T10:00:00.000+08:00', 'x', 'case', 1, 'update', NULL, '{}', '${'a'.repeat(64)}', '${'b'.repeat(64)}');`);
    const report = verify(path);
    expect(report.firstBroken).toBe(3);
    const kinds = report.problems.map((p) => [p.kind, p.recordNumber]);
    expect(kinds).toContainEqual(['inserted', 3]);
    expect(kinds).toContainEqual(['edited', 3]);
    // Every record after it moved: its number is part of what its hash covers.
    expect(kinds).toContainEqual(['edited', 4]);
    expect(kinds).toContainEqual(['inserted', count + 1]);
  });

  it('names records deleted from the middle and from the end', async () => {
    const { path, count } = await auditedStore();
    tamper(path, `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2; DELETE FROM audit_log WHERE id = ${count};`);
    const report = verify(path);
    expect(report.firstBroken).toBe(2);
    expect(report.problems.filter((p) => p.kind === 'deleted').map((p) => [p.recordNumber, p.message.zh])).toEqual([
      [2, '第 2 号记录已被删除（在第 3 号记录之前）'],
      [count, `第 ${count} 号记录已被删除（最后的记录）`],
    ]);
  });

  it('chains the records a database held before the chain existed, in id order', () => {
    const path = join(tempDir(), 'old.sqlite');
    const db = new Database(path);
    migrate(db, migrations.filter((m) => m.version <= 10));
    const insert = db.prepare("INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, 'cli', 'case', ?, 'update', ?, ?)");
    insert.run('2026-01-02T10:00:00.000+08:00', 1, null, '{"a":1}');
    insert.run('2026-01-03T10:00:00.000+08:00', 2, '{"b":"引号\\"与换行\\n"}', null);
    migrate(db);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as { id: number; at: string; actor: string; entity: string; entity_id: number; action: string; before_json: string | null; after_json: string | null; prev_hash: string; hash: string }[];
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(previous);
      expect(row.hash).toBe(auditRecordHash(previous, { id: row.id, at: row.at, actor: row.actor, entity: row.entity, entityId: row.entity_id, action: row.action, beforeJson: row.before_json, afterJson: row.after_json }));
      previous = row.hash;
    }
    expect(db.prepare('SELECT last_id AS id, last_hash AS hash FROM audit_head').get()).toEqual({ id: 2, hash: previous });
    expect(verifyAuditChain(db)).toMatchObject({ intact: true, records: 2 });
    db.close();
  });
});

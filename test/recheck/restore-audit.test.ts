/**
 * A restore leaves its own record in the restored database's audit chain: which backup (file and SHA-256), when,
 * by whom, and where the replaced database was kept; the chain still verifies, and the record reads in words.
 */
import Database from 'better-sqlite3';
import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { auditChangeText } from '../../electron/audit/audit-change-text';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

type AuditRow = { id: number; at: string; actor: string; entity: string; action: string; before_json: string | null; after_json: string | null };

function lastRecord(db: Database.Database): AuditRow {
  return db.prepare('SELECT id, at, actor, entity, action, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditRow;
}

describe('the audit record of a restore', () => {
  it('names the backup, its SHA-256, the time and the kept copy, as the next link of the restored chain', async () => {
    const dir = tempDir();
    const services = openTestServices(dir, () => new Date('2026-11-28T02:00:00Z'));
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const backup = await services.handlers['backup:create']({ folder: join(dir, 'backups') });
      const recordsInBackup = (new Database(backup.path, { readonly: true }).prepare('SELECT count(*) FROM audit_log').pluck().get()) as number;
      await services.handlers['case:delete']({ id: created.id });

      const result = await services.handlers['backup:restore']({ path: backup.path });
      const db = services.context.db;
      const record = lastRecord(db);
      // The deleted case's record is gone with the restore; the restore's record follows the backup's last one.
      expect(record.id).toBe(recordsInBackup + 1);
      expect(record).toMatchObject({ entity: 'database', action: 'restore', actor: 'test', at: '2026-11-28T10:00:00.000+08:00' });
      expect(JSON.parse(record.after_json!)).toEqual({
        restoredFrom: { fileName: backup.path.split('/').pop(), path: backup.path, sha256: backup.sha256, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion },
      });
      expect(JSON.parse(record.before_json!)).toEqual({ replacedCopy: result.replacedCopy });
      expect(auditChangeText(record.action, record.before_json, record.after_json).zh).toBe(`从备份恢复数据库“${backup.path.split('/').pop()}”`);
      expect(await services.handlers['audit:verify']({})).toMatchObject({ intact: true, problems: [] });
      // The replaced database keeps its own history: no restore record there.
      const replaced = new Database(result.replacedCopy!, { readonly: true });
      expect(replaced.prepare("SELECT count(*) FROM audit_log WHERE entity = 'database'").pluck().get()).toBe(0);
      replaced.close();
    } finally {
      services.close();
    }
  }, 60_000);

  it('is written by `dossier restore` too, where no database was before, and a refused restore writes none', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    const backupFolder = join(dir, 'backups');
    let backupPath = '';
    try {
      const { cases } = await seedProfiles(services.handlers);
      await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      backupPath = (await services.handlers['backup:create']({ folder: backupFolder })).path;
    } finally {
      services.close();
    }
    const target = join(dir, 'elsewhere', 'restored.sqlite');
    const restored = await cli(['restore', backupPath, '--db', target, '--json']);
    expect(restored.code).toBe(0);
    const db = new Database(target, { readonly: true });
    const record = lastRecord(db);
    expect(record).toMatchObject({ entity: 'database', action: 'restore', actor: 'cli' });
    expect(JSON.parse(record.before_json!)).toEqual({ replacedCopy: null });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'database'").pluck().get()).toBe(1);
    db.close();

    // A backup whose bytes were altered is refused: the live database gains no restore record.
    const altered = join(dir, 'altered.sqlite');
    copyFileSync(backupPath, altered);
    copyFileSync(backupPath.replace(/\.sqlite$/, '.json'), altered.replace(/\.sqlite$/, '.json'));
    appendFileSync(altered, Buffer.alloc(4096, 1));
    const refused = await cli(['restore', altered, '--db', target, '--json']);
    expect(refused.code).not.toBe(0);
    const after = new Database(target, { readonly: true });
    expect(after.prepare("SELECT count(*) FROM audit_log WHERE entity = 'database'").pluck().get()).toBe(1);
    after.close();
  }, 60_000);
});

import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { registerAuditHashFunction } from '../../electron/audit/audit-hash';
import { openServices } from '../../electron/services/open-services';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { rejectedDossierError } from '../support/thrown-error';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-settings-');

/** The audit records written for the settings, oldest first. */
function settingsAudit(db: Database.Database) {
  return db.prepare("SELECT action, before_json, after_json FROM audit_log WHERE entity = 'settings' ORDER BY id").all() as { action: string; before_json: string; after_json: string }[];
}

describe('database settings', () => {
  it('start with no default profiles, backups on each start into backups/ of the data folder, seven kept', async () => {
    const services = openTestServices(tempDir());
    const view = await services.handlers['settings:get']({});
    expect(view).toMatchObject({ defaultPlaintiffId: null, defaultAgentId: null, backupSchedule: 'on-start', backupFolder: null, backupsKept: 7 });
    expect(view.effectiveBackupFolder).toBe(join(services.context.dataDir, 'backups'));
    services.close();
  });

  it('save only what is given, with an audit record of before and after', async () => {
    const services = openTestServices(tempDir());
    const { plaintiff, agent } = await seedProfiles(services.handlers);
    const folder = join(tempDir(), 'nas-backups');
    await services.handlers['settings:save']({ defaultPlaintiffId: plaintiff.id, defaultAgentId: agent.id });
    const saved = await services.handlers['settings:save']({ backupSchedule: 'weekly', backupFolder: folder, backupsKept: 30 });
    expect(saved).toMatchObject({ defaultPlaintiffId: plaintiff.id, defaultAgentId: agent.id, backupSchedule: 'weekly', backupFolder: folder, backupsKept: 30, effectiveBackupFolder: folder });
    const audit = settingsAudit(services.context.db);
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.before_json)).toMatchObject({ backupSchedule: 'on-start', backupsKept: 7, defaultPlaintiffId: plaintiff.id });
    expect(JSON.parse(audit[1]!.after_json)).toMatchObject({ backupSchedule: 'weekly', backupsKept: 30, backupFolder: folder });
    // Saving the same values again changes nothing and records nothing.
    await services.handlers['settings:save']({ backupsKept: 30 });
    expect(settingsAudit(services.context.db)).toHaveLength(2);
    const verify = await services.handlers['audit:verify']({});
    expect(verify.intact).toBe(true);
    services.close();
  });

  it('refuse a profile that does not exist, a count out of range and a relative folder, writing nothing', async () => {
    const services = openTestServices(tempDir());
    const error = await rejectedDossierError(async () => services.handlers['settings:save']({ defaultPlaintiffId: 999 }));
    expect(error.code).toBe('not-found');
    expect(error.location.field).toBe('defaultPlaintiffId');
    expect(error.text.zh).toContain('默认原告');
    const agentError = await rejectedDossierError(async () => services.handlers['settings:save']({ defaultAgentId: 42 }));
    expect(agentError.location.field).toBe('defaultAgentId');
    for (const input of [{ backupsKept: 0 }, { backupsKept: 101 }, { backupsKept: 2.5 }, { backupFolder: 'backups' }, { backupSchedule: 'hourly' }]) {
      const result = await dispatch(services.handlers, 'settings:save', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const fileError = await rejectedDossierError(async () => services.handlers['settings:save']({ backupFolder: file }));
    expect(fileError.location.field).toBe('backupFolder');
    expect(settingsAudit(services.context.db)).toHaveLength(0);
    expect(await services.handlers['settings:get']({})).toMatchObject({ defaultPlaintiffId: null, defaultAgentId: null, backupsKept: 7, backupFolder: null });
    services.close();
  });

  it('forget a default profile that is deleted instead of refusing the deletion', async () => {
    const services = openTestServices(tempDir());
    const agent = await services.handlers['agent:save']({ values: { name: '赵一鸣', employer: '滇池律师事务所', licenceNumber: '15301202010654321', phone: '13900139000' } });
    await services.handlers['settings:save']({ defaultAgentId: agent.id });
    await services.handlers['agent:delete']({ id: agent.id });
    expect((await services.handlers['settings:get']({})).defaultAgentId).toBeNull();
    services.close();
  });

  it('are added to a version-12 database with its defaults, its records kept', () => {
    const path = join(tempDir(), 'v12.sqlite');
    const db = new Database(path);
    registerAuditHashFunction(db);
    migrate(db, migrations.filter((m) => m.version <= 12));
    db.prepare("INSERT INTO agents (name, employer, licence_number, phone, created_at, updated_at) VALUES ('赵一鸣', '滇池律师事务所', '15301202010654321', '13900139000', '2026-01-01', '2026-01-01')").run();
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(migrate(db)).toEqual({ from: 12, to: 13 });
    expect(db.prepare('SELECT * FROM database_settings').all()).toEqual([
      { singleton: 1, default_organisation_id: null, default_agent_id: null, backup_schedule: 'on-start', backup_folder: null, backups_kept: 7 },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM agents').get()).toEqual({ n: 1 });
    expect(() => db.prepare('UPDATE database_settings SET backups_kept = 0').run()).toThrow();
    expect(() => db.prepare("UPDATE database_settings SET backup_schedule = 'hourly'").run()).toThrow();
    db.close();
  });
});

describe('installation settings', () => {
  it('save the language and a data folder to the file, and take effect for the data folder only after a restart', async () => {
    const dataDir = tempDir();
    const appSettingsPath = join(tempDir(), 'app-settings.json');
    const services = openServices({ dataDir, actor: 'test', appSettingsPath });
    const next = join(tempDir(), 'new-data');
    const view = await services.handlers['settings:save']({ language: 'en', dataFolder: next });
    expect(view.installation).toEqual({ dataFolder: next, language: 'en' });
    expect(view.openDataFolder).toBe(dataDir);
    expect(view.installationWritable).toBe(true);
    expect(JSON.parse(readFileSync(appSettingsPath, 'utf8'))).toEqual({ dataFolder: next, language: 'en' });
    expect(await services.handlers['app:relaunch']({})).toMatchObject({ relaunched: false });
    services.close();
  });

  it('accept only an empty folder or a Dossier data folder, and leave everything as it was on refusal', async () => {
    const appSettingsPath = join(tempDir(), 'app-settings.json');
    const services = openServices({ dataDir: tempDir(), actor: 'test', appSettingsPath });
    const busy = tempDir();
    writeFileSync(join(busy, 'holiday.jpg'), 'not ours');
    const refused = await rejectedDossierError(async () => services.handlers['settings:choose-data-folder']({ path: busy }));
    expect(refused.text.zh).toContain('既不是空文件夹，也不是卷宗的数据文件夹');
    const saveRefused = await rejectedDossierError(async () => services.handlers['settings:save']({ dataFolder: busy, backupsKept: 3 }));
    expect(saveRefused.location.field).toBe('dataFolder');
    expect((await services.handlers['settings:get']({})).backupsKept).toBe(7);
    const existing = tempDir();
    openServices({ dataDir: existing, actor: 'test' }).close();
    expect((await services.handlers['settings:choose-data-folder']({ path: existing })).chosen).toEqual({ path: existing, contents: 'dossier' });
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    expect(await services.handlers['settings:choose-data-folder']({ path: empty })).toEqual({ chosen: { path: empty, contents: 'empty' }, dialogAvailable: false });
    expect(await services.handlers['settings:choose-data-folder']({})).toEqual({ chosen: null, dialogAvailable: false });
    services.close();
  });

  it('cannot be changed where the services have no settings file (the command line)', async () => {
    const services = openTestServices(tempDir());
    const error = await rejectedDossierError(async () => services.handlers['settings:save']({ language: 'en' }));
    expect(error.code).toBe('forbidden');
    expect((await services.handlers['settings:get']({})).installationWritable).toBe(false);
    services.close();
  });
});

import type Database from 'better-sqlite3';
import type { BackupSchedule, DatabaseSettings } from '../../core/settings/settings-operations';

type SettingsRow = {
  default_organisation_id: number | null;
  default_agent_id: number | null;
  backup_schedule: BackupSchedule;
  backup_folder: string | null;
  backups_kept: number;
};

/** The database's own settings (migration 013: one row). */
export function createSettingsRepository(db: Database.Database) {
  const read = db.prepare('SELECT default_organisation_id, default_agent_id, backup_schedule, backup_folder, backups_kept FROM database_settings WHERE singleton = 1');
  const write = db.prepare(
    `UPDATE database_settings SET default_organisation_id = @defaultPlaintiffId, default_agent_id = @defaultAgentId,
       backup_schedule = @backupSchedule, backup_folder = @backupFolder, backups_kept = @backupsKept WHERE singleton = 1`,
  );
  return {
    get(): DatabaseSettings {
      const row = read.get() as SettingsRow;
      return {
        defaultPlaintiffId: row.default_organisation_id, defaultAgentId: row.default_agent_id,
        backupSchedule: row.backup_schedule, backupFolder: row.backup_folder, backupsKept: row.backups_kept,
      };
    },
    /** Replaces the row; the caller owns the transaction and its audit record. */
    save(settings: DatabaseSettings): void {
      write.run(settings);
    },
  };
}

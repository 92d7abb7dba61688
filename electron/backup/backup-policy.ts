import type Database from 'better-sqlite3';
import type { BackupSchedule } from '../../core/settings/settings-operations';
import { createSettingsRepository } from '../db/settings-repository';
import { defaultBackupFolder } from './backup-names';

/** Where, how often and how many backups, as the database's settings say (migration 013). */
export type BackupPolicy = { folder: string; schedule: BackupSchedule; keep: number };

/** The stored backup policy of the open database; the folder falls back to backups/ in the data folder. */
export function backupPolicyOf(db: Database.Database, dataDir: string): BackupPolicy {
  const settings = createSettingsRepository(db).get();
  return { folder: settings.backupFolder ?? defaultBackupFolder(dataDir), schedule: settings.backupSchedule, keep: settings.backupsKept };
}

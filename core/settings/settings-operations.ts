import { z } from 'zod';
import { operation } from '../operation';
import type { Bilingual } from '../bilingual';
import { absolutePath } from '../backup/backup-operations';

/** How often a backup is made automatically: never, each time the app starts, once a day or once a week (China time). */
export const backupSchedules = ['off', 'on-start', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof backupSchedules)[number];

/** The languages the interface speaks. */
export const interfaceLanguages = ['zh-CN', 'en'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** The fewest and most backups the schedule keeps. */
export const backupsKeptRange = { min: 1, max: 100 } as const;

/** Settings stored in the database: they travel with its cases and backups. */
export type DatabaseSettings = {
  defaultPlaintiffId: number | null;
  defaultAgentId: number | null;
  backupSchedule: BackupSchedule;
  /** The folder the user chose, or null for backups/ in the data folder. */
  backupFolder: string | null;
  backupsKept: number;
};

/** Settings of this installation (a file beside the app's own data, not in the database, because they choose it). */
export type InstallationSettings = {
  /** The data folder the app opens at its next start; null: the default one. */
  dataFolder: string | null;
  language: InterfaceLanguage;
};

/** What the settings page shows. */
export type SettingsView = DatabaseSettings & {
  installation: InstallationSettings;
  /** The data folder the app has open now (a change takes effect after a restart). */
  openDataFolder: string;
  /** Where backups go now: the chosen folder or the default one. */
  effectiveBackupFolder: string;
  /** Whether this installation's settings can be changed here (false in the command line). */
  installationWritable: boolean;
  /** Why the installation settings file was not used as written (a damaged file), or null. */
  installationNotice: Bilingual | null;
};

/** What a folder chosen as the data folder holds. */
export type DataFolderCheck = { path: string; contents: 'empty' | 'dossier' };

/** The outcome of choosing a data folder: a checked folder, or none (the dialog was closed or there is none here). */
export type DataFolderChoice = { chosen: DataFolderCheck | null; dialogAvailable: boolean };

const id = z.number().int().positive();

/** The settings page's operations. */
export const settingsOperations = {
  /** Every setting, as stored and as in effect. */
  'settings:get': operation(z.object({})).returns<SettingsView>(),
  /** Saves the settings given (the others stay as they are); database settings are audited. */
  'settings:save': operation(z.object({
    defaultPlaintiffId: id.nullable().optional(),
    defaultAgentId: id.nullable().optional(),
    backupSchedule: z.enum(backupSchedules).optional(),
    backupFolder: absolutePath.nullable().optional(),
    backupsKept: z.number().int().min(backupsKeptRange.min).max(backupsKeptRange.max).optional(),
    dataFolder: absolutePath.nullable().optional(),
    language: z.enum(interfaceLanguages).optional(),
  }).strict()).returns<SettingsView>(),
  /** Checks a folder as the next data folder (it must be empty or hold a Dossier database); without a path, asks with a folder dialog where there is one. */
  'settings:choose-data-folder': operation(z.object({ path: absolutePath.optional() })).returns<DataFolderChoice>(),
  /** Restarts the app (the desktop app only; elsewhere it answers that a restart is needed). */
  'app:relaunch': operation(z.object({})).returns<{ relaunched: boolean; message: Bilingual }>(),
} as const;

import { z } from 'zod';
import { operation } from '../operation';
import type { BackupSummary, RestoreResult } from './backup-model';

/** An absolute path chosen by the user (a folder dialog or the settings page); relative paths would depend on the working folder. */
export const absolutePath = z.string().trim().min(1).max(4096).refine((path) => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'), 'absolute path');

/** Backup and restore of the whole store: the database and the files it refers to. */
export const backupOperations = {
  /** Backs the open database up into `folder` (default: the backups folder in the data folder), with its stored files. */
  'backup:create': operation(z.object({ folder: absolutePath.optional() })).returns<BackupSummary>(),
  /** The complete backups in `folder`, newest first. */
  'backup:list': operation(z.object({ folder: absolutePath.optional() })).returns<BackupSummary[]>(),
  /** Replaces the open database with a checked backup, keeping the replaced one beside it. */
  'backup:restore': operation(z.object({ path: absolutePath })).returns<RestoreResult>(),
} as const;

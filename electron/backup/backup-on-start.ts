import type { BackupSummary } from '../../core/backup/backup-model';
import { toErrorPayload } from '../../core/errors';
import type { ErrorPayload } from '../../core/errors';
import { pruneBackups } from './backup-folder';
import { defaultBackupFolder } from './backup-names';
import { createBackup } from './create-backup';
import type { BackupSource } from './create-backup';

/** How many automatic backups are kept when nothing else is chosen. */
export const defaultBackupsKept = 7;

/** What the start-up backup did: the backup made and the old ones deleted, or why it failed (the app starts regardless). */
export type StartBackupOutcome = { ok: true; backup: BackupSummary; pruned: string[] } | { ok: false; error: ErrorPayload };

/**
 * An automatic backup (at start or when the schedule calls for one): one into `folder` (default backups/ in the data
 * folder), then only the newest `keep` are kept (electron/backup/backup-schedule-timer.ts passes the stored policy). Never throws: a full disk must not stop the user opening their cases.
 */
export async function backupOnStart(
  source: BackupSource, options: { now: Date; folder?: string; keep?: number; onProgress?: (fraction: number) => void },
): Promise<StartBackupOutcome> {
  const folder = options.folder ?? defaultBackupFolder(source.dataDir);
  try {
    const backup = await createBackup(source, { folder, now: options.now, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    return { ok: true, backup, pruned: pruneBackups(folder, Math.max(1, options.keep ?? defaultBackupsKept), options.now) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}

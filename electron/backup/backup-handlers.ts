import type { Handlers } from '../../core/contract';
import { accessOf } from '../db/open-connection';
import type { ServiceContext } from '../services/service-context';
import { backupsIn } from './backup-folder';
import { backupPolicyOf } from './backup-policy';
import { createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';

/** What the window shows while the database is copied. */
const progressText = {
  'backup:create': { zh: '正在备份数据库', en: 'Backing up the database' },
  'backup:restore': { zh: '正在恢复数据库', en: 'Restoring the database' },
} as const;

/** Reports a backup's or restore's progress (in per cent of database pages) under one job id per run. */
export function progressOf(context: ServiceContext, operation: keyof typeof progressText) {
  const jobId = `${operation}-${context.now().getTime()}-${Math.random().toString(36).slice(2, 8)}`;
  return (fraction: number) => context.reportProgress({ operation, jobId, done: Math.round(fraction * 100), total: 100, message: progressText[operation] });
}

/** The backup operations over the open store. */
export function createBackupHandlers(context: ServiceContext): Pick<Handlers, 'backup:create' | 'backup:list' | 'backup:restore'> {
  const keyed = context.filesKey ? { filesKey: context.filesKey } : {};
  const source = { db: context.db, dataDir: context.dataDir, appVersion: context.appVersion, ...accessOf(context), ...keyed };
  return {
    'backup:create': async ({ folder }) => {
      const progress = progressOf(context, 'backup:create');
      const made = await createBackup(source, { folder: folder ?? backupPolicyOf(context.db, context.dataDir).folder, now: context.now(), onProgress: progress });
      // SQLite reports no step for a database copied in one: the window still hears that it is done.
      progress(1);
      return made;
    },
    'backup:list': ({ folder }) => backupsIn(folder ?? backupPolicyOf(context.db, context.dataDir).folder).map((entry) => entry.summary),
    'backup:restore': ({ path }) => restoreBackup(
      { databasePath: context.databasePath, dataDir: context.dataDir, liveDb: context.db, ...accessOf(context), ...keyed },
      { backupPath: path, now: context.now(), actor: context.actor, onProgress: progressOf(context, 'backup:restore') },
    ),
  };
}

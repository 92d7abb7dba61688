import { accessOf } from '../db/open-connection';
import { backupDue } from '../../core/backup/backup-due';
import { toErrorPayload } from '../../core/errors';
import type { ServiceContext } from '../services/service-context';
import { onServicesClose } from '../services/close-hooks';
import { backupsIn } from './backup-folder';
import { progressOf } from './backup-handlers';
import { backupOnStart } from './backup-on-start';
import type { StartBackupOutcome } from './backup-on-start';
import { backupPolicyOf } from './backup-policy';

/** How often the schedule is looked at while the app runs. */
export const scheduleCheckMs = 60 * 60_000;

/** The clock and timer the schedule runs on; tests pass their own to move time by hand. */
export type ScheduleClock = {
  now: () => Date;
  setInterval: (tick: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

const systemClock: ScheduleClock = {
  now: () => new Date(),
  setInterval: (tick, ms) => {
    const handle = setInterval(tick, ms);
    // The hourly look must not keep a closing process alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

/** The running schedule: `check` looks now (sharing a backup already running), `stop` ends the timer. */
export type RunningBackupSchedule = { check: () => Promise<StartBackupOutcome | null>; stop: () => void };

/**
 * Makes the automatic backups the database's settings ask for: a look at start, then hourly. The last backup is
 * the newest complete one in the backup folder, so a backup made by hand or by the command line counts too. Never
 * two at once: a look while one runs waits for it. Runs in the background and reports progress like 立即备份;
 * `onOutcome` hears each backup made or failed (the app logs a failure and carries on).
 */
export function startBackupSchedule(
  context: ServiceContext,
  options: { clock?: ScheduleClock; onOutcome?: (outcome: StartBackupOutcome) => void; startedAt?: Date } = {},
): RunningBackupSchedule {
  const clock = options.clock ?? systemClock;
  // The app's start, not this schedule's: services reopened after a change of encryption or a restore keep it, so
  // 每次启动 makes no second backup then.
  const startedAt = options.startedAt ?? clock.now();
  const source = { db: context.db, dataDir: context.dataDir, appVersion: context.appVersion, ...accessOf(context), ...(context.filesKey ? { filesKey: context.filesKey } : {}) };
  let running: Promise<StartBackupOutcome | null> | null = null;
  let stopped = false;

  async function backupIfDue(): Promise<StartBackupOutcome | null> {
    const now = clock.now();
    let policy: ReturnType<typeof backupPolicyOf>;
    let newest: string | undefined;
    try {
      policy = backupPolicyOf(context.db, context.dataDir);
      newest = backupsIn(policy.folder)[0]?.summary.createdAt;
    } catch (error) {
      // An unreadable backup folder is reported like a failed backup; the next look tries again.
      const outcome: StartBackupOutcome = { ok: false, error: toErrorPayload(error) };
      options.onOutcome?.(outcome);
      return outcome;
    }
    if (!backupDue(policy.schedule, newest ? new Date(newest) : null, now, startedAt)) return null;
    const progress = progressOf(context, 'backup:create');
    const outcome = await backupOnStart(source, { now, folder: policy.folder, keep: policy.keep, onProgress: progress });
    if (outcome.ok) progress(1);
    options.onOutcome?.(outcome);
    return outcome;
  }

  function check(): Promise<StartBackupOutcome | null> {
    if (stopped) return Promise.resolve(null);
    running ??= backupIfDue().finally(() => { running = null; });
    return running;
  }

  const handle = clock.setInterval(() => void check(), scheduleCheckMs);
  const stop = () => {
    stopped = true;
    clock.clearInterval(handle);
  };
  onServicesClose(context, stop);
  void check();
  return { check, stop };
}

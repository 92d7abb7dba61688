import { describe, expect, it } from 'vitest';
import { backupsIn } from '../../electron/backup/backup-folder';
import { scheduleCheckMs, startBackupSchedule } from '../../electron/backup/backup-schedule-timer';
import type { RunningBackupSchedule, ScheduleClock } from '../../electron/backup/backup-schedule-timer';
import { databaseFileKind } from '../../electron/db/database-file-kind';
import { openAppServices } from '../../electron/services/open-app-services';
import type { StartBackupOutcome } from '../../electron/backup/backup-on-start';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { join } from 'node:path';

const tempDir = useTempDir('dossier-backup-schedule-');

/** A clock moved by hand, whose interval is fired by the test. */
function manualClock(start: string) {
  let now = new Date(start);
  const ticks: { tick: () => void; ms: number }[] = [];
  let cleared = 0;
  const clock: ScheduleClock = {
    now: () => now,
    setInterval: (tick, ms) => { ticks.push({ tick, ms }); return ticks.length; },
    clearInterval: () => { cleared += 1; },
  };
  return {
    clock,
    ticks,
    cleared: () => cleared,
    /** Moves the clock on and fires the hourly look. */
    advanceTo(next: string) {
      now = new Date(next);
      for (const { tick } of ticks) tick();
    },
  };
}

describe('the backup schedule', () => {
  it('daily: backs up at start, not again the same China day, again the next day, and keeps the stored count', async () => {
    const services = openTestServices(tempDir());
    const folder = join(tempDir(), 'backups');
    await services.handlers['settings:save']({ backupSchedule: 'daily', backupFolder: folder, backupsKept: 2 });
    const time = manualClock('2026-12-01T00:30:00Z');
    const outcomes: StartBackupOutcome[] = [];
    const schedule = startBackupSchedule(services.context, { clock: time.clock, onOutcome: (outcome) => outcomes.push(outcome) });
    expect(time.ticks.map(({ ms }) => ms)).toEqual([scheduleCheckMs]);
    await schedule.check();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.ok).toBe(true);
    // 23:30 in China on the same day: nothing due.
    time.advanceTo('2026-12-01T15:30:00Z');
    expect(await schedule.check()).toBeNull();
    // 00:30 in China the next day (still 12-01 in UTC): due.
    time.advanceTo('2026-12-01T16:30:00Z');
    await schedule.check();
    time.advanceTo('2026-12-02T16:30:00Z');
    await schedule.check();
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3);
    expect(backupsIn(folder).map((entry) => entry.summary.name)).toEqual(['dossier-backup-20261203-003000', 'dossier-backup-20261202-003000']);
    expect(services.progress.some((event) => event.operation === 'backup:create' && event.done === 100)).toBe(true);
    services.close();
    expect(time.cleared()).toBe(1);
  });

  it('never runs two backups at once: a look while one runs shares it', async () => {
    const services = openTestServices(tempDir());
    const time = manualClock('2026-12-01T01:00:00Z');
    const schedule = startBackupSchedule(services.context, { clock: time.clock });
    const first = schedule.check();
    const second = schedule.check();
    expect(second).toBe(first);
    expect((await first)?.ok).toBe(true);
    expect(backupsIn(join(services.context.dataDir, 'backups'))).toHaveLength(1);
    schedule.stop();
    services.close();
  });

  it('on start: one backup per start however long the app runs; off: none at all', async () => {
    const services = openTestServices(tempDir());
    const time = manualClock('2026-12-01T01:00:00Z');
    const schedule = startBackupSchedule(services.context, { clock: time.clock });
    await schedule.check();
    time.advanceTo('2026-12-09T01:00:00Z');
    expect(await schedule.check()).toBeNull();
    schedule.stop();
    const folder = join(services.context.dataDir, 'backups');
    expect(backupsIn(folder)).toHaveLength(1);
    // The next start makes the next one; with the schedule off, a start makes none.
    await startBackupSchedule(services.context, { clock: manualClock('2026-12-10T01:00:00Z').clock }).check();
    expect(backupsIn(folder)).toHaveLength(2);
    await services.handlers['settings:save']({ backupSchedule: 'off' });
    expect(await startBackupSchedule(services.context, { clock: manualClock('2026-12-11T01:00:00Z').clock }).check()).toBeNull();
    expect(backupsIn(folder)).toHaveLength(2);
    services.close();
  });

  it('runs again on services reopened after a change of encryption, counting 每次启动 from the app\'s start', async () => {
    const dataDir = tempDir();
    const app = openAppServices({ dataDir, actor: 'test', now: () => new Date('2026-12-01T01:00:00Z') });
    const time = manualClock('2026-12-01T01:00:00Z');
    const startedAt = time.clock.now();
    const schedules: RunningBackupSchedule[] = [];
    app.onOpen(({ context }) => schedules.push(startBackupSchedule(context, { clock: time.clock, startedAt })));
    await schedules[0]!.check();
    const folder = join(dataDir, 'backups');
    expect(backupsIn(folder)).toHaveLength(1);

    const passphrase = '丽江 古城 口令';
    await app.handlers['encryption:enable']({ passphrase, confirm: passphrase });
    expect(schedules).toHaveLength(2);
    // The app has not restarted: no second 每次启动 backup.
    expect(await schedules[1]!.check()).toBeNull();
    expect(backupsIn(folder)).toHaveLength(1);
    // The reopened schedule backs up the encrypted store when the next one is due.
    await app.handlers['settings:save']({ backupSchedule: 'daily' });
    time.advanceTo('2026-12-02T01:00:00Z');
    expect((await schedules[1]!.check())?.ok).toBe(true);
    const newest = backupsIn(folder)[0]!.summary;
    expect(backupsIn(folder)).toHaveLength(2);
    expect(databaseFileKind(newest.path)).toBe('other');
    app.close();
  });
});

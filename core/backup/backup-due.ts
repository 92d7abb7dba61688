import type { BackupSchedule } from '../settings/settings-operations';
import { chinaCalendarDate } from '../china-time';

/** Days since 1970-01-01 of a China calendar date (YYYY-MM-DD). */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The Monday starting the China-time calendar week of an instant, as a day number (1970-01-01 was a Thursday). */
function weekStart(instant: Date): number {
  const day = dayNumber(chinaCalendarDate(instant));
  return day - ((day + 3) % 7);
}

/**
 * Whether the schedule calls for a backup now. 每天 and 每周 count China calendar days and weeks (Monday first), so a
 * laptop opened at 08:00 gets that day's backup however late the one before was; 每次启动 wants one made since
 * `startedAt` (the app's start; the check at start passes now); 关闭 never. No backup yet: due unless off.
 */
export function backupDue(schedule: BackupSchedule, lastBackupAt: Date | null, now: Date, startedAt: Date = now): boolean {
  if (schedule === 'off') return false;
  if (lastBackupAt === null) return true;
  switch (schedule) {
    case 'on-start':
      return lastBackupAt.getTime() < startedAt.getTime();
    case 'daily':
      return chinaCalendarDate(lastBackupAt) < chinaCalendarDate(now);
    case 'weekly':
      return weekStart(lastBackupAt) < weekStart(now);
  }
}

import { describe, expect, it } from 'vitest';
import { backupDue } from '../../../core/backup/backup-due';

/** An instant given as China wall-clock time (UTC+8). */
function china(local: string): Date {
  return new Date(`${local}+08:00`);
}

describe('backupDue', () => {
  it('never calls for a backup when the schedule is off, even with none made', () => {
    expect(backupDue('off', null, china('2026-12-02T09:00:00'))).toBe(false);
    expect(backupDue('off', china('2025-01-01T09:00:00'), china('2026-12-02T09:00:00'))).toBe(false);
  });

  it('calls for the first backup on every other schedule', () => {
    for (const schedule of ['on-start', 'daily', 'weekly'] as const) expect(backupDue(schedule, null, china('2026-12-02T09:00:00'))).toBe(true);
  });

  it('on start: due until one is made since the app started, then not again while it runs', () => {
    const started = china('2026-12-02T08:00:00');
    expect(backupDue('on-start', china('2026-12-02T07:59:59'), started, started)).toBe(true);
    expect(backupDue('on-start', china('2026-12-02T08:00:05'), china('2026-12-02T20:00:00'), started)).toBe(false);
    expect(backupDue('on-start', china('2026-12-02T08:00:05'), china('2026-12-09T20:00:00'), started)).toBe(false);
  });

  it('daily counts China calendar days, not 24 hours', () => {
    // 23:30 and 00:30 China time are different days although an hour apart (and the same UTC day).
    expect(backupDue('daily', china('2026-12-02T23:30:00'), china('2026-12-03T00:30:00'))).toBe(true);
    expect(backupDue('daily', china('2026-12-02T00:10:00'), china('2026-12-02T23:50:00'))).toBe(false);
    // 07:00 China time on 12-03 is still 12-02 in UTC: the day is China's.
    expect(backupDue('daily', china('2026-12-02T09:00:00'), china('2026-12-03T07:00:00'))).toBe(true);
  });

  it('weekly counts calendar weeks starting on Monday in China time', () => {
    // 2026-12-06 is a Sunday, 2026-12-07 a Monday.
    expect(backupDue('weekly', china('2026-12-06T22:00:00'), china('2026-12-07T00:30:00'))).toBe(true);
    expect(backupDue('weekly', china('2026-11-30T00:30:00'), china('2026-12-06T23:59:00'))).toBe(false);
    expect(backupDue('weekly', china('2026-12-07T00:00:00'), china('2026-12-13T23:00:00'))).toBe(false);
    expect(backupDue('weekly', china('2026-12-01T10:00:00'), china('2026-12-20T10:00:00'))).toBe(true);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsIn } from '../../electron/backup/backup-folder';
import { backupOnStart } from '../../electron/backup/backup-on-start';
import { defaultBackupFolder } from '../../electron/backup/backup-names';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-backup-start-');

/** Services over an empty store, as the app opens it, and what backupOnStart needs from them. */
function openStore() {
  const services = openTestServices(tempDir());
  const { db, dataDir } = services.context;
  return { services, source: { db, dataDir, appVersion: 'test' } };
}

describe('the backup made when the app starts', () => {
  it('goes into backups/ in the data folder and keeps only the newest seven', async () => {
    const { services, source } = openStore();
    for (let day = 1; day <= 9; day += 1) {
      const outcome = await backupOnStart(source, { now: new Date(`2026-11-${String(day).padStart(2, '0')}T01:00:00Z`) });
      expect(outcome.ok).toBe(true);
    }
    const kept = backupsIn(defaultBackupFolder(source.dataDir)).map((entry) => entry.summary.name);
    expect(kept).toHaveLength(7);
    expect(kept[0]).toBe('dossier-backup-20261109-090000');
    expect(kept.at(-1)).toBe('dossier-backup-20261103-090000');
    expect(readdirSync(defaultBackupFolder(source.dataDir)).filter((name) => name.includes('20261101') || name.includes('20261102'))).toEqual([]);
    services.close();
  });

  it('keeps as many as asked in the folder asked', async () => {
    const { services, source } = openStore();
    const folder = join(tempDir(), 'chosen');
    for (let day = 1; day <= 3; day += 1) await backupOnStart(source, { now: new Date(`2026-11-0${day}T01:00:00Z`), folder, keep: 2 });
    expect(backupsIn(folder)).toHaveLength(2);
    services.close();
  });

  it('reports a failure in words instead of throwing, so the app still starts', async () => {
    const { services, source } = openStore();
    // A file where the backup folder should be: the folder cannot be made.
    const blocked = join(source.dataDir, 'dossier.sqlite');
    expect(existsSync(blocked)).toBe(true);
    const outcome = await backupOnStart(source, { now: new Date('2026-11-01T01:00:00Z'), folder: join(blocked, 'backups') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message.en).toMatch(/Cannot create the backup folder/);
    services.close();
  });
});

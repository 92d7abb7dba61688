/**
 * A backup or restore in a process of its own, for the kill tests: `backup-child backup DB DATA_DIR FOLDER KILL_AT`
 * backs DB up into FOLDER, `backup-child restore DB DATA_DIR BACKUP_FILE KILL_AT` restores BACKUP_FILE over DB
 * (ten pages a step). At the KILL_AT-th progress report, with the copy part-way, the process SIGKILLs itself.
 */
import { createBackup } from '../../electron/backup/create-backup';
import { restoreBackup } from '../../electron/backup/restore-backup';
import { openDatabase } from '../../electron/db/open-database';

const [mode, databasePath, dataDir, target, killAt] = process.argv.slice(2) as ['backup' | 'restore', string, string, string, string];
let reports = 0;
const onProgress = () => {
  reports += 1;
  if (reports === Number(killAt)) process.kill(process.pid, 'SIGKILL');
};
const now = new Date('2026-11-28T02:00:00Z');
if (mode === 'backup') {
  const db = openDatabase(databasePath);
  await createBackup({ db, dataDir, appVersion: 'test' }, { folder: target, now, onProgress });
  db.close();
} else {
  await restoreBackup({ databasePath, dataDir }, { backupPath: target, now, stepPages: 10, onProgress });
}
process.stdout.write('finished\n');

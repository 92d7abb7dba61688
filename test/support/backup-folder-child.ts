/**
 * One process of the shared-backup-folder tests. `hold FOLDER MS` takes the folder's lock, says "locked", holds it
 * MS milliseconds (MS = 0: until killed) and says "released". `loop DB DATA_DIR FOLDER ROUNDS KEEP` backs DB up
 * ROUNDS times into FOLDER, pruning to KEEP after each (as the app does on start), and prints the backups it made and
 * any backup whose manifest names a copy that was not there right after it was written.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { BackupManifest } from '../../core/backup/backup-model';
import { backupFilePath, manifestPathOf } from '../../electron/backup/backup-names';
import { withBackupFolderLock } from '../../electron/backup/backup-folder-lock';
import { pruneBackups } from '../../electron/backup/backup-folder';
import { createBackup } from '../../electron/backup/create-backup';
import { openDatabase } from '../../electron/db/open-database';

const [mode, ...args] = process.argv.slice(2);
if (mode === 'hold') {
  const [folder, ms] = args as [string, string];
  mkdirSync(folder, { recursive: true });
  await withBackupFolderLock(folder, async () => {
    process.stdout.write('locked\n');
    await new Promise((resolve) => setTimeout(resolve, Number(ms) === 0 ? 3_600_000 : Number(ms)));
  });
  process.stdout.write('released\n');
} else {
  const [databasePath, dataDir, folder, rounds, keep] = args as [string, string, string, string, string];
  const db = openDatabase(databasePath);
  const made: string[] = [];
  const violations: string[] = [];
  for (let i = 0; i < Number(rounds); i += 1) {
    const backup = await createBackup({ db, dataDir, appVersion: 'test' }, { folder, now: new Date() });
    made.push(backup.name);
    // A copy this backup's manifest names is missing while the manifest is still there: another run deleted what it counted on.
    const manifest = JSON.parse(readFileSync(manifestPathOf(backup.path), 'utf8')) as BackupManifest;
    const missing = manifest.files.filter((file) => !existsSync(backupFilePath(folder, file.sha256)));
    if (missing.length > 0 && existsSync(manifestPathOf(backup.path))) violations.push(`${backup.name}: ${missing.length} copies missing`);
    // Another run that took the same name in the same second would have replaced this backup's file or manifest.
    if (manifest.sha256 !== backup.sha256) violations.push(`${backup.name}: replaced by another run's backup`);
    // Pruned as if an hour later, so every copy not named by a kept backup counts as old enough to delete.
    pruneBackups(folder, Number(keep), new Date(Date.now() + 3600_000));
  }
  db.close();
  process.stdout.write(JSON.stringify({ made, violations }));
}

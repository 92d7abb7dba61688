import { dirname, join, resolve } from 'node:path';
import type { BackupSummary, RestoreResult } from '../../../core/backup/backup-model';
import { DossierError } from '../../../core/errors';
import { backupsIn } from '../../backup/backup-folder';
import { restoreBackup } from '../../backup/restore-backup';
import { installedDataDir } from '../../services/default-data-dir';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue } from '../cli-output';
import { runOperation } from './evidence-commands';
import { existsSync } from 'node:fs';
import { unlockDataKeys } from '../../crypto/data-keys';
import { keyInfoPath, readKeyInfo } from '../../crypto/key-info-file';
import { unlockDatabase } from '../../crypto/unlock-database';
import { databaseFileKind } from '../../db/database-file-kind';
import { storePassphrase } from '../cli-unlock';

/** The folder given with --out, required. */
function outFolder(input: CommandInput): string {
  const out = stringFlag(input, 'out');
  if (!out) throw new DossierError('invalid-input', { zh: '缺少参数 --out（备份文件夹）', en: 'Missing --out (the backup folder)' }, { field: '--out' });
  return resolve(out);
}

/** A size in megabytes with one decimal, as a person reads it. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function summaryLine(backup: BackupSummary): string {
  return `  ${backup.name}  ${backup.createdAt.slice(0, 19).replace('T', ' ')}  ${megabytes(backup.sizeBytes)}  ${backup.fileCount} 个文件 files`;
}

/** `dossier backup --out DIR`. */
export const runBackup: CommandRun = (input) =>
  runOperation<BackupSummary>(input, 'backup:create', { folder: outFolder(input) }, (backup) => [
    `已备份 Backed up: ${backup.path}`,
    `  数据库 ${megabytes(backup.sizeBytes)}，SHA-256 ${backup.sha256}`,
    `  引用的文件 Files referred to: ${backup.fileCount}`,
    ...(backup.unavailableFileCount > 0
      ? [`  注意 Note: ${backup.unavailableFileCount} 个文件在数据文件夹中缺失或已被改动，未能备份 were missing or altered in the data folder and could not be backed up`]
      : []),
  ]);

/** `dossier backup list --out DIR`. */
export const runBackupList: CommandRun = async (input) => {
  const backups = backupsIn(outFolder(input)).map((entry) => entry.summary);
  printValue(input.printer, backups, (list) => (list.length === 0 ? ['没有备份 No backups'] : [`备份 Backups（${list.length}）`, ...list.map(summaryLine)]));
};

/**
 * The key a restore works under: an encrypted store's own (the restored data stays under its passphrase); else, for an
 * encrypted backup, the backup's, whose key file then goes beside the store. A plain store and backup need none.
 */
async function restoreKeys(input: CommandInput, databasePath: string, backupPath: string): Promise<{ databaseKey?: Uint8Array; filesKey?: Buffer; keyInfoFrom?: string }> {
  const storeEncrypted = databaseFileKind(databasePath) === 'other' && existsSync(keyInfoPath(databasePath));
  const backupEncrypted = databaseFileKind(backupPath) === 'other' && existsSync(keyInfoPath(backupPath));
  if (!storeEncrypted && !backupEncrypted) return {};
  const passphrase = await storePassphrase(input.flags);
  // The files key too: the stored files put back are checked decrypted.
  if (storeEncrypted) {
    const keys = unlockDatabase(databasePath, passphrase)!;
    return { databaseKey: keys.database, filesKey: keys.files };
  }
  const keys = unlockDataKeys(readKeyInfo(backupPath)!, passphrase);
  return { databaseKey: keys.database, filesKey: keys.files, keyInfoFrom: keyInfoPath(backupPath) };
}

/** `dossier restore BACKUP_FILE --db FILE`: works on the files directly, so a database too damaged to open can still be replaced. */
export const runRestore: CommandRun = async (input) => {
  const backupPath = input.args[0];
  if (!backupPath) throw new DossierError('invalid-input', { zh: '缺少参数 BACKUP_FILE', en: 'Missing BACKUP_FILE' }, { field: 'BACKUP_FILE' });
  const db = stringFlag(input, 'db');
  const dataFlag = stringFlag(input, 'data-dir');
  const dataDir = dataFlag ? resolve(dataFlag) : db ? dirname(resolve(db)) : installedDataDir();
  const databasePath = db ? resolve(db) : join(dataDir, 'dossier.sqlite');
  const result = await restoreBackup({ databasePath, dataDir, ...await restoreKeys(input, databasePath, resolve(backupPath)) }, { backupPath, now: new Date(), actor: 'cli' });
  printValue<RestoreResult>(input.printer, result, (restored) => [
    `已恢复 Restored: ${restored.databasePath}`,
    `  来自 From: ${restored.restoredFrom}`,
    restored.replacedCopy ? `  原数据库保留为 The replaced database is kept as: ${restored.replacedCopy}` : '  原先没有数据库 There was no database before',
    `  放回的文件 Files put back: ${restored.filesRestored}`,
    ...(restored.filesMissing.length > 0
      ? [`  注意 Note: ${restored.filesMissing.length} 个文件在数据文件夹和备份中都缺失 are missing from both the data folder and the backup:`, ...restored.filesMissing.map((file) => `    ${file.relativePath}`)]
      : []),
  ]);
};

import type Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BackedUpFile, RestoreResult } from '../../core/backup/backup-model';
import { DossierError } from '../../core/errors';
import { rekeyCopy } from '../crypto/database-encryption';
import { keyInfoPath, readKeyInfoFile, writeKeyInfo } from '../crypto/key-info-file';
import { busyAsDossierError } from '../db/busy-error';
import { writeAudit } from '../db/audit-log';
import { databaseFileKind } from '../db/database-file-kind';
import { openConnection, type DatabaseAccess } from '../db/open-connection';
import { migrate } from '../db/migrate';
import { chinaTimestamp } from '../../core/china-time';
import { checkBackupDatabase, openBackupCopy } from './backup-database-check';
import { restoreFilesFromBackup } from './backup-file-copies';
import { readManifest } from './backup-manifest';
import { fileStamp, manifestPathOf } from './backup-names';
import { sha256OfFile } from './file-hash';
import { storedFilesOf } from './stored-files';

/**
 * The store a backup replaces; `liveDb` is the app's own open connection to it, when there is one. With a
 * `databaseKey` the restored store is encrypted under it (a plain backup is encrypted on the way in); `keyInfoFrom`
 * names the key file to put beside a store that had none (an encrypted backup restored where no key file was).
 */
export type RestoreTarget = { databasePath: string; dataDir: string; liveDb?: Database.Database; keyInfoFrom?: string } & DatabaseAccess & {
  /** The files key of an encrypted store, to check its stored files and the backup's copies decrypted. */
  filesKey?: Buffer;
};

/** Which backup, when; `stepPages` database pages (default 100) are copied between yields to the event loop (the app stays responsive). */
export type RestoreOptions = { backupPath: string; now: Date; actor?: string; stepPages?: number; onProgress?: (fraction: number) => void };

/** What the restored database's audit record says: the backup it came from, when it was made, and the database it replaced. */
type RestoreRecord = { actor: string; at: string; backupPath: string; replacedCopy: string | null };

/** Temp files of a restore sit beside the database as .<database name>.restore-<random>.tmp. */
function restoreTempPrefix(databasePath: string): string {
  return `.${basename(databasePath)}.restore-`;
}

/** Removes what an interrupted restore of this database left beside it. */
function sweepRestoreTemps(databasePath: string): void {
  const prefix = restoreTempPrefix(databasePath);
  for (const name of readdirSync(dirname(databasePath))) if (name.startsWith(prefix)) rmSync(join(dirname(databasePath), name), { force: true });
}

function newTemp(databasePath: string): string {
  return join(dirname(databasePath), `${restoreTempPrefix(databasePath)}${randomBytes(6).toString('hex')}.tmp`);
}

function openWith(path: string, target: RestoreTarget, readonly = false): Database.Database {
  return openConnection(path, { ...target, fileMustExist: true, readonly });
}

/** True when SQLite can open and read the database at `path` (it exists and is not damaged beyond reading its schema). */
function readableDatabase(path: string, target: RestoreTarget): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = openWith(path, target, true);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The backup file named by the user: a regular file (not a folder, device or pipe), not the database itself. */
function checkBackupPath(backupPath: string, databasePath: string): void {
  const found = statSync(backupPath, { throwIfNoEntry: false });
  if (!found) throw new DossierError('not-found', { zh: `找不到备份文件：${backupPath}`, en: `No such backup file: ${backupPath}` }, { file: backupPath });
  if (!found.isFile()) throw new DossierError('invalid-input', { zh: `备份应为一个文件：${backupPath}`, en: `A backup must be a file: ${backupPath}` }, { file: backupPath });
  if (resolve(backupPath) === resolve(databasePath)) {
    throw new DossierError('invalid-input', { zh: '不能用数据库自身恢复自身', en: 'A database cannot be restored from itself' }, { file: backupPath });
  }
}

/**
 * Copies the backup beside the database and checks the copy (its manifest's SHA-256, SQLite header,
 * Dossier marker, schema not newer, integrity_check), then migrates it to this version's schema.
 * The user's file and the live database are untouched until this succeeds. Returns the files it refers to.
 */
async function preparedCopy(backupPath: string, temp: string, target: RestoreTarget, record: RestoreRecord): Promise<{ schemaVersion: number; files: BackedUpFile[] }> {
  copyFileSync(backupPath, temp);
  const manifest = readManifest(manifestPathOf(backupPath));
  if (manifest === 'unreadable') {
    throw new DossierError('invalid-input', { zh: `备份的说明文件无法读取，未作任何替换：${manifestPathOf(backupPath)}`, en: `The backup's manifest cannot be read; nothing was replaced: ${manifestPathOf(backupPath)}` }, { file: backupPath });
  }
  const backupSha256 = await sha256OfFile(temp);
  if (manifest && manifest.sha256 !== backupSha256) {
    throw new DossierError('invalid-input', { zh: `备份文件与其说明文件记载的 SHA-256 不符（已被改动或不完整），未作任何替换：${backupPath}`, en: `The backup file does not match the SHA-256 its manifest records (altered or incomplete); nothing was replaced: ${backupPath}` }, { file: backupPath });
  }
  const copy = openBackupCopy(temp, backupPath, target);
  let prepared: { schemaVersion: number; files: BackedUpFile[] };
  try {
    const schemaVersion = checkBackupDatabase(copy, backupPath);
    copy.pragma('journal_mode = DELETE');
    migrate(copy);
    // The record goes into the copy before it replaces anything: the restored database never lacks it.
    copy.transaction(() => writeAudit(copy, {
      at: record.at, actor: record.actor, entity: 'database', entityId: 0, action: 'restore',
      before: { replacedCopy: record.replacedCopy },
      after: { restoredFrom: { fileName: basename(backupPath), path: backupPath, sha256: backupSha256, createdAt: manifest?.createdAt ?? null, schemaVersion } },
    })).immediate();
    prepared = { schemaVersion, files: storedFilesOf(copy, target.dataDir) };
  } finally {
    copy.close();
  }
  // Restoring into an encrypted store keeps it encrypted: a plain backup's copy is encrypted under its key first.
  if (target.databaseKey && databaseFileKind(temp) === 'plain') rekeyCopy(temp, { to: target.databaseKey }, target);
  return prepared;
}

/** Where the database about to be replaced is kept: <name>-before-restore-<stamp>.sqlite beside it; null when there is none. */
function keptCopyPath(databasePath: string, now: Date): string | null {
  return existsSync(databasePath) ? join(dirname(databasePath), `${basename(databasePath).replace(/\.sqlite$/, '')}-before-restore-${fileStamp(now)}.sqlite`) : null;
}

/** Keeps the database about to be replaced as <name>-before-restore-<stamp>.sqlite beside it; null when there is none. */
async function keepReplaced(target: RestoreTarget, now: Date): Promise<string | null> {
  const { databasePath } = target;
  const kept = keptCopyPath(databasePath, now);
  if (!kept) return null;
  const temp = newTemp(databasePath);
  try {
    const live = target.liveDb ?? openWith(databasePath, target);
    try {
      // The backup API cannot key its destination: an encrypted store is copied under its own key by VACUUM INTO.
      if (target.databaseKey && databaseFileKind(databasePath) === 'other') live.prepare('VACUUM INTO ?').run(temp);
      else await live.backup(temp);
    } finally {
      if (!target.liveDb) live.close();
    }
  } catch {
    // A database too damaged to read through SQLite (often why it is being restored): keep its bytes as they are.
    rmSync(temp, { force: true });
    copyFileSync(databasePath, temp);
    if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, `${kept}-wal`);
  }
  if (databaseFileKind(temp) === 'other' && existsSync(keyInfoPath(databasePath))) copyFileSync(keyInfoPath(databasePath), keyInfoPath(kept));
  renameSync(temp, kept);
  return kept;
}

/** Any failure before the live database was replaced, said as such (a busy database in the busy words). */
function notReplaced(error: unknown): unknown {
  const mapped = busyAsDossierError(error);
  if (mapped instanceof DossierError) return mapped;
  const reason = (error as Error).message;
  return new DossierError('io-error', { zh: `恢复未能完成，数据库未被替换：${reason}`, en: `The restore could not be completed; the database was not replaced: ${reason}` });
}

/**
 * Replaces the database with a backup. Everything that can refuse happens on a copy first; the
 * replacement itself is SQLite's backup API writing into the live database as one transaction, so a
 * crash or kill part-way leaves the database as it was, and other connections (the app's) see the
 * restored data on their next read. Where there is no readable database, the checked copy is renamed into place. Stored files missing or altered in the data folder come back from
 * the backup folder's copies. The restored database's audit chain gains a record of the restore (which backup,
 * its SHA-256, when, by whom, the copy kept of the replaced database), written into the copy before it goes in.
 */
export async function restoreBackup(target: RestoreTarget, options: RestoreOptions): Promise<RestoreResult> {
  const backupPath = resolve(options.backupPath);
  const databasePath = resolve(target.databasePath);
  checkBackupPath(backupPath, databasePath);
  if (target.databaseKey && target.liveDb) {
    // The backup API, which writes into a store other connections keep open, cannot write an encrypted one.
    throw new DossierError('conflict', {
      zh: '加密的数据库须在关闭卷宗后恢复（用命令 dossier restore），未作任何替换',
      en: 'An encrypted database is restored with Dossier closed (dossier restore); nothing was replaced',
    }, { file: backupPath });
  }
  mkdirSync(dirname(databasePath), { recursive: true });
  sweepRestoreTemps(databasePath);
  const temp = newTemp(databasePath);
  let prepared: { schemaVersion: number; files: BackedUpFile[]; replacedCopy: string | null };
  try {
    const record = { actor: options.actor ?? 'dossier', at: chinaTimestamp(options.now), backupPath, replacedCopy: keptCopyPath(databasePath, options.now) };
    const { schemaVersion, files } = await preparedCopy(backupPath, temp, target, record);
    const replacedCopy = await keepReplaced({ ...target, databasePath }, options.now);
    const encrypted = databaseFileKind(temp) === 'other';
    if (!encrypted && (target.liveDb || readableDatabase(databasePath, target))) {
      const source = openWith(temp, target, true);
      try {
        await source.backup(databasePath, {
          progress: ({ totalPages, remainingPages }) => {
            options.onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
            return options.stepPages ?? 100;
          },
        });
      } finally {
        source.close();
      }
    } else {
      // No database, one SQLite cannot read, or an encrypted store, no other connection having it open (kept
      // above): the checked copy takes its place in one rename. A leftover -wal of the old file must go first, or
      // SQLite would replay it onto the restored database. A key file the restored store needs goes in before it.
      if (encrypted && target.keyInfoFrom && databaseFileKind(databasePath) !== 'other') {
        const info = readKeyInfoFile(target.keyInfoFrom);
        if (info) writeKeyInfo(databasePath, info);
      }
      for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
      renameSync(temp, databasePath);
      options.onProgress?.(1);
    }
    prepared = { schemaVersion, files, replacedCopy };
  } catch (error) {
    throw notReplaced(error);
  } finally {
    rmSync(temp, { force: true });
  }
  const { restored, missing } = await restoreFilesFromBackup(target.dataDir, dirname(backupPath), prepared.files, target.filesKey);
  return { restoredFrom: backupPath, databasePath, replacedCopy: prepared.replacedCopy, schemaVersion: prepared.schemaVersion, filesRestored: restored, filesMissing: missing };
}

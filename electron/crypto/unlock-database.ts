import { existsSync, renameSync, rmSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import { databaseFileKind } from '../db/database-file-kind';
import { openConnection, type DatabaseAccess } from '../db/open-connection';
import { unlockDataKeys, wrongPassphrase, type DataKeys } from './data-keys';
import { keyInfoPath, readKeyInfoFile, type KeyInfo } from './key-info-file';

/** The key file a change of passphrase writes before it swaps the store: `X.sqlite.key.json.next`. */
export function pendingKeyInfoPath(databasePath: string): string {
  return `${keyInfoPath(databasePath)}.next`;
}

/** True when `key` opens the store at `databasePath` (SQLite reads its schema). */
function opens(databasePath: string, key: Uint8Array, access: DatabaseAccess): boolean {
  try {
    openConnection(databasePath, { ...access, databaseKey: key, readonly: true, fileMustExist: true }).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The keys the passphrase opens for the store at `databasePath`; null when the store is plain (no passphrase is
 * needed). A change of passphrase killed part-way leaves a pending key file: whichever of the two key files the
 * passphrase matches and whose key opens the store wins, and the other is removed, finishing or undoing the change.
 */
export function unlockDatabase(databasePath: string, passphrase: string, access: DatabaseAccess = {}): DataKeys | null {
  if (databaseFileKind(databasePath) !== 'other') return null;
  const candidates: { path: string; info: KeyInfo }[] = [];
  for (const path of [keyInfoPath(databasePath), pendingKeyInfoPath(databasePath)]) {
    const info = readKeyInfoFile(path);
    if (info) candidates.push({ path, info });
  }
  if (candidates.length === 0) {
    throw new DossierError('not-found', {
      zh: `找不到该数据库的密钥文件（应在其旁边：${keyInfoPath(databasePath)}），无法解锁`,
      en: `The database's key file is missing (it belongs beside it: ${keyInfoPath(databasePath)}); the database cannot be unlocked`,
    }, { file: keyInfoPath(databasePath) });
  }
  for (const candidate of candidates) {
    let keys: DataKeys;
    try {
      keys = unlockDataKeys(candidate.info, passphrase);
    } catch {
      continue;
    }
    if (!opens(databasePath, keys.database, access)) continue;
    const pending = pendingKeyInfoPath(databasePath);
    if (candidate.path === pending) renameSync(pending, keyInfoPath(databasePath));
    else if (existsSync(pending)) rmSync(pending, { force: true });
    return keys;
  }
  throw wrongPassphrase();
}

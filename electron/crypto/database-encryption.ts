import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../../core/errors';
import { busyAsDossierError } from '../db/busy-error';
import { databaseFileKind } from '../db/database-file-kind';
import { applyCipherKey, openConnection, type DatabaseAccess } from '../db/open-connection';
import { createDataKeys, type DataKeys } from './data-keys';
import { keyInfoPath, writeKeyInfo, writeKeyInfoFile, type KeyInfo } from './key-info-file';
import { pendingKeyInfoPath } from './unlock-database';

/** The steps of a change of encryption, in order; a kill test stops the process at each. */
export type EncryptionStep = 'copied' | 'rekeyed' | 'checked' | 'key-written' | 'swapped' | 'finished';

/** Where the store goes: `to` is the new database key, or none for a plain store. */
type Change = { from?: Uint8Array; to?: Uint8Array; onStep?: (step: EncryptionStep) => void };

/** Temp copies of an encryption change sit beside the database as .<name>.encryption-<random>.tmp. */
function tempPrefix(databasePath: string): string {
  return `.${basename(databasePath)}.encryption-`;
}

/** Removes what an interrupted change left beside this database (never the database or its key file). */
function sweepTemps(databasePath: string): void {
  const prefix = tempPrefix(databasePath);
  for (const name of readdirSync(dirname(databasePath))) if (name.startsWith(prefix)) rmSync(join(dirname(databasePath), name), { force: true });
}

function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the store into `temp` as it is (VACUUM INTO keeps the source's cipher and key). Leaving WAL first needs
 * the only connection, so a store another window or command has open is refused as busy, before anything is written.
 */
function copyOut(databasePath: string, temp: string, from: Uint8Array | undefined, access: DatabaseAccess): void {
  const source = openConnection(databasePath, { ...access, ...(from ? { databaseKey: from } : {}), fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    try {
      source.pragma('journal_mode = DELETE');
    } catch (error) {
      const busy = busyAsDossierError(error);
      if (busy instanceof DossierError) {
        throw new DossierError('busy', { zh: '数据库正被其他窗口或命令使用，请先关闭它们再更改加密', en: 'The database is open in another window or command; close it before changing its encryption' }, { file: databasePath });
      }
      throw error;
    }
    source.prepare('VACUUM INTO ?').run(temp);
  } finally {
    source.close();
  }
}

/**
 * Re-encrypts a copy in place (rekey): from its key (or plain) to the new key (or plain). Only for a file no one else
 * has open — a temp copy, so a kill only loses the copy.
 */
export function rekeyCopy(temp: string, change: Pick<Change, 'from' | 'to'>, access: DatabaseAccess): void {
  const db = new CipherDatabase(temp, { fileMustExist: true, ...(access.cipherNativeBinding ? { nativeBinding: access.cipherNativeBinding } : {}) }) as unknown as Database.Database;
  try {
    if (change.from) {
      applyCipherKey(db, change.from);
    } else {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
    }
    db.pragma('journal_mode = DELETE');
    db.pragma(change.to ? `rekey = "x'${Buffer.from(change.to).toString('hex')}'"` : "rekey = ''");
  } finally {
    db.close();
  }
  flush(temp);
}

/** The copy opened as it will be opened after the swap, checked by SQLite and against the source's schema version. */
function checkCopy(temp: string, expectedVersion: number, change: Change, access: DatabaseAccess): void {
  const db = openConnection(temp, { ...access, ...(change.to ? { databaseKey: change.to } : {}), fileMustExist: true, readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const version = db.pragma('user_version', { simple: true });
    const kind = databaseFileKind(temp);
    if (integrity !== 'ok' || version !== expectedVersion || (change.to ? kind !== 'other' : kind !== 'plain')) {
      throw new DossierError('io-error', { zh: '加密后的副本未通过检查，数据库未作更改', en: 'The re-encrypted copy failed its check; the database was not changed' }, { file: temp });
    }
  } finally {
    db.close();
  }
}

function schemaVersion(databasePath: string, from: Uint8Array | undefined, access: DatabaseAccess): number {
  const db = openConnection(databasePath, { ...access, ...(from ? { databaseKey: from } : {}), fileMustExist: true, readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** Flushes a folder's entries (the renames) to disk where the platform allows it. */
function flushFolder(folder: string): void {
  try {
    flush(folder);
  } catch {
    // Windows cannot open a folder for flushing; its renames are durable by the file system's own journal.
  }
}

/**
 * Changes the store's encryption without ever touching the live file until the last step: copy, re-encrypt the
 * copy, check it, then `beforeSwap` (the key file), rename over the database. Returns after removing the old
 * database's -wal/-shm, which a clean close has already removed.
 */
function changeEncryption(databasePath: string, change: Change, access: DatabaseAccess, beforeSwap: () => void, afterSwap: () => void): void {
  sweepTemps(databasePath);
  const version = schemaVersion(databasePath, change.from, access);
  const temp = join(dirname(databasePath), `${tempPrefix(databasePath)}${randomBytes(6).toString('hex')}.tmp`);
  try {
    copyOut(databasePath, temp, change.from, access);
    change.onStep?.('copied');
    rekeyCopy(temp, change, access);
    change.onStep?.('rekeyed');
    checkCopy(temp, version, change, access);
    change.onStep?.('checked');
    beforeSwap();
    change.onStep?.('key-written');
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${databasePath}${suffix}`, { force: true });
    renameSync(temp, databasePath);
    flushFolder(dirname(databasePath));
    change.onStep?.('swapped');
  } finally {
    rmSync(temp, { force: true });
  }
  afterSwap();
  flushFolder(dirname(databasePath));
  change.onStep?.('finished');
}

function refuseKind(databasePath: string, wanted: 'plain' | 'other'): void {
  const kind = databaseFileKind(databasePath);
  if (kind === 'absent') throw new DossierError('not-found', { zh: `找不到数据库文件：${databasePath}`, en: `No such database file: ${databasePath}` }, { file: databasePath });
  if (kind !== wanted) {
    throw new DossierError('conflict', wanted === 'plain'
      ? { zh: `该数据库已经加密：${databasePath}`, en: `This database is already encrypted: ${databasePath}` }
      : { zh: `该数据库没有加密：${databasePath}`, en: `This database is not encrypted: ${databasePath}` }, { file: databasePath });
  }
}

/**
 * Encrypts a plain store with keys from a new passphrase. The key file is written before the swap: a kill between
 * the two leaves the plain store (still plain by its header, so it opens as before) beside an unused key file.
 */
export function encryptDatabase(databasePath: string, passphrase: string, access: DatabaseAccess = {}, onStep?: (step: EncryptionStep) => void): { info: KeyInfo; keys: DataKeys } {
  refuseKind(databasePath, 'plain');
  const created = createDataKeys(passphrase);
  changeEncryption(databasePath, { to: created.keys.database, ...(onStep ? { onStep } : {}) }, access,
    () => writeKeyInfo(databasePath, created.info), () => rmSync(pendingKeyInfoPath(databasePath), { force: true }));
  return created;
}

/** Decrypts an encrypted store (keys from its passphrase); the key file goes only after the plain store is in place. */
export function decryptDatabase(databasePath: string, keys: DataKeys, access: DatabaseAccess = {}, onStep?: (step: EncryptionStep) => void): void {
  refuseKind(databasePath, 'other');
  changeEncryption(databasePath, { from: keys.database, ...(onStep ? { onStep } : {}) }, access, () => undefined, () => {
    rmSync(keyInfoPath(databasePath), { force: true });
    rmSync(pendingKeyInfoPath(databasePath), { force: true });
  });
}

/**
 * Re-keys an encrypted store under a new passphrase. The new key info goes first to a pending key file, the store
 * is swapped, then the pending file replaces the key file: a kill at any point leaves the store and one of the
 * two key files matching, and unlocking finds which (see unlock-database.ts).
 */
export function changeDatabasePassphrase(databasePath: string, keys: DataKeys, newPassphrase: string, access: DatabaseAccess = {}, onStep?: (step: EncryptionStep) => void): { info: KeyInfo; keys: DataKeys } {
  refuseKind(databasePath, 'other');
  const created = createDataKeys(newPassphrase);
  changeEncryption(databasePath, { from: keys.database, to: created.keys.database, ...(onStep ? { onStep } : {}) }, access,
    () => writeKeyInfoFile(pendingKeyInfoPath(databasePath), created.info),
    () => renameSync(pendingKeyInfoPath(databasePath), keyInfoPath(databasePath)));
  return created;
}

/** Whether a store is encrypted, by its header; and whether its key file is there. */
export function encryptionState(databasePath: string): { encrypted: boolean; keyFile: boolean } {
  return { encrypted: databaseFileKind(databasePath) === 'other', keyFile: existsSync(keyInfoPath(databasePath)) };
}

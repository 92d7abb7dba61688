import Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import { keyInfoPath } from '../crypto/key-info-file';
import { databaseFileKind } from './database-file-kind';

/**
 * How this process reaches the store: the native builds to load (Electron passes its own ABI's builds) and, for an
 * encrypted database, its SQLCipher key. Carried by the service context to backups, restores and workers.
 */
export type DatabaseAccess = {
  /** The better-sqlite3 build for plain databases. */
  nativeBinding?: string;
  /** The better-sqlite3-multiple-ciphers build for encrypted databases. */
  cipherNativeBinding?: string;
  /** The 32-byte database key (from the passphrase); absent for a plain database. */
  databaseKey?: Uint8Array;
};

/** One connection's options: the access, and SQLite's own open flags. */
export type ConnectionOptions = DatabaseAccess & { readonly?: boolean; fileMustExist?: boolean };

/** Only the access fields that are set, for passing on (to a worker's start data, a backup, a restore). */
export function accessOf(from: DatabaseAccess): DatabaseAccess {
  return {
    ...(from.nativeBinding ? { nativeBinding: from.nativeBinding } : {}),
    ...(from.cipherNativeBinding ? { cipherNativeBinding: from.cipherNativeBinding } : {}),
    ...(from.databaseKey ? { databaseKey: from.databaseKey } : {}),
  };
}

/**
 * Keys a multiple-ciphers connection as SQLCipher 4 with a raw 256-bit key (no passphrase KDF inside SQLite:
 * the key already comes from scrypt), so the files are SQLCipher-compatible. Must run before the first read.
 */
export function applyCipherKey(db: Database.Database, key: Uint8Array): void {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`);
}

/** The refusal of an encrypted database opened without its passphrase. */
export function passphraseNeeded(path: string): DossierError {
  return new DossierError('forbidden', {
    zh: `该数据库已加密，需要输入口令才能打开：${path}`,
    en: `This database is encrypted; enter its passphrase to open it: ${path}`,
  }, { file: path, field: 'passphrase' });
}

/** The refusal of a key that does not open the file: said as a wrong passphrase, naming the file. */
function keyRefused(path: string): DossierError {
  return new DossierError('invalid-input', {
    zh: `口令不正确，无法打开数据库：${path}`,
    en: `Wrong passphrase; the database cannot be opened: ${path}`,
  }, { file: path, field: 'passphrase' });
}

/** Opens an encrypted (or new, to-be-encrypted) file with the key, proving the key by reading the schema. */
function openEncrypted(path: string, key: Uint8Array, options: ConnectionOptions): Database.Database {
  const db = new CipherDatabase(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.cipherNativeBinding ? { nativeBinding: options.cipherNativeBinding } : {}),
  }) as unknown as Database.Database;
  try {
    applyCipherKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') throw keyRefused(path);
    throw error;
  }
}

/**
 * The one way to open a connection to a Dossier store. With a key: an encrypted file (or a new one, created
 * encrypted) through multiple-ciphers; a file whose header is still plain (an encryption interrupted before its
 * swap) opens plain. Without a key: better-sqlite3, exactly as before; an encrypted file with a key file beside
 * it is refused as needing the passphrase instead of "not a database". SQLite's own errors pass through.
 */
export function openConnection(path: string, options: ConnectionOptions = {}): Database.Database {
  const kind = databaseFileKind(path);
  if (options.databaseKey && kind !== 'plain') return openEncrypted(path, options.databaseKey, options);
  if (!options.databaseKey && kind === 'other' && existsSync(keyInfoPath(path))) throw passphraseNeeded(path);
  return new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

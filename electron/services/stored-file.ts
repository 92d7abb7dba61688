import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { decryptStoredBytes, encryptStoredBytes, isEncryptedStoredFile } from '../crypto/file-cipher';
import { DossierError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';

/**
 * Reading and writing the files Dossier keeps under the data folder (evidence, attachments, forms, generated
 * documents) with the store's files key: with a key the bytes on disk are encrypted (file-cipher.ts), without one
 * they are plain. Reading accepts both, so a store whose encryption was interrupted (some files still plain) keeps
 * working until the encryption is finished; names and recorded hashes are always those of the plain bytes.
 */

/** The files key of an encrypted store; undefined for a plain one. */
export type FilesKey = Uint8Array | undefined;

/** Writes `plain` atomically at `path`, encrypted when the store has a files key. */
export function writeStoredFile(path: string, plain: Uint8Array, key: FilesKey): void {
  writeFileAtomic(path, key ? encryptStoredBytes(key, plain) : plain);
}

/** The plain bytes of bytes read from a stored file. */
export function plainStoredBytes(bytes: Buffer, fileName: string, key: FilesKey): Buffer {
  if (!isEncryptedStoredFile(bytes)) return bytes;
  if (!key) {
    throw new DossierError('io-error', {
      zh: `文件“${fileName}”已加密，但数据库未加密，无法读取`,
      en: `The file "${fileName}" is encrypted but the database is not, so it cannot be read`,
    }, { file: fileName });
  }
  return decryptStoredBytes(key, bytes, fileName);
}

/** The plain bytes of the stored file at `path` (decrypted when encrypted). */
export function readStoredFile(path: string, fileName: string, key: FilesKey): Buffer {
  return plainStoredBytes(readFileSync(path), fileName, key);
}

/** Whether the file at `path` starts like an encrypted stored file (only its first bytes are read). */
export function storedFileIsEncrypted(path: string): boolean {
  const head = Buffer.alloc(7);
  const fd = openSync(path, 'r');
  try {
    return isEncryptedStoredFile(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of a plain file read in chunks, so checking a whole store never holds more than one chunk of it. */
function plainFileSha256(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * SHA-256 of the plain bytes of the stored file at `path`, or null when it cannot be decrypted (wrong key, a changed
 * byte): an encrypted file is decrypted first, so the integrity check compares the same hash as for a plain store.
 */
export function storedFileSha256(path: string, key: FilesKey): string | null {
  if (!storedFileIsEncrypted(path)) return plainFileSha256(path);
  try {
    return createHash('sha256').update(readStoredFile(path, path, key)).digest('hex');
  } catch (error) {
    if (error instanceof DossierError) return null;
    throw error;
  }
}

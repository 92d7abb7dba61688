import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DossierError } from '../../core/errors';

/**
 * The format of a stored file encrypted with the files key: "DSRENC" + a version byte + a 12-byte random nonce +
 * the AES-256-GCM ciphertext + its 16-byte tag. The header (magic and version) is authenticated too, so a file
 * cannot be passed off as another version. The tag sits at the end so a file can be encrypted as it streams.
 */
const MAGIC = Buffer.from('DSRENC', 'latin1');
const VERSION = 1;
const HEADER_BYTES = MAGIC.length + 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Bytes an encrypted stored file adds to the plain bytes. */
export const storedCipherOverhead = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;

const header = Buffer.concat([MAGIC, Buffer.from([VERSION])]);

function checkKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('the files key must be 32 bytes');
}

/** Whether bytes (a whole file or at least its first 7 bytes) start like an encrypted stored file. */
export function isEncryptedStoredFile(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_BYTES && Buffer.from(bytes.buffer, bytes.byteOffset, HEADER_BYTES).equals(header);
}

/** A streaming encryptor: write `head`, then each `update` of the plain bytes, then `final` (last block and tag). */
export function createStoredFileEncryptor(key: Uint8Array) {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  return {
    head: Buffer.concat([header, nonce]),
    update: (plain: Uint8Array): Buffer => cipher.update(plain),
    final: (): Buffer => Buffer.concat([cipher.final(), cipher.getAuthTag()]),
  };
}

/** Encrypts a stored file's plain bytes with the files key (a fresh random nonce each time). */
export function encryptStoredBytes(key: Uint8Array, plain: Uint8Array): Buffer {
  const encryptor = createStoredFileEncryptor(key);
  return Buffer.concat([encryptor.head, encryptor.update(plain), encryptor.final()]);
}

/**
 * The plain bytes of an encrypted stored file. A wrong key, a changed byte anywhere (header, nonce, ciphertext or
 * tag) or a cut-off file is refused with an error naming the file: GCM's tag covers them all.
 */
export function decryptStoredBytes(key: Uint8Array, bytes: Uint8Array, fileName: string): Buffer {
  checkKey(key);
  const refused = () => new DossierError('io-error', {
    zh: `文件“${fileName}”无法解密：密钥不符，或文件已被改动`,
    en: `The file "${fileName}" cannot be decrypted: the key does not match or the file has been altered`,
  }, { file: fileName });
  if (!isEncryptedStoredFile(bytes) || bytes.length < storedCipherOverhead) throw refused();
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const nonce = all.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
  const tag = all.subarray(all.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(all.subarray(HEADER_BYTES + NONCE_BYTES, all.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw refused();
  }
}

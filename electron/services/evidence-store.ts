import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import { insideDataFolder } from './data-folder';
import { readStoredFile, storedFileSha256, writeStoredFile } from './stored-file';
import type { FilesKey } from './stored-file';

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The state of a stored copy: as added, changed since (its bytes no longer hash to its name), or gone. */
export type StoredCopyState = 'intact' | 'changed' | 'missing';

/**
 * The evidence file store: each file is kept once under <data>/evidence/<first two hex digits>/<sha256>,
 * written atomically, made read-only and never modified (DESIGN.md "Data"). Reading checks the hash,
 * so a file changed behind the app's back is reported rather than filed. With the store's files key the bytes
 * on disk are encrypted; the name and every check stay those of the plain bytes (stored-file.ts).
 */
export function createEvidenceStore(dataDir: string, key?: FilesKey) {
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DossierError('invalid-input', { zh: '无效的文件哈希', en: 'Invalid file hash' });
    return insideDataFolder(dataDir, 'evidence', sha256.slice(0, 2), sha256);
  };
  /** Re-hashes the stored copy of `sha256`; anything but a regular file holding those bytes is not intact. */
  const stateOf = (sha256: string): StoredCopyState => {
    const path = pathOf(sha256);
    const found = lstatSync(path, { throwIfNoEntry: false });
    if (!found) return 'missing';
    if (!found.isFile()) return 'changed';
    return storedFileSha256(path, key) === sha256 ? 'intact' : 'changed';
  };
  /**
   * Stores bytes under their hash and says what it found there. A copy already stored is trusted only when it
   * still hashes to its name: comparing sizes alone (as the store once did) let a tampered copy of the same size
   * stand, so adding the original again could not repair it. A changed or missing copy is replaced atomically.
   */
  const putReporting = (bytes: Uint8Array): { sha256: string; found: StoredCopyState } => {
    const sha256 = sha256Hex(bytes);
    const path = pathOf(sha256);
    const found = stateOf(sha256);
    if (found === 'intact') return { sha256, found };
    // The old copy was made read-only; some systems refuse to rename over a read-only file.
    if (found === 'changed' && existsSync(path)) chmodSync(path, 0o644);
    writeStoredFile(path, bytes, key);
    chmodSync(path, 0o444);
    return { sha256, found };
  };
  return {
    pathOf,
    stateOf,
    putReporting,
    /** Stores bytes under their hash (an intact stored copy is left as it is, a damaged one replaced); returns the hash. */
    put: (bytes: Uint8Array): string => putReporting(bytes).sha256,
    /** The plain stored bytes of `sha256`, checked against the hash. */
    get(sha256: string, fileName: string): Buffer {
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        throw new DossierError('io-error', { zh: `证据文件“${fileName}”在数据文件夹中缺失`, en: `The evidence file "${fileName}" is missing from the data folder` }, { file: fileName });
      }
      // An encrypted copy that fails to decrypt (a changed byte, a wrong key) is refused there, naming the file.
      const bytes = readStoredFile(path, fileName, key);
      if (sha256Hex(bytes) !== sha256) {
        throw new DossierError('io-error', { zh: `证据文件“${fileName}”已被改动（SHA-256 不符），不能使用`, en: `The evidence file "${fileName}" has been altered (SHA-256 mismatch) and cannot be used` }, { file: fileName });
      }
      return bytes;
    },
  };
}
export type EvidenceStore = ReturnType<typeof createEvidenceStore>;

import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import { insideDataFolder } from './data-folder';

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The evidence file store: each file is kept once under <data>/evidence/<first two hex digits>/<sha256>,
 * written atomically, made read-only and never modified (DESIGN.md "Data"). Reading checks the hash,
 * so a file changed behind the app's back is reported rather than filed.
 */
export function createEvidenceStore(dataDir: string) {
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DossierError('invalid-input', { zh: '无效的文件哈希', en: 'Invalid file hash' });
    return insideDataFolder(dataDir, 'evidence', sha256.slice(0, 2), sha256);
  };
  return {
    pathOf,
    /** Stores bytes under their hash (a file already stored is left as it is); returns the hash. */
    put(bytes: Uint8Array): string {
      const sha256 = sha256Hex(bytes);
      const path = pathOf(sha256);
      if (existsSync(path) && statSync(path).size === bytes.length) return sha256;
      writeFileAtomic(path, bytes);
      chmodSync(path, 0o444);
      return sha256;
    },
    /** The stored bytes of `sha256`, checked against the hash. */
    get(sha256: string, fileName: string): Buffer {
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        throw new DossierError('io-error', { zh: `证据文件“${fileName}”在数据文件夹中缺失`, en: `The evidence file "${fileName}" is missing from the data folder` }, { file: fileName });
      }
      const bytes = readFileSync(path);
      if (sha256Hex(bytes) !== sha256) {
        throw new DossierError('io-error', { zh: `证据文件“${fileName}”已被改动（SHA-256 不符），不能使用`, en: `The evidence file "${fileName}" has been altered (SHA-256 mismatch) and cannot be used` }, { file: fileName });
      }
      return bytes;
    },
  };
}
export type EvidenceStore = ReturnType<typeof createEvidenceStore>;

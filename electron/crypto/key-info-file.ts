import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DossierError } from '../../core/errors';
import { writeFileAtomic } from '../services/atomic-write';

/**
 * Bounds on the scrypt cost a key file may ask for: a key file edited to ask for 2^30 would hang the unlock and
 * exhaust memory, one asking for 2^4 would make guessing cheap; neither is a file this version wrote.
 */
const costBounds = { minLogN: 14, maxLogN: 20, maxR: 32, maxP: 16 } as const;

const isPowerOfTwo = (value: number): boolean => Number.isInteger(Math.log2(value));

/** The sidecar as it must read; anything else is refused rather than guessed at. */
export const keyInfoSchema = z.object({
  format: z.literal('dossier-key-1'),
  kdf: z.literal('scrypt'),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  N: z.number().int().min(2 ** costBounds.minLogN).max(2 ** costBounds.maxLogN).refine(isPowerOfTwo),
  r: z.number().int().min(1).max(costBounds.maxR),
  p: z.number().int().min(1).max(costBounds.maxP),
  check: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();

/** What an encrypted database's key file holds: how to derive its keys from the passphrase, and a check value. */
export type KeyInfo = z.infer<typeof keyInfoSchema>;

/** The key file beside a database: `X.sqlite` → `X.sqlite.key.json`. */
export function keyInfoPath(databasePath: string): string {
  return `${databasePath}.key.json`;
}

/** The key file's content parsed and checked; null when the database has none (it is a plain database). */
export function readKeyInfoFile(path: string): KeyInfo | null {
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = keyInfoSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DossierError('invalid-input', {
      zh: `数据库的密钥文件已损坏或不是本程序写入的：${path}`,
      en: `The database's key file is damaged or was not written by Dossier: ${path}`,
    }, { file: path });
  }
  return parsed.data;
}

/** The key info of the database at `databasePath`; null when it has no key file. */
export function readKeyInfo(databasePath: string): KeyInfo | null {
  return readKeyInfoFile(keyInfoPath(databasePath));
}

/** Writes a key file atomically at `path` (a reader sees the old file or the whole new one). */
export function writeKeyInfoFile(path: string, info: KeyInfo): void {
  const checked = keyInfoSchema.parse(info);
  writeFileAtomic(path, Buffer.from(`${JSON.stringify(checked, null, 2)}\n`, 'utf8'));
}

/** Writes the key file beside the database at `databasePath`. */
export function writeKeyInfo(databasePath: string, info: KeyInfo): void {
  writeKeyInfoFile(keyInfoPath(databasePath), info);
}

import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decryptStoredBytes, encryptStoredBytes, isEncryptedStoredFile } from '../crypto/file-cipher';
import { DossierError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import { isTempFileName } from './temp-file-sweep';
import { storedFileIsEncrypted } from './stored-file';
import type { FilesKey } from './stored-file';

/**
 * Re-writing every stored file of a data folder when its encryption changes: plain → encrypted (encryption turned
 * on), one key → another (a new passphrase) or encrypted → plain (turned off). One file at a time, each replaced
 * atomically, so a kill leaves every file whole, either as it was or as it is to be, and a second run finishes the
 * job: a file already in its target form is left alone (plain or encrypted is told by the magic bytes; which key,
 * when two are in play, by whether the target key opens it).
 */

/** The folders of the data folder that hold stored files; exports are the user's own copies and stay plain. */
export const STORED_FILE_FOLDERS = ['evidence', 'attachments', 'forms', 'documents', 'previews'] as const;

/** Every stored file under the data folder (no temp files, no plain copies opened in a viewer, no links). */
export function storedFilePaths(dataDir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(dataDir, 'previews', 'opened')) walk(path);
      } else if (entry.isFile() && !isTempFileName(entry.name) && !entry.name.endsWith('.deleting')) {
        found.push(path);
      }
    }
  };
  for (const folder of STORED_FILE_FOLDERS) walk(join(dataDir, folder));
  return found.sort();
}

/** What a conversion is to reach: `to` the key files end up encrypted with (none: plain); `from` keys they may still have. */
export type ConversionTarget = { to: FilesKey; from: readonly Uint8Array[] };

/** What a conversion did; `unreadable` lists files no given key opens (left untouched, reported). */
export type ConversionReport = { rewritten: number; unchanged: number; unreadable: string[] };

/** Whether `bytes` open with `key`. */
function opensWith(key: Uint8Array, bytes: Buffer): boolean {
  try {
    decryptStoredBytes(key, bytes, '');
    return true;
  } catch (error) {
    if (error instanceof DossierError) return false;
    throw error;
  }
}

/** The plain bytes of an encrypted file under the first of `keys` that opens it; null when none does. */
function plainUnder(keys: readonly Uint8Array[], bytes: Buffer): Buffer | null {
  for (const key of keys) {
    try {
      return decryptStoredBytes(key, bytes, '');
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
    }
  }
  return null;
}

/** Replaces the file at `path` with `bytes` atomically, keeping its permissions (evidence stays read-only). */
function replaceKeepingMode(path: string, bytes: Uint8Array): void {
  const mode = statSync(path).mode & 0o777;
  // Some systems refuse to rename over a read-only file.
  chmodSync(path, 0o644);
  writeFileAtomic(path, bytes);
  chmodSync(path, mode);
}

/** Converts one file; true when it was re-written. */
function convertFile(path: string, target: ConversionTarget, unreadable: string[]): boolean {
  const bytes = readFileSync(path);
  const encrypted = isEncryptedStoredFile(bytes);
  let plain: Buffer;
  if (!encrypted) {
    if (!target.to) return false;
    plain = bytes;
  } else {
    // With no other key in play an encrypted file is taken to be under the target key: a start does not read the whole store.
    if (target.to && (target.from.length === 0 || opensWith(target.to, bytes))) return false;
    const opened = plainUnder(target.from, bytes);
    if (!opened) {
      unreadable.push(path);
      return false;
    }
    plain = opened;
  }
  replaceKeepingMode(path, target.to ? encryptStoredBytes(target.to, plain) : plain);
  return true;
}

/**
 * Brings every stored file of `dataDir` to `target`, reporting (done, total) after each file and yielding between
 * files so the process stays responsive. Safe to run again after an interruption.
 */
export async function convertStoredFiles(dataDir: string, target: ConversionTarget, onProgress: (done: number, total: number) => void = () => undefined): Promise<ConversionReport> {
  const paths = storedFilePaths(dataDir);
  const report: ConversionReport = { rewritten: 0, unchanged: 0, unreadable: [] };
  onProgress(0, paths.length);
  for (const [index, path] of paths.entries()) {
    if (convertFile(path, target, report.unreadable)) report.rewritten += 1;
    else report.unchanged += 1;
    onProgress(index + 1, paths.length);
    await new Promise<void>((done) => setImmediate(done));
  }
  return report;
}

/** How many stored files are still plain (only each file's first bytes are read). */
export function countPlainStoredFiles(dataDir: string): number {
  return storedFilePaths(dataDir).filter((path) => !storedFileIsEncrypted(path)).length;
}

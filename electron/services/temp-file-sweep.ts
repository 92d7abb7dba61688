/**
 * Temporary files a killed process leaves: the temp file of an atomic write (atomic-write.ts), a bundle's volume
 * being streamed (bundle-files.ts) and a demo database being built, all named `.<name>.<12 hex>.tmp` (a database's
 * -wal / -shm / -journal beside it). They are swept when the services open, in the data folder's own subfolders
 * only: with `--db` the data folder may be any folder (a home folder), which is never walked. The plain copies an
 * encrypted store writes for the system viewer (previews/opened/, plain-copy.ts) are swept the same way, by age.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where an encrypted store puts the plain copy of a file opened in the system viewer; all of it is temporary. */
export const PLAIN_COPY_FOLDER = ['previews', 'opened'] as const;

/** A temporary file of an atomic write, a bundle volume or a demo database under construction. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp(-wal|-shm|-journal)?$/;

/** The data folder's subfolders Dossier writes files into (evidence store, generated documents, exports …). */
const DATA_SUBFOLDERS = ['evidence', 'documents', 'exports', 'previews', 'attachments'];

/**
 * A temp file younger than this may belong to another process writing right now (the app and the CLI share a data
 * folder): it is left for a later start.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Whether `name` is one of Dossier's temporary file names. */
export function isTempFileName(name: string): boolean {
  return TEMP_FILE.test(name);
}

function sweep(folder: string, recurse: boolean, olderThan: number | null, anyName = false): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (recurse) removed += sweep(path, true, olderThan, anyName);
      continue;
    }
    if (!entry.isFile() || !(anyName || TEMP_FILE.test(entry.name))) continue;
    if (olderThan !== null && (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > olderThan) continue;
    rmSync(path, { force: true });
    removed++;
  }
  return removed;
}

/** Removes every temporary file anywhere under `folder` (a batch job's output folder, which only its runner writes). */
export function sweepTempFiles(folder: string): number {
  return sweep(folder, true, null);
}

/** Removes the stale temporary files of the data folder (its top level and its own subfolders); returns how many. */
export function sweepDataFolderTemps(dataDir: string, nowMs: number): number {
  const olderThan = nowMs - STALE_TEMP_MS;
  return sweep(dataDir, false, olderThan) + DATA_SUBFOLDERS.reduce((n, sub) => n + sweep(join(dataDir, sub), true, olderThan), 0)
    + sweep(join(dataDir, ...PLAIN_COPY_FOLDER), true, olderThan, true);
}

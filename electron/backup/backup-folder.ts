import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupManifest, BackupSummary } from '../../core/backup/backup-model';
import { keyInfoPath } from '../crypto/key-info-file';
import { readManifest } from './backup-manifest';
import { backupFilesFolder, backupPrefix, isTempName, manifestPathOf } from './backup-names';

/** A complete backup in a folder: its database file with a readable manifest beside it. */
export type BackupEntry = { summary: BackupSummary; manifest: BackupManifest };

/** Temp files older than this are leftovers of a killed backup or restore, not one still running. */
const staleTempMs = 10 * 60_000;

/** The complete backups in `folder`, newest first; a database without its manifest (an interrupted backup) is not one. */
export function backupsIn(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(backupPrefix) || !name.endsWith('.sqlite')) continue;
    const path = join(folder, name);
    const manifest = readManifest(manifestPathOf(path));
    if (!manifest || manifest === 'unreadable') continue;
    entries.push({
      manifest,
      summary: {
        name: name.replace(/\.sqlite$/, ''), path, createdAt: manifest.createdAt, schemaVersion: manifest.schemaVersion,
        sizeBytes: manifest.sizeBytes, sha256: manifest.sha256, fileCount: manifest.files.length, unavailableFileCount: manifest.unavailableFiles.length,
      },
    });
  }
  // Newest first: by creation time, then by the -2, -3 … of backups made in the same second.
  const order = (entry: BackupEntry) => [entry.summary.createdAt, Number(/-(\d+)$/.exec(entry.summary.name.slice(backupPrefix.length + 15))?.[1] ?? 1)] as const;
  return entries.sort((a, b) => {
    const [timeA, serialA] = order(a);
    const [timeB, serialB] = order(b);
    return timeA === timeB ? serialB - serialA : timeA < timeB ? 1 : -1;
  });
}

/** Removes temp files an interrupted backup or restore left in `folder` (only old ones: another may be running now). */
export function sweepStaleTemps(folder: string, now: Date): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!isTempName(name)) continue;
    const path = join(folder, name);
    if (now.getTime() - statSync(path).mtimeMs > staleTempMs) rmSync(path, { force: true });
  }
}

/**
 * Keeps the newest `keep` backups in `folder` and deletes the older ones, then the stored-file copies
 * no remaining manifest refers to. Returns the names deleted.
 */
export function pruneBackups(folder: string, keep: number, now: Date): string[] {
  const entries = backupsIn(folder);
  const removed = entries.slice(keep);
  for (const { summary } of removed) {
    rmSync(manifestPathOf(summary.path), { force: true });
    rmSync(summary.path, { force: true });
    rmSync(keyInfoPath(summary.path), { force: true });
  }
  const referenced = new Set(entries.slice(0, keep).flatMap(({ manifest }) => manifest.files.map((file) => file.sha256)));
  const files = backupFilesFolder(folder);
  if (existsSync(files)) {
    for (const prefix of readdirSync(files)) {
      for (const name of readdirSync(join(files, prefix))) {
        const path = join(files, prefix, name);
        // A copy made in the last minutes may belong to a backup still being written (its manifest not yet there).
        if (!referenced.has(name) && now.getTime() - statSync(path).mtimeMs > staleTempMs) rmSync(path, { force: true });
      }
    }
  }
  return removed.map(({ summary }) => summary.name);
}

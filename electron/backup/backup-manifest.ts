import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BackupManifest } from '../../core/backup/backup-model';
import { writeFileAtomic } from '../services/atomic-write';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const file = z.object({ relativePath: z.string().min(1), sha256 });

/** The manifest as it must read: anything else is not a manifest this version wrote. */
const manifestSchema = z.object({
  format: z.literal('dossier-backup'),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().nonnegative(),
  sha256,
  sizeBytes: z.number().int().nonnegative(),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(file),
  unavailableFiles: z.array(file),
}) satisfies z.ZodType<BackupManifest>;

/** Writes a manifest atomically (a reader sees the whole manifest or none). */
export function writeManifest(path: string, manifest: BackupManifest): void {
  writeFileAtomic(path, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
}

/** The manifest at `path`: undefined when there is none, 'unreadable' when it is not one this version wrote. */
export function readManifest(path: string): BackupManifest | undefined | 'unreadable' {
  if (!existsSync(path)) return undefined;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

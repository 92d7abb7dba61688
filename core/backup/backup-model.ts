/** One stored file a backup carries: where the data folder keeps it and the SHA-256 it must have. */
export type BackedUpFile = { relativePath: string; sha256: string };

/**
 * What sits beside each backup database (<name>.json): enough to check the copy before restoring it
 * and to put the stored files back. Files live once per backup folder, by SHA-256, under files/.
 */
export type BackupManifest = {
  format: 'dossier-backup';
  formatVersion: 1;
  /** The database's schema (migration) version. */
  schemaVersion: number;
  /** SHA-256 of the backup database file, as written. */
  sha256: string;
  sizeBytes: number;
  /** ISO 8601 with China's +08:00 offset. */
  createdAt: string;
  appVersion: string;
  /** Evidence, attachments, forms and generated documents the database refers to. */
  files: BackedUpFile[];
  /** Files the database refers to that were missing or altered in the data folder when the backup was made. */
  unavailableFiles: BackedUpFile[];
};

/** A backup as listed: its database file and what its manifest says. */
export type BackupSummary = {
  name: string;
  path: string;
  createdAt: string;
  schemaVersion: number;
  sizeBytes: number;
  sha256: string;
  fileCount: number;
  unavailableFileCount: number;
  /** The version of Dossier that made it. */
  appVersion: string;
};

/** What a restore did. */
export type RestoreResult = {
  restoredFrom: string;
  databasePath: string;
  /** The database that was replaced, kept beside it; null when there was none. */
  replacedCopy: string | null;
  schemaVersion: number;
  /** Stored files put back into the data folder (missing or altered there). */
  filesRestored: number;
  /** Files the restored database refers to that neither the data folder nor the backup holds intact. */
  filesMissing: BackedUpFile[];
};

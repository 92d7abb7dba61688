/**
 * Times on screen. The services store China-time timestamps such as "2026-11-28T10:00:00.000+08:00";
 * they are shown as written (date and minutes), with no conversion through the machine's time zone.
 */

/** "2026-11-28T10:05:09.000+08:00" → "2026-11-28 10:05"; anything else is returned unchanged. */
export function formatTimestamp(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(timestamp);
  return match ? `${match[1]} ${match[2]}` : timestamp;
}

/** A file size for people: 812 B, 35.2 KB, 1.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

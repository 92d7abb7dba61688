import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** The 16 bytes every plain SQLite database file starts with. */
const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * What a database path holds, judged by its first bytes: 'absent' (no file, or an empty one SQLite will create),
 * 'plain' (the SQLite header in clear) or 'other' (an encrypted database — its first bytes are a random salt — or
 * something that is no database). The header, not the key file, says whether a file is encrypted: a plain
 * file left beside a key file by an interrupted encryption is still plain.
 */
export function databaseFileKind(path: string): 'absent' | 'plain' | 'other' {
  let found;
  try {
    found = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A file standing where a folder of the path should be: nothing is there, and the path check names it.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'absent';
    throw error;
  }
  if (!found || (found.isFile() && found.size === 0)) return 'absent';
  if (!found.isFile()) return 'other';
  const head = Buffer.alloc(plainHeader.length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(plainHeader) ? 'plain' : 'other';
  } finally {
    closeSync(fd);
  }
}

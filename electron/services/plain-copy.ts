import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from './atomic-write';
import { insideDataFolder } from './data-folder';
import { readStoredFile, storedFileIsEncrypted } from './stored-file';
import type { FilesKey } from './stored-file';
import { PLAIN_COPY_FOLDER } from './temp-file-sweep';

/**
 * The path to hand the system viewer (or file manager) for a stored file. A plain store hands the file itself.
 * An encrypted one cannot: the viewer would get ciphertext. So the plain bytes are written to a temporary copy
 * under the data folder's previews/opened/ (a folder of its own per call, keeping the file's name so the viewer
 * knows its type); the start-up temp sweep removes such copies once they are an hour old (temp-file-sweep.ts).
 * The copy is plain on disk for as long as it lives: that is the price of opening a file outside the app.
 */
export function plainPathForViewer(dataDir: string, path: string, fileName: string, key: FilesKey): string {
  if (!storedFileIsEncrypted(path)) return path;
  const copy = insideDataFolder(dataDir, ...PLAIN_COPY_FOLDER, randomBytes(6).toString('hex'), fileName.split(/[\\/]/).pop() || 'file');
  writeFileAtomic(copy, readStoredFile(path, fileName, key));
  return copy;
}


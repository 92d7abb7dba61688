import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DossierError } from '../../core/errors';
import type { AttachmentInput } from '../../core/tracking/event-types';
import { insideDataFolder } from './data-folder';
import { writeStoredFile } from './stored-file';
import type { FilesKey } from './stored-file';

/**
 * Event attachments (a judgment's scan, a service receipt, a 终本 ruling) stored by their SHA-256 under
 * the data folder, like evidence files (DESIGN.md "Data"): written once, atomically, never modified;
 * the same bytes attached twice are stored once.
 */

/** The most an attachment may hold. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** Where the bytes with this hash live: attachments/ab/abcdef… inside the data folder. */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) {
    throw new DossierError('invalid-input', { zh: '附件摘要无效', en: 'Invalid attachment hash' }, { field: 'sha256' });
  }
  return insideDataFolder(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

/** Decodes an uploaded attachment, stores it if new (encrypted with the files key of an encrypted store), and returns what the event row records. */
export function storeAttachment(dataDir: string, input: AttachmentInput, key?: FilesKey): { fileName: string; sha256: string; sizeBytes: number; createdPath: string | null } {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) {
    throw new DossierError('invalid-input', { zh: `附件“${input.fileName}”为空文件`, en: `The attachment "${input.fileName}" is empty` }, { field: 'attachment', file: input.fileName });
  }
  if (bytes.length > maxAttachmentBytes) {
    throw new DossierError('invalid-input', { zh: `附件“${input.fileName}”超过 20 MB`, en: `The attachment "${input.fileName}" is larger than 20 MB` }, { field: 'attachment', file: input.fileName });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = attachmentPath(dataDir, sha256);
  const created = !existsSync(path);
  if (created) writeStoredFile(path, bytes, key);
  // Only the last path segment of the name the user gave is kept, for display.
  const fileName = input.fileName.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, '_').slice(0, 200) || 'attachment';
  // createdPath lets the caller remove a file it just wrote when the event itself is then refused.
  return { fileName, sha256, sizeBytes: bytes.length, createdPath: created ? path : null };
}

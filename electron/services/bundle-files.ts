/**
 * Where a bundle's volumes are written: each volume streams into a temporary file beside its final name
 * (so memory never holds the bundle), hashed on the way; only when the whole build has succeeded are the
 * files flushed and renamed into place — a reader sees the old files or the new ones, never a torn or
 * half-built bundle (the same rule as writeFileAtomic). A failed build removes its temporary files. With the
 * store's files key (a bundle kept in an encrypted data folder) each volume is encrypted as it streams; its hash
 * and size stay those of the plain PDF.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import type { BundleSink } from '../../core/bundle/bundle-model';
import { volumeLabel } from '../../core/bundle/exhibit-label';
import type { Inflate } from '../../core/bundle/source-pdf';
import { createStoredFileEncryptor } from '../crypto/file-cipher';
import type { FilesKey } from './stored-file';

/** Node's native zlib for checking source content streams (several times faster than core's portable one). */
export const nativeInflate: Inflate = (data, raw) => (raw ? inflateRawSync(data) : inflateSync(data));

/** A written volume file. */
export type WrittenVolume = { volume: number; fileName: string; path: string; sizeBytes: number; sha256: string };

/** The file name of volume `n` of a bundle named `base`: base.pdf, base（第二册）.pdf … */
export function volumeFileName(base: string, volume: number): string {
  return volume === 1 ? `${base}.pdf` : `${base}（${volumeLabel(volume)}）.pdf`;
}

type Open = { volume: number; temp: string; fd: number | null; hash: ReturnType<typeof createHash>; size: number; sha256: string };

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Volume files of one build in `folder`, named after `base`; encrypted with `key` when one is given. */
export function createVolumeFiles(folder: string, base: string, key?: FilesKey) {
  mkdirSync(folder, { recursive: true });
  const open: Open[] = [];
  const sink: BundleSink = (volume) => {
    const temp = join(folder, `.${volumeFileName(base, volume)}.${randomBytes(6).toString('hex')}.tmp`);
    const entry: Open = { volume, temp, fd: openSync(temp, 'w'), hash: createHash('sha256'), size: 0, sha256: '' };
    open.push(entry);
    const encryptor = key ? createStoredFileEncryptor(key) : null;
    if (encryptor) writeAll(entry.fd!, encryptor.head);
    return {
      write(chunk) {
        writeAll(entry.fd!, encryptor ? encryptor.update(chunk) : chunk);
        entry.hash.update(chunk);
        entry.size += chunk.length;
      },
      close() {
        if (encryptor) writeAll(entry.fd!, encryptor.final());
        fsyncSync(entry.fd!);
        closeSync(entry.fd!);
        entry.fd = null;
        entry.sha256 = entry.hash.digest('hex');
      },
    };
  };
  return {
    sink,
    volumeFileName: (volume: number) => volumeFileName(base, volume),
    /** Renames every finished volume into place; returns them in volume order. */
    commit(): WrittenVolume[] {
      const written = open.map((entry) => {
        if (entry.fd !== null) throw new Error(`volume ${entry.volume} was not finished`);
        const fileName = volumeFileName(base, entry.volume);
        const path = join(folder, fileName);
        renameSync(entry.temp, path);
        return { volume: entry.volume, fileName, path, sizeBytes: entry.size, sha256: entry.sha256 };
      });
      return written.sort((a, b) => a.volume - b.volume);
    },
    /** Closes and removes whatever a failed build left. */
    discard(): void {
      for (const entry of open) {
        if (entry.fd !== null) closeSync(entry.fd);
        entry.fd = null;
        rmSync(entry.temp, { force: true });
      }
    },
  };
}

/**
 * Opens a table file for streaming, refusing anything that is not a regular file before reading a byte (the
 * check every file read by path shares, electron/services/regular-file.ts), and the size limit before reading.
 */
import { basename } from 'node:path';
import type { ImportSource } from '../../core/import/import-operations';
import { checkFileSize, openRegularFile } from '../services/regular-file';
import type { FileRefusal } from '../services/regular-file';
import { tableProblem } from './table-problem';

/** Where a table comes from: a path on this machine, or bytes with the file's name (from the renderer). */
export type TableSource = { path: string } | { fileName: string; bytes: Uint8Array };

/** The table source an operation's input names: a path on this machine, or the file's bytes sent as base64. */
export function tableSourceOf(source: ImportSource): TableSource {
  return 'path' in source ? { path: source.path } : { fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') };
}

/** An opened source: its base name, its size, and its bytes as a stream of chunks (read once). */
export type OpenedSource = { fileName: string; size: number; chunks: AsyncIterable<Uint8Array>; close(): Promise<void> };

/** How many bytes are handed on at a time from an in-memory source. */
const CHUNK_BYTES = 64 * 1024;

const refuseTable: FileRefusal = (fileName, problem) => tableProblem(fileName, {}, problem);

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

/** Opens `source` after checking it is a regular file no larger than `maxFileBytes`. */
export async function openSource(source: TableSource, maxFileBytes: number): Promise<OpenedSource> {
  if ('bytes' in source) {
    const fileName = basename(source.fileName);
    checkFileSize(fileName, source.bytes.length, maxFileBytes, refuseTable);
    return { fileName, size: source.bytes.length, chunks: chunksOf(source.bytes), close: async () => {} };
  }
  const { fileName, size, handle } = await openRegularFile(source.path, maxFileBytes, refuseTable);
  const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: true });
  return {
    fileName,
    size,
    chunks: stream,
    close: async () => {
      stream.destroy();
      await new Promise<void>((resolve) => (stream.closed ? resolve() : stream.once('close', () => resolve())));
    },
  };
}

/**
 * The bytes of a table file at `path`, after the same checks as reading it (regular file, size limit), for an
 * operation that carries the file's contents rather than its path.
 */
export async function readTableFileBytes(path: string, maxFileBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  const opened = await openSource({ path }, maxFileBytes);
  const parts: Uint8Array[] = [];
  try {
    for await (const chunk of opened.chunks) parts.push(chunk);
  } finally {
    await opened.close();
  }
  return { fileName: opened.fileName, bytes: Buffer.concat(parts) };
}

/**
 * Opens a table file for streaming, refusing anything that is not a regular file before reading a byte: a FIFO
 * would block forever, a device such as /dev/zero never ends, a directory is not a table. A symbolic link is
 * followed only to a regular file, and the size limit is checked before reading.
 */
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import { tableProblem } from './table-problem';

/** Where a table comes from: a path on this machine, or bytes with the file's name (from the renderer). */
export type TableSource = { path: string } | { fileName: string; bytes: Uint8Array };

/** An opened source: its base name, its size, and its bytes as a stream of chunks (read once). */
export type OpenedSource = { fileName: string; size: number; chunks: AsyncIterable<Uint8Array>; close(): Promise<void> };

/** How many bytes are handed on at a time from an in-memory source. */
const CHUNK_BYTES = 64 * 1024;

function kindOf(stats: Stats): { zh: string; en: string } {
  if (stats.isDirectory()) return { zh: '文件夹', en: 'a folder' };
  if (stats.isFIFO()) return { zh: '管道', en: 'a pipe' };
  if (stats.isSocket()) return { zh: '套接字', en: 'a socket' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { zh: '设备', en: 'a device' };
  return { zh: '特殊文件', en: 'a special file' };
}

function checkStats(fileName: string, stats: Stats, maxFileBytes: number): void {
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw tableProblem(fileName, {}, { zh: `这是${kind.zh}，不是普通文件，无法作为表格读取`, en: `this is ${kind.en}, not a regular file, so it cannot be read as a table` });
  }
  checkSize(fileName, stats.size, maxFileBytes);
}

function checkSize(fileName: string, size: number, maxFileBytes: number): void {
  if (size > maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw tableProblem(fileName, {}, {
      zh: `文件大小 ${mb(size)} MB，超过上限 ${mb(maxFileBytes)} MB，请拆分后分批导入`,
      en: `the file is ${mb(size)} MB, more than the limit of ${mb(maxFileBytes)} MB; split it and import the parts`,
    });
  }
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

async function statOrProblem(fileName: string, read: () => Promise<Stats>): Promise<Stats> {
  try {
    return await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    throw tableProblem(fileName, {}, missing
      ? { zh: '文件不存在', en: 'the file does not exist' }
      : { zh: `无法读取文件（${code ?? '未知原因'}）`, en: `the file cannot be read (${code ?? 'unknown reason'})` });
  }
}

/** Opens `source` after checking it is a regular file no larger than `maxFileBytes`. */
export async function openSource(source: TableSource, maxFileBytes: number): Promise<OpenedSource> {
  if ('bytes' in source) {
    const fileName = basename(source.fileName);
    checkSize(fileName, source.bytes.length, maxFileBytes);
    return { fileName, size: source.bytes.length, chunks: chunksOf(source.bytes), close: async () => {} };
  }
  const fileName = basename(source.path);
  const link = await statOrProblem(fileName, () => lstat(source.path));
  checkStats(fileName, link.isSymbolicLink() ? await statOrProblem(fileName, () => stat(source.path)) : link, maxFileBytes);
  // O_NONBLOCK: should the path have been swapped for a FIFO since the check, opening it still does not hang.
  const handle = await open(source.path, constants.O_RDONLY | constants.O_NONBLOCK);
  let size: number;
  try {
    const opened = await handle.stat();
    checkStats(fileName, opened, maxFileBytes);
    size = opened.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
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

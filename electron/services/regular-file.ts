/**
 * Opens a file named by a path only when it is a regular file, checked before a byte is read: a FIFO would block
 * forever, a device such as /dev/zero never ends, a folder or a socket is no file to store. A symbolic link is
 * followed only to a regular file, the size limit is checked on the file's own size, and the file is opened
 * non-blocking and checked again, so a path swapped for a FIFO after the check still cannot hang the reader.
 * Tables, evidence files and folder imports all read through here.
 */
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import type { Bilingual } from '../../core/bilingual';
import type { DossierError } from '../../core/errors';

/** Makes the caller's error about `fileName` (a table problem, an evidence refusal) from what is wrong. */
export type FileRefusal = (fileName: string, problem: Bilingual) => DossierError;

/** An opened regular file: its base name, its size and its handle (the caller closes it). */
export type OpenedRegularFile = { fileName: string; size: number; handle: FileHandle };

function kindOf(stats: Stats): Bilingual {
  if (stats.isDirectory()) return { zh: '文件夹', en: 'a folder' };
  if (stats.isFIFO()) return { zh: '管道', en: 'a pipe' };
  if (stats.isSocket()) return { zh: '套接字', en: 'a socket' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { zh: '设备', en: 'a device' };
  return { zh: '特殊文件', en: 'a special file' };
}

/** Throws the caller's refusal when `size` is over `maxFileBytes`. */
export function checkFileSize(fileName: string, size: number, maxFileBytes: number, refuse: FileRefusal): void {
  if (size > maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw refuse(fileName, {
      zh: `文件大小 ${mb(size)} MB，超过上限 ${mb(maxFileBytes)} MB，请拆分后分批处理`,
      en: `the file is ${mb(size)} MB, more than the limit of ${mb(maxFileBytes)} MB; split it and use the parts`,
    });
  }
}

function checkStats(fileName: string, stats: Stats, maxFileBytes: number, refuse: FileRefusal): void {
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw refuse(fileName, { zh: `这是${kind.zh}，不是普通文件，无法读取`, en: `this is ${kind.en}, not a regular file, so it cannot be read` });
  }
  checkFileSize(fileName, stats.size, maxFileBytes, refuse);
}

async function statOrRefuse(fileName: string, read: () => Promise<Stats>, refuse: FileRefusal): Promise<Stats> {
  try {
    return await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    throw refuse(fileName, missing
      ? { zh: '文件不存在', en: 'the file does not exist' }
      : { zh: `无法读取文件（${code ?? '未知原因'}）`, en: `the file cannot be read (${code ?? 'unknown reason'})` });
  }
}

/** Opens `path` after checking it is a regular file (or a link to one) no larger than `maxFileBytes`. */
export async function openRegularFile(path: string, maxFileBytes: number, refuse: FileRefusal): Promise<OpenedRegularFile> {
  const fileName = basename(path);
  const link = await statOrRefuse(fileName, () => lstat(path), refuse);
  checkStats(fileName, link.isSymbolicLink() ? await statOrRefuse(fileName, () => stat(path), refuse) : link, maxFileBytes, refuse);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    checkStats(fileName, opened, maxFileBytes, refuse);
    return { fileName, size: opened.size, handle };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The whole of a regular file at `path`, after the checks of openRegularFile. */
export async function readRegularFile(path: string, maxFileBytes: number, refuse: FileRefusal): Promise<{ fileName: string; bytes: Buffer }> {
  const { fileName, handle } = await openRegularFile(path, maxFileBytes, refuse);
  try {
    return { fileName, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

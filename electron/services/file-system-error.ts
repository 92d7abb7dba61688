/**
 * A refusal of the file system (a name too long, a file missing or not readable, a link loop) about a path the user
 * gave: said to the user in words naming the file, never as an internal error.
 */
import { DossierError } from '../../core/errors';

/** What each refusal means, in both languages. */
const reasons: Record<string, { zh: string; en: string }> = {
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { zh: '这是文件夹，不是文件', en: 'it is a folder, not a file' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'the name is too long' },
  ELOOP: { zh: '符号链接循环', en: 'the links loop' },
  EACCES: { zh: '没有访问权限', en: 'permission denied' },
  EPERM: { zh: '操作不被允许', en: 'the operation is not permitted' },
  EROFS: { zh: '所在磁盘只读', en: 'the disk is read-only' },
  ENOSPC: { zh: '磁盘空间不足', en: 'the disk is full' },
  EEXIST: { zh: '文件已存在', en: 'the file already exists' },
};

/** The DossierError for a Node file-system error that carries its path; anything else unchanged. */
export function fileSystemAsDossierError(error: unknown): unknown {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string' || !Object.hasOwn(reasons, code)) return error;
  const reason = reasons[code]!;
  const invalid = code !== 'ENOSPC' && code !== 'EROFS';
  return new DossierError(invalid ? 'invalid-input' : 'io-error', { zh: `无法使用文件 ${path}：${reason.zh}`, en: `Cannot use ${path}: ${reason.en}` }, { file: path });
}

import { isAbsolute, relative, resolve } from 'node:path';
import { DossierError } from '../../core/errors';

/** Resolves a path inside the data folder and refuses one that would escape it (../, absolute paths). */
export function insideDataFolder(dataDir: string, ...segments: string[]): string {
  const root = resolve(dataDir);
  const target = resolve(root, ...segments);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new DossierError('forbidden', {
      zh: `路径超出数据文件夹：${segments.join('/')}`,
      en: `Path escapes the data folder: ${segments.join('/')}`,
    }, { file: segments.join('/') });
  }
  return target;
}

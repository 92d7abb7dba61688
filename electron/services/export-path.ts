import { extname } from 'node:path';
import { DossierError } from '../../core/errors';
import { insideDataFolder } from './data-folder';

/**
 * Where an export is written: the path the user chose, which must lie inside the data folder and name an
 * .xlsx file, or exports/<name>-<timestamp>.xlsx in the data folder.
 */
export function exportPath(dataDir: string, chosen: string | undefined, name: string, timestamp: string): string {
  if (chosen) {
    if (extname(chosen).toLowerCase() !== '.xlsx') {
      throw new DossierError('invalid-input', { zh: '导出文件须为 .xlsx 格式', en: 'The export must be an .xlsx file' }, { field: 'path' });
    }
    return insideDataFolder(dataDir, chosen);
  }
  const stamp = timestamp.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return insideDataFolder(dataDir, 'exports', `${name}-${stamp}.xlsx`);
}

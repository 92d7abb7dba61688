import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataFolderCheck } from '../../core/settings/settings-operations';
import { DossierError } from '../../core/errors';

/** The database file every Dossier data folder holds (openServices' default). */
export const databaseFileName = 'dossier.sqlite';

/**
 * Checks a folder chosen as the next data folder: it must be empty (or not exist yet: it is made at the next start)
 * or already hold a Dossier database. Any other folder is refused, so the app never mixes its files into the user's.
 */
export function checkDataFolder(path: string): DataFolderCheck {
  const folder = resolve(path);
  const found = statSync(folder, { throwIfNoEntry: false });
  if (!found) return { path: folder, contents: 'empty' };
  if (!found.isDirectory()) {
    throw new DossierError('invalid-input', { zh: `所选位置不是文件夹：${folder}`, en: `The chosen location is not a folder: ${folder}` }, { file: folder, field: 'dataFolder' });
  }
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new DossierError('io-error', { zh: `无法读取所选文件夹：${folder}`, en: `The chosen folder cannot be read: ${folder}` }, { file: folder, field: 'dataFolder' });
  }
  if (names.length === 0) return { path: folder, contents: 'empty' };
  if (statSync(join(folder, databaseFileName), { throwIfNoEntry: false })?.isFile()) return { path: folder, contents: 'dossier' };
  throw new DossierError('invalid-input', {
    zh: `所选文件夹既不是空文件夹，也不是卷宗的数据文件夹，请选择一个空文件夹：${folder}`,
    en: `The chosen folder is neither empty nor a Dossier data folder; please choose an empty folder: ${folder}`,
  }, { file: folder, field: 'dataFolder' });
}

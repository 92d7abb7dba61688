import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { DossierError } from '../../core/errors';
import { insideDataFolder } from './data-folder';
import { clockOf, type SaveFilter, type ServiceContext } from './service-context';

/** The kinds of file Dossier exports, with the name a save dialog shows for each. */
const exportKinds = {
  xlsx: { zh: 'Excel 工作簿', en: 'Excel workbook' },
  csv: { zh: 'CSV 表格', en: 'CSV table' },
  ics: { zh: '日历文件', en: 'Calendar file' },
} as const;

/** An export's file type, by extension. */
export type ExportKind = keyof typeof exportKinds;

function invalidPath(zh: string, en: string): DossierError {
  return new DossierError('invalid-input', { zh, en }, { field: 'path' });
}

/** Refuses a target that is not an absolute path to a file with the export's extension in an existing folder. */
export function checkExportPath(path: string, kind: ExportKind): string {
  if (!isAbsolute(path)) throw invalidPath(`导出位置须为完整路径：${path}`, `The export location must be a full path: ${path}`);
  if (extname(path).toLowerCase() !== `.${kind}`) {
    throw invalidPath(`导出文件的扩展名须为 .${kind}：${path}`, `The export file must end in .${kind}: ${path}`);
  }
  if (existsSync(path) && !statSync(path).isFile()) throw invalidPath(`导出位置不是文件：${path}`, `The export location is not a file: ${path}`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw invalidPath(`导出位置所在的文件夹不存在：${folder}`, `The folder of the export location does not exist: ${folder}`);
  }
  return path;
}

/**
 * Where an export goes: the path the caller passed (checked), else the one the user picks in the app's save dialog
 * (null: the dialog was closed, write nothing), else a time-stamped file in the data folder's exports/ (CLI).
 */
export async function exportTarget(context: ServiceContext, requested: string | undefined, baseName: string, kind: ExportKind): Promise<string | null> {
  const stamp = clockOf(context).timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const suggestedName = `${baseName}-${stamp}.${kind}`;
  if (requested !== undefined) return checkExportPath(requested, kind);
  if (context.chooseSavePath) {
    const label = exportKinds[kind];
    const filters: SaveFilter[] = [{ name: `${label.zh} / ${label.en}`, extensions: [kind] }];
    const chosen = await context.chooseSavePath(suggestedName, filters);
    if (chosen === null) return null;
    // Some platforms' dialogs return the name as typed, without the extension the filter implies.
    return checkExportPath(extname(chosen) === '' ? `${chosen}.${kind}` : chosen, kind);
  }
  return insideDataFolder(context.dataDir, 'exports', suggestedName);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Bilingual } from '../../core/bilingual';
import { absolutePath } from '../../core/backup/backup-operations';
import { interfaceLanguages } from '../../core/settings/settings-operations';
import type { InstallationSettings } from '../../core/settings/settings-operations';
import { writeFileAtomic } from './atomic-write';

/** The installation settings file as written; unknown keys are dropped so an older app can read a newer file. */
const fileSchema = z.object({
  dataFolder: absolutePath.nullable().default(null),
  language: z.enum(interfaceLanguages).default('zh-CN'),
});

/** What the app uses when nothing is chosen: the default data folder, Chinese. */
export const defaultInstallationSettings: InstallationSettings = { dataFolder: null, language: 'zh-CN' };

/** The file's name in Electron's userData folder (the parent of the default data folder). */
export function appSettingsPathIn(userDataDir: string): string {
  return join(userDataDir, 'app-settings.json');
}

/** The settings read, and why they are the defaults when the file could not be used (null: read as written, or no file yet). */
export type AppSettingsRead = { settings: InstallationSettings; notice: Bilingual | null };

/**
 * Reads the installation settings. No file: the defaults. A damaged file (not JSON, a wrong value) must not keep the
 * app from starting: the defaults, with a notice saying so; the file stays as it is until the next save replaces it.
 */
export function readAppSettings(path: string): AppSettingsRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: { ...defaultInstallationSettings }, notice: null };
    return { settings: { ...defaultInstallationSettings }, notice: damaged(path) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: { ...defaultInstallationSettings }, notice: damaged(path) };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { settings: { ...defaultInstallationSettings }, notice: damaged(path) };
  return { settings: parsed.data, notice: null };
}

function damaged(path: string): Bilingual {
  return {
    zh: `本机设置文件已损坏，已改用默认设置（默认数据文件夹、中文界面）。保存设置后将重新写入该文件：${path}`,
    en: `This computer's settings file is damaged; the defaults are used (the default data folder, Chinese). Saving the settings rewrites it: ${path}`,
  };
}

/** Writes the installation settings in one atomic replace, so a crash leaves the old file or the new one. */
export function writeAppSettings(path: string, settings: InstallationSettings): void {
  const checked = fileSchema.parse(settings);
  writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(checked, null, 2)}\n`));
}

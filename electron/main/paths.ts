import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appSettingsPathIn, readAppSettings } from '../services/app-settings-file';

/** This installation's settings file (data folder, language) in Electron's userData folder. */
export function appSettingsPath(): string {
  return appSettingsPathIn(app.getPath('userData'));
}

/**
 * The user's data folder: --data-dir for support cases wins, then the folder chosen on the settings page, then
 * data/ in userData (e.g. %APPDATA%/Dossier/data). A damaged settings file falls back to the default and says so.
 */
export function dataDirectory(argv: readonly string[]): string {
  const flag = argv.indexOf('--data-dir');
  const given = flag >= 0 ? argv[flag + 1] : undefined;
  if (given) return given;
  const { settings, notice } = readAppSettings(appSettingsPath());
  if (notice) console.error(notice.en);
  return settings.dataFolder ?? join(app.getPath('userData'), 'data');
}

/**
 * better-sqlite3 compiled for Electron's ABI, kept apart from the Node build that tests and the
 * CLI use (see scripts/rebuild-electron-sqlite.mjs); undefined falls back to the default binding,
 * which electron-builder rebuilds for Electron when packaging.
 */
export function electronSqliteBinding(appRoot: string): string | undefined {
  const candidate = join(appRoot, 'native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

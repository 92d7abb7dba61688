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
 * The SQLite bindings compiled for Electron's ABI (better-sqlite3 for a plain store, better-sqlite3-multiple-ciphers
 * for an encrypted one), kept apart from the Node builds that tests and the CLI use (see
 * scripts/prepare-electron-sqlite.mjs); an absent one falls back to the package's default binding, which
 * electron-builder rebuilds for Electron when packaging.
 */
export function electronSqliteBindings(appRoot: string): { nativeBinding?: string; cipherNativeBinding?: string } {
  const built = (fileName: string) => {
    const candidate = join(appRoot, 'native', 'electron', fileName);
    return existsSync(candidate) ? candidate : undefined;
  };
  const nativeBinding = built('better_sqlite3.node');
  const cipherNativeBinding = built('better_sqlite3_multiple_ciphers.node');
  return { ...(nativeBinding ? { nativeBinding } : {}), ...(cipherNativeBinding ? { cipherNativeBinding } : {}) };
}

import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { appSettingsPathIn, readAppSettings } from './app-settings-file';

/** The folder Electron's app.getPath('userData') gives for "Dossier", so the CLI finds the app's store. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const base =
    platform === 'win32' ? (env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(homedir(), 'Library', 'Application Support')
    : (env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'));
  return join(base, 'Dossier', 'data');
}

/**
 * The data folder the app opens, as the command line finds it: the one chosen on the settings page (in the
 * installation settings beside the default data folder), else the default. A damaged settings file means the default.
 */
export function installedDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const fallback = defaultDataDir(env, platform);
  return readAppSettings(appSettingsPathIn(dirname(fallback))).settings.dataFolder ?? fallback;
}

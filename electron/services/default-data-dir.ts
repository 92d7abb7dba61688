import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron's app.getPath('userData') gives for "Dossier", so the CLI finds the app's store. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const base =
    platform === 'win32' ? (env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(homedir(), 'Library', 'Application Support')
    : (env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'));
  return join(base, 'Dossier', 'data');
}

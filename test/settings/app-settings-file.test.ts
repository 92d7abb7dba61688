import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSettingsPathIn, readAppSettings, writeAppSettings } from '../../electron/services/app-settings-file';
import { installedDataDir } from '../../electron/services/default-data-dir';
import { openServices } from '../../electron/services/open-services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-app-settings-');

describe('the installation settings file', () => {
  it('reads as the defaults, without a notice, before it is first written', () => {
    expect(readAppSettings(join(tempDir(), 'app-settings.json'))).toEqual({ settings: { dataFolder: null, language: 'zh-CN' }, notice: null });
  });

  it('reads back what was written, and leaves no temp file beside it', () => {
    const dir = tempDir();
    const path = join(dir, 'app-settings.json');
    writeAppSettings(path, { dataFolder: '/srv/dossier-data', language: 'en' });
    expect(readAppSettings(path)).toEqual({ settings: { dataFolder: '/srv/dossier-data', language: 'en' }, notice: null });
    expect(readdirSync(dir)).toEqual(['app-settings.json']);
  });

  it.each([
    ['a truncated file', '{"dataFolder": "/srv/dossier-da'],
    ['a wrong language', '{"dataFolder": null, "language": "fr"}'],
    ['a relative data folder', '{"dataFolder": "data", "language": "en"}'],
    ['not an object', '[1, 2, 3]'],
    ['binary bytes', '\u0000\u0001\u00ff'],
  ])('falls back to the defaults with a notice naming the file for %s', (_name, text) => {
    const path = join(tempDir(), 'app-settings.json');
    writeFileSync(path, text);
    const read = readAppSettings(path);
    expect(read.settings).toEqual({ dataFolder: null, language: 'zh-CN' });
    expect(read.notice?.zh).toContain('已损坏');
    expect(read.notice?.zh).toContain(path);
    // The damaged file stays as it was until a save replaces it.
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('is shown as damaged on the settings page, and a save rewrites it whole', async () => {
    const path = join(tempDir(), 'app-settings.json');
    writeFileSync(path, '{ not json');
    const services = openServices({ dataDir: tempDir(), actor: 'test', appSettingsPath: path });
    const view = await services.handlers['settings:get']({});
    expect(view.installationNotice?.en).toContain('damaged');
    const saved = await services.handlers['settings:save']({ language: 'en' });
    expect(saved.installationNotice).toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ dataFolder: null, language: 'en' });
    services.close();
  });

  it('tells the command line which data folder the app uses: the chosen one, else the default', () => {
    const config = tempDir();
    const env = { XDG_CONFIG_HOME: config };
    expect(installedDataDir(env, 'linux')).toBe(join(config, 'Dossier', 'data'));
    writeAppSettings(appSettingsPathIn(join(config, 'Dossier')), { dataFolder: '/srv/dossier-data', language: 'zh-CN' });
    expect(installedDataDir(env, 'linux')).toBe('/srv/dossier-data');
    writeFileSync(appSettingsPathIn(join(config, 'Dossier')), 'garbage');
    expect(installedDataDir(env, 'linux')).toBe(join(config, 'Dossier', 'data'));
  });
});

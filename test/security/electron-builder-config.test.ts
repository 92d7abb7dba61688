import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { Lazy } from 'lazy-val';
import sharp from 'sharp';

// electron-builder's own reader and schema check: what the packager will see, not a second YAML parser's reading.
const projectDir = process.cwd();
const packageJson = new Lazy(async () => JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>);
const config = await getConfig(projectDir, 'electron-builder.yml', null, packageJson);

describe('the packaging configuration', () => {
  it('passes electron-builder\'s own schema check', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips every security fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds a per-user Chinese NSIS installer, a dmg, an AppImage and a deb, with no update feed', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['zh_CN'], language: '2052' });
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.publish).toBeNull();
  });

  it('names an app icon of 512×512 pixels', async () => {
    expect(config.icon).toBe('build/icon.png');
    const meta = await sharp(readFileSync('build/icon.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 512]);
  });
});

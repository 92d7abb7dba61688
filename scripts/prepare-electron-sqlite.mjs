#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/, leaving node_modules' copy built
// for Node so `npm test` and the CLI keep working beside `npm start`. The app loads this copy
// through better-sqlite3's nativeBinding option (electron/main/paths.ts). Needs the internet the
// first time (Electron's headers or a prebuilt binary); later runs reuse the cached build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const targetDir = join(process.cwd(), 'native', 'electron');
const stampFile = join(targetDir, 'build-stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(targetDir, 'better_sqlite3.node'))) {
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
try {
  cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join('build', 'Release')}`) });
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
  try {
    const prebuild = createRequire(join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
    run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion]);
  } catch {
    run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
  }
  mkdirSync(targetDir, { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(targetDir, 'better_sqlite3.node'));
  writeFileSync(stampFile, stamp);
  console.log(`better-sqlite3 ${sqliteVersion} built for Electron ${electronVersion} → ${targetDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

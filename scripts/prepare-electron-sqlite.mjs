#!/usr/bin/env node
// Builds the two SQLite bindings (better-sqlite3 for plain stores, better-sqlite3-multiple-ciphers for encrypted
// ones) for Electron's ABI into native/electron/, leaving node_modules' copies built for Node so `npm test` and the
// CLI keep working beside `npm start`. The app loads these copies through the nativeBinding option
// (electron/main/paths.ts). Needs the internet the first time (Electron's headers or a prebuilt binary); later runs
// reuse the cached builds.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const targetDir = join(process.cwd(), 'native', 'electron');

/** Each package and the file name its Electron build is kept under. */
const bindings = [
  { packageName: 'better-sqlite3', fileName: 'better_sqlite3.node' },
  { packageName: 'better-sqlite3-multiple-ciphers', fileName: 'better_sqlite3_multiple_ciphers.node' },
];

function buildForElectron({ packageName, fileName }) {
  const packageDir = dirname(require.resolve(`${packageName}/package.json`));
  const packageVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const stampFile = join(targetDir, `${fileName}.stamp.json`);
  const stamp = JSON.stringify({ electronVersion, packageVersion, platform: process.platform, arch: process.arch });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(targetDir, fileName))) return;
  const work = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
  try {
    cpSync(packageDir, work, { recursive: true, filter: (src) => !src.includes(`${join('build', 'Release')}`) });
    const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
    try {
      const prebuild = createRequire(join(packageDir, 'package.json')).resolve('prebuild-install/bin.js');
      run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion]);
    } catch {
      run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
    }
    mkdirSync(targetDir, { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(targetDir, fileName));
    writeFileSync(stampFile, stamp);
    console.log(`${packageName} ${packageVersion} built for Electron ${electronVersion} → ${join(targetDir, fileName)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const binding of bindings) buildForElectron(binding);

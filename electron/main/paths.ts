import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The user's data folder (e.g. %APPDATA%/Dossier), overridable with --data-dir for support cases. */
export function dataDirectory(argv: readonly string[]): string {
  const flag = argv.indexOf('--data-dir');
  const given = flag >= 0 ? argv[flag + 1] : undefined;
  return given ?? join(app.getPath('userData'), 'data');
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

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../core/contract';
import { openDatabase } from '../db/open-database';
import { accessOf } from '../db/open-connection';
import { createHandlers } from './create-handlers';
import { sweepDataFolderTemps } from './temp-file-sweep';
import type { ProgressEvent } from '../../core/progress';
import type { ServiceContext } from './service-context';
import { runCloseHooks } from './close-hooks';
import { databaseFileName } from './data-folder-check';
import type { DataKeys } from '../crypto/data-keys';
import type { EncryptionControl } from './encryption-service';

/** Where the project's own files (templates/, package.json) live, relative to this module. */
function projectRoot(): string {
  // Two levels up from electron/services/ in the source tree and from out/main/ in the build.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** The bundled templates folder. */
export function defaultTemplatesDir(): string {
  return join(projectRoot(), 'templates');
}

/** The app's version, from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export type OpenServicesOptions = {
  dataDir: string;
  /** Defaults to dossier.sqlite in the data folder; the CLI's --db overrides it. */
  databasePath?: string;
  actor: string;
  now?: () => Date;
  templatesDir?: string;
  revealFolder?: (path: string) => void;
  openPath?: (path: string) => void;
  chooseSavePath?: ServiceContext['chooseSavePath'];
  /** Where progress events go; by default nowhere (the CLI prints only the result). */
  reportProgress?: (event: ProgressEvent) => void;
  nativeBinding?: string;
  /** The multiple-ciphers build for an encrypted store (the app's Electron build). */
  cipherNativeBinding?: string;
  /** The database key of an encrypted store, from the passphrase (see electron/crypto/unlock-database.ts). */
  databaseKey?: Uint8Array;
  /** Refresh derived tracking rows in a background job (the app) instead of inside the call that needs them. */
  refreshDerivedRowsInBackground?: boolean;
  appSettingsPath?: string;
  chooseFolder?: ServiceContext['chooseFolder'];
  relaunch?: ServiceContext['relaunch'];
  /** The keys of an encrypted store, from its passphrase. */
  keys?: DataKeys;
  /** The app's control of the store's encryption (open-app-services.ts). */
  encryption?: EncryptionControl;
};

/** Opens the store and wires the handlers: the composition root shared by the app, CLI and bridge. */
export function openServices(options: OpenServicesOptions): { handlers: Handlers; context: ServiceContext; close: () => void } {
  mkdirSync(options.dataDir, { recursive: true });
  const databasePath = options.databasePath ?? join(options.dataDir, databaseFileName);
  mkdirSync(dirname(databasePath), { recursive: true });
  // The keys of an unlocked store carry its database key (the CLI may pass the database key alone).
  const access = accessOf({ ...options, ...(options.keys ? { databaseKey: options.keys.database } : {}) });
  const db = openDatabase(databasePath, access);
  // Once per start, not in each call: what a killed write, bundle or demo left behind. File times are wall-clock
  // times, so the age is measured on the wall clock, not on the services' (possibly fixed) clock.
  sweepDataFolderTemps(options.dataDir, Date.now());
  const context: ServiceContext = {
    db,
    dataDir: options.dataDir,
    databasePath,
    templatesDir: options.templatesDir ?? defaultTemplatesDir(),
    appVersion: packageVersion(),
    actor: options.actor,
    now: options.now ?? (() => new Date()),
    // Imported on first use: opening the services for a command that renders nothing stays cheap.
    loadFonts: async () => (await import('./document-fonts')).loadDocumentFonts(),
    revealFolder: options.revealFolder ?? (() => undefined),
    ...(options.openPath ? { openPath: options.openPath } : {}),
    ...(options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {}),
    reportProgress: options.reportProgress ?? (() => undefined),
    ...access,
    ...(options.refreshDerivedRowsInBackground ? { refreshDerivedRowsInBackground: true } : {}),
    ...(options.appSettingsPath ? { appSettingsPath: options.appSettingsPath } : {}),
    ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
    ...(options.relaunch ? { relaunch: options.relaunch } : {}),
    ...(options.keys ? { filesKey: options.keys.files } : {}),
    ...(options.encryption ? { encryption: options.encryption } : {}),
  };
  const handlers = createHandlers(context);
  return { handlers, context, close: () => { runCloseHooks(context); db.close(); } };
}

import type Database from 'better-sqlite3';
import type { PdfFonts } from '../../core/documents/render-pdf';
import type { ProgressEvent } from '../../core/progress';
import { chinaCalendarDate, chinaTimestamp } from '../../core/china-time';
import type { EncryptionControl } from './encryption-service';

/** One file type a save dialog offers, e.g. { name: 'Excel 工作簿', extensions: ['xlsx'] }. */
export type SaveFilter = { name: string; extensions: string[] };

/** Everything the handlers need from the outside world, injected so tests pass their own. */
export type ServiceContext = {
  db: Database.Database;
  dataDir: string;
  databasePath: string;
  templatesDir: string;
  appVersion: string;
  /** Who is acting, for the audit log (the OS user in the app, "cli" or a test name elsewhere). */
  actor: string;
  now: () => Date;
  loadFonts: () => Promise<PdfFonts>;
  /** Shows a folder in the system file manager; the CLI and the test bridge only report it. */
  revealFolder: (folder: string) => void;
  /** Opens a file with the system's application for it (the app only; elsewhere absent and nothing opens). */
  openPath?: (path: string) => void;
  /**
   * Asks the user where to save an export (the app's save dialog); resolves to the chosen absolute path, or null
   * when the dialog is closed. Absent in the CLI and over the bridge: there the caller passes a path or the
   * export goes to the data folder's exports/.
   */
  chooseSavePath?: (suggestedName: string, filters: SaveFilter[]) => Promise<string | null>;
  /** Forwards progress of long work to the UI (IPC in the app, the bridge's event stream in a browser); must not throw. */
  reportProgress: (event: ProgressEvent) => void;
  /** The app: derived tracking rows are refreshed by a background job between calls; elsewhere each call refreshes them first. */
  refreshDerivedRowsInBackground?: boolean;
  /** The better-sqlite3 build to open the store with in worker threads (the app's Electron build); none: the default. */
  nativeBinding?: string;
  /** This installation's settings file (data folder, language); absent in the command line, where they are not changed. */
  appSettingsPath?: string;
  /** Asks the user for a folder (the app's folder dialog); absent elsewhere, where the page takes a typed path. */
  chooseFolder?: () => Promise<string | null>;
  /** Restarts the app (the app only). */
  relaunch?: () => void;
  /** The multiple-ciphers build for an encrypted store in worker threads (the app's Electron build); none: the default. */
  cipherNativeBinding?: string;
  /** An encrypted store's database key, for the connections workers, backups and restores open; never logged or stored. */
  databaseKey?: Uint8Array;
  /** The files key of an encrypted store (stored files are encrypted with it); absent for a plain store. */
  filesKey?: Buffer;
  /** The app's control of the store's encryption (open-app-services.ts); absent where services are opened directly. */
  encryption?: EncryptionControl;
};

/** Today's date and a timestamp in China time, from the context's clock. */
export function clockOf(context: ServiceContext) {
  return {
    today: () => chinaCalendarDate(context.now()),
    timestamp: () => chinaTimestamp(context.now()),
  };
}

import { app, BrowserWindow, shell } from 'electron';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupOnStart } from '../backup/backup-on-start';
import { accessOf } from '../db/open-connection';
import { openAppServices } from '../services/open-app-services';
import type { AppServices } from '../services/open-app-services';
import { registerIpc } from './ipc';
import { saveDialogFor } from './save-dialog';
import { dataDirectory, electronSqliteBinding } from './paths';
import { applySecurityPolicies } from './security';
import { createMainWindow } from './window';

// out/main/main.js → out/ holds main, preload and renderer; the app root is one level above.
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const appRoot = join(outDir, '..');
let mainWindow: BrowserWindow | undefined;

function ensureSingleInstance(): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** The services, locked until the passphrase is given when the store is encrypted (open-app-services.ts). */
function startServices(): AppServices {
  const nativeBinding = electronSqliteBinding(appRoot);
  return openAppServices({
    dataDir: dataDirectory(process.argv),
    actor: userInfo().username,
    revealFolder: (path) => shell.showItemInFolder(path),
    openPath: (path) => void shell.openPath(path),
    chooseSavePath: saveDialogFor(() => mainWindow),
    refreshDerivedRowsInBackground: true,
    // Progress forwarding (DESIGN.md): jobs' events go to the window; a closed window simply misses them.
    reportProgress: (event) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('dossier:progress', event);
    },
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/**
 * The backup made on every start (backups/ in the data folder, the newest seven kept), once the store is open (after
 * the unlock, for an encrypted one); its outcome goes to the log only.
 */
function backupOnceOpen(services: AppServices): void {
  let done = false;
  services.onOpen(({ context }) => {
    if (done) return;
    done = true;
    const { db, dataDir, appVersion, filesKey } = context;
    void backupOnStart({ db, dataDir, appVersion, ...accessOf(context), ...(filesKey ? { filesKey } : {}) }, { now: new Date() }).then((outcome) => {
      if (!outcome.ok) console.error(`启动备份失败 Start-up backup failed: ${outcome.error.message.en}`);
    });
  });
}

async function main(): Promise<void> {
  if (!ensureSingleInstance()) return;
  // Chinese first: date pickers and built-in dialogs follow the browser locale.
  app.commandLine.appendSwitch('lang', 'zh-CN');
  await app.whenReady();
  applySecurityPolicies();
  const services = startServices();
  registerIpc(services.handlers, () => mainWindow?.webContents);
  mainWindow = createMainWindow(outDir);
  backupOnceOpen(services);
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => {
    services.close();
    app.quit();
  });
}

void main();

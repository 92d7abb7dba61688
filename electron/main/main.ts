import { app, BrowserWindow, shell } from 'electron';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackupSchedule } from '../backup/backup-schedule-timer';
import { openAppServices } from '../services/open-app-services';
import type { AppServices } from '../services/open-app-services';
import { registerIpc } from './ipc';
import { folderDialogFor } from './folder-dialog';
import { saveDialogFor } from './save-dialog';
import { appSettingsPath, dataDirectory, electronSqliteBindings } from './paths';
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
  return openAppServices({
    dataDir: dataDirectory(process.argv),
    actor: userInfo().username,
    revealFolder: (path) => shell.showItemInFolder(path),
    openPath: (path) => void shell.openPath(path),
    chooseSavePath: saveDialogFor(() => mainWindow),
    chooseFolder: folderDialogFor(() => mainWindow),
    appSettingsPath: appSettingsPath(),
    // The new data folder or a restored database is opened by a fresh process; existing data stays where it is.
    // Closing the window (after the reply is sent) runs the usual shutdown, which closes the database first.
    relaunch: () => {
      app.relaunch();
      setTimeout(() => mainWindow?.close(), 100);
    },
    refreshDerivedRowsInBackground: true,
    // Progress forwarding (DESIGN.md): jobs' events go to the window; a closed window simply misses them.
    reportProgress: (event) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('dossier:progress', event);
    },
    ...electronSqliteBindings(appRoot),
  });
}

/**
 * The automatic backups the settings ask for (at start, then looked at hourly), while the store is open: from the
 * unlock for an encrypted one, and again each time the services reopen (a change of encryption or a restore closes
 * them, which stops the schedule), counted from the app's start. A failure goes to the log only.
 */
function backupWhileOpen(services: AppServices): void {
  const startedAt = new Date();
  services.onOpen(({ context }) => {
    startBackupSchedule(context, {
      startedAt,
      onOutcome: (outcome) => {
        if (!outcome.ok) console.error(`自动备份失败 Automatic backup failed: ${outcome.error.message.en}`);
      },
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
  backupWhileOpen(services);
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => {
    services.close();
    app.quit();
  });
}

void main();

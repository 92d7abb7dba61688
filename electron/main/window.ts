import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/** Creates the main window with the renderer isolated from Node and sandboxed. */
export function createMainWindow(outDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: '卷宗 Dossier',
    show: false,
    webPreferences: {
      preload: join(outDir, 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer && devServer.startsWith('http://localhost:')) void window.loadURL(devServer);
  else void window.loadFile(join(outDir, 'renderer', 'index.html'));
  return window;
}

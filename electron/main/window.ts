import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { currentBuildMode } from './build-mode';
import { rendererSource } from './renderer-origin';

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
      // No middle-click (auxclick) navigation; new windows are refused anyway (security.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  // The dev server only in an unpackaged electron-vite dev build (renderer-origin.ts); otherwise the bundled file.
  const source = rendererSource(currentBuildMode(), process.env['ELECTRON_RENDERER_URL']);
  if (source.kind === 'dev-server') void window.loadURL(source.url);
  else void window.loadFile(join(outDir, 'renderer', 'index.html'));
  return window;
}

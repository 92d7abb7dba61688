import { app, session } from 'electron';
import type { WebContents } from 'electron';
import { currentBuildMode } from './build-mode';
import { requestAllowed } from './renderer-origin';

/**
 * Locks the app down: no navigation away from the bundled page, no new windows, no remote
 * content, every permission request denied, no <webview>.
 */
export function applySecurityPolicies(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Belt and braces beside the page's CSP meta tag: nothing is fetched from the network; a packaged
  // build fetches only its own file:// pages (renderer-origin.ts).
  const mode = currentBuildMode();
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !requestAllowed(mode, details.url) });
  });
}

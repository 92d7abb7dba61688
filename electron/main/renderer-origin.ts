/**
 * Where the window's page may come from, and which requests it may make. A development server
 * (ELECTRON_RENDERER_URL, set by `electron-vite dev`) is honoured only in a development build that is
 * not packaged: a packaged app that obeyed the variable would hand a page on localhost — anyone's
 * page — the whole IPC surface. Pure, so the decision is tested without Electron.
 */

/** What the decision needs to know about the running build. */
export type BuildMode = {
  /** app.isPackaged: running from an installer's asar. */
  isPackaged: boolean;
  /** True only when electron-vite dev built the main bundle (import.meta.env.DEV, replaced at build time). */
  developmentBuild: boolean;
};

/** The page to load: the development server's URL, or the bundled renderer file. */
export type RendererSource = { kind: 'dev-server'; url: string } | { kind: 'file' };

/** True when the build may talk to a development server at all. */
export function developmentAllowed(mode: BuildMode): boolean {
  return mode.developmentBuild && !mode.isPackaged;
}

/** True for http://localhost:PORT/… exactly (the URL parsed, so `http://localhost:1@evil.example` is not localhost). */
function isLocalDevServer(text: string, protocols: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return protocols.includes(url.protocol) && url.hostname === 'localhost' && url.port !== '' && url.username === '' && url.password === '';
}

/** Chooses the page to load from the build mode and ELECTRON_RENDERER_URL. */
export function rendererSource(mode: BuildMode, rendererUrl: string | undefined): RendererSource {
  if (developmentAllowed(mode) && rendererUrl && isLocalDevServer(rendererUrl, ['http:'])) return { kind: 'dev-server', url: rendererUrl };
  return { kind: 'file' };
}

/**
 * Whether the session lets a request through. A packaged or production build fetches only its own
 * file:// pages; a development build also reaches devtools and the local dev server (and its hot-reload websocket).
 */
export function requestAllowed(mode: BuildMode, url: string): boolean {
  if (url.startsWith('file://')) return true;
  if (!developmentAllowed(mode)) return false;
  return url.startsWith('devtools://') || isLocalDevServer(url, ['http:', 'ws:']);
}

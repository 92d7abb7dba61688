import { describe, expect, it } from 'vitest';
import { rendererSource, requestAllowed } from '../../electron/main/renderer-origin';

const packaged = { isPackaged: true, developmentBuild: false };
const productionBuild = { isPackaged: false, developmentBuild: false };
// A development bundle copied into a package must still not obey the variable.
const packagedDevBuild = { isPackaged: true, developmentBuild: true };
const development = { isPackaged: false, developmentBuild: true };
const devServer = 'http://localhost:5173/';

describe('the page the window loads', () => {
  it('is the development server only in an unpackaged development build', () => {
    expect(rendererSource(development, devServer)).toEqual({ kind: 'dev-server', url: devServer });
  });

  it('is the bundled file in a packaged app even when ELECTRON_RENDERER_URL names localhost', () => {
    expect(rendererSource(packaged, devServer)).toEqual({ kind: 'file' });
    expect(rendererSource(packagedDevBuild, devServer)).toEqual({ kind: 'file' });
    expect(rendererSource(productionBuild, devServer)).toEqual({ kind: 'file' });
  });

  it('is the bundled file when the variable names anything but a localhost port, even in development', () => {
    for (const url of ['http://localhost:5173@evil.example/', 'http://evil.example:5173/', 'https://localhost:5173/', 'file:///tmp/x.html', 'http://localhost/', 'not a url']) {
      expect(rendererSource(development, url)).toEqual({ kind: 'file' });
    }
    expect(rendererSource(development, undefined)).toEqual({ kind: 'file' });
  });
});

describe('the request filter', () => {
  it('lets a packaged build fetch only file:// pages', () => {
    expect(requestAllowed(packaged, 'file:///app/out/renderer/index.html')).toBe(true);
    for (const url of [devServer, 'ws://localhost:5173/', 'devtools://devtools/bundled/inspector.html', 'https://example.com/', 'http://127.0.0.1:8080/']) {
      expect(requestAllowed(packaged, url)).toBe(false);
      expect(requestAllowed(packagedDevBuild, url)).toBe(false);
      expect(requestAllowed(productionBuild, url)).toBe(false);
    }
  });

  it('lets a development build reach devtools and the local dev server, and nothing else', () => {
    expect(requestAllowed(development, 'devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(requestAllowed(development, `${devServer}src/main.tsx`)).toBe(true);
    expect(requestAllowed(development, 'ws://localhost:5173/')).toBe(true);
    expect(requestAllowed(development, 'http://localhost:5173@evil.example/')).toBe(false);
    expect(requestAllowed(development, 'https://example.com/')).toBe(false);
  });
});

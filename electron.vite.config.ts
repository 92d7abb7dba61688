import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's hot reload needs a websocket to the dev server and React Refresh an inline
 * preamble, both of which the production CSP (connect-src 'none', no inline script) forbids. The built
 * app keeps the strict policy of renderer/index.html untouched.
 */
function devServerCsp(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("connect-src 'none'", "connect-src 'self' ws://localhost:*")
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

// Builds the Electron main process, the sandboxed preload and the renderer into out/.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // Worker entries of their own, started in worker threads from out/main/ (batch-worker-entry.ts, the case import).
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve('electron/main/main.ts'), 'batch-worker': resolve('electron/batch/batch-worker.ts'), 'case-import-worker': resolve('electron/workers/case-import-worker.ts'), 'table-parse-worker': resolve('electron/workers/table-parse-worker.ts') },
        // Chunks sit beside main.js, not in a subfolder: modules find the project root two levels up and the
        // worker files beside themselves (open-services.ts, batch-worker-entry.ts, case-import-off-thread.ts).
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it uses into one CommonJS file.
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve('electron/preload/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devServerCsp()],
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve('renderer/index.html') } },
  },
});

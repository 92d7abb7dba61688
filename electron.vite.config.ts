import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Builds the Electron main process, the sandboxed preload and the renderer into out/.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { outDir: 'out/main', rollupOptions: { input: { main: resolve('electron/main/main.ts') } } },
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
    plugins: [react()],
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve('renderer/index.html') } },
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer on its own, for the browser tests over the loopback bridge; electron.vite.config.ts builds the same for the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)), emptyOutDir: true },
});

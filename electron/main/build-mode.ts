import { app } from 'electron';
import type { BuildMode } from './renderer-origin';

/** The running build: packaged or not, and whether electron-vite dev made it (a constant Vite replaces at build time). */
export function currentBuildMode(): BuildMode {
  return { isPackaged: app.isPackaged, developmentBuild: import.meta.env.DEV === true };
}

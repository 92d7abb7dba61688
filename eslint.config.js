// Lint: typescript-eslint's recommended rules plus the dependency rules of the architecture
// (README.md, "Architecture"): core/ is pure, only electron/main and electron/preload touch
// Electron, only electron/main/ipc.ts touches ipcMain, renderer/ imports only types from core/.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'demo-out/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'core/ is pure: no Electron.' },
          { group: ['better-sqlite3'], message: 'core/ is pure: no database.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ is pure: no React.' },
          { group: nodeBuiltins, message: 'core/ is pure: no file system, processes or network; take bytes and dates as parameters.' },
          { group: ['**/electron/**', '**/renderer/**', '../../electron/*', '../../renderer/*'], message: 'core/ imports nothing outside core/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload import Electron.' }],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only electron/main/ipc.ts registers IPC handlers.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', 'better-sqlite3', ...nodeBuiltins], message: 'renderer/ runs in the sandboxed page: nothing from electron/ or Node.' },
          { group: ['**/core/**'], allowTypeImports: true, message: 'renderer/ imports only types from core/; data comes over the contract.' },
        ],
      }],
    },
  },
);

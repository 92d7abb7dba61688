// The build-time constants electron-vite (Vite) writes into the main bundle: DEV is true only in `electron-vite dev`.
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';

/** The services' folder dialog (ServiceContext.chooseFolder): a native dialog over the window; null when it is closed. */
export function folderDialogFor(window: () => BrowserWindow | undefined) {
  return async (): Promise<string | null> => {
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const owner = window();
    const result = owner && !owner.isDestroyed() ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

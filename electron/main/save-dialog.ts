import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { SaveFilter } from '../services/service-context';

/**
 * The services' save dialog (ServiceContext.chooseSavePath): a native dialog over the window, starting in the
 * user's documents folder with the suggested name; null when the user closes it.
 */
export function saveDialogFor(window: () => BrowserWindow | undefined) {
  return async (suggestedName: string, filters: SaveFilter[]): Promise<string | null> => {
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
    const owner = window();
    const result = owner && !owner.isDestroyed() ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { operationNames } from '../../core/operation-names';
import type { Handlers } from '../../core/contract';
import { handleIpcCall } from '../services/ipc-call';

/**
 * Registers every contract operation as an IPC handler in one loop, on the channel the preload
 * script derives from the same list. The sender check and input parsing live in handleIpcCall.
 */
export function registerIpc(handlers: Handlers, trusted: () => WebContents | undefined): void {
  for (const name of operationNames) {
    ipcMain.handle(`dossier:${name}`, (event, input: unknown) => handleIpcCall(handlers, trusted(), event, name, input));
  }
}

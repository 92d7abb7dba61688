import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { operationNames } from '../../core/contract';
import type { Handlers } from '../../core/contract';
import { DossierError, toErrorPayload } from '../../core/errors';
import { dispatch } from '../services/dispatch';

/**
 * Registers every contract operation as an IPC handler in one loop. Each call is checked to come
 * from our own window's main frame before its input is parsed by the operation's zod schema.
 */
export function registerIpc(handlers: Handlers, trusted: () => WebContents | undefined): void {
  for (const name of operationNames) {
    ipcMain.handle(`dossier:${name}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const window = trusted();
      if (!window || event.sender !== window || event.senderFrame !== window.mainFrame) {
        return {
          ok: false,
          error: toErrorPayload(new DossierError('forbidden', { zh: '拒绝来自未知页面的请求', en: 'Request from an unknown page refused' })),
        };
      }
      return dispatch(handlers, name, input);
    });
  }
}

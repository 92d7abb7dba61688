import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ProgressEvent } from '../../core/progress';
import { operationNames } from '../../core/operation-names';

/**
 * Exposes one function per contract operation on window.dossier, each invoking its own IPC
 * channel: no generic send/invoke passthrough reaches the page.
 */
const api = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`dossier:${name}`, input)]),
);

contextBridge.exposeInMainWorld('dossier', api);

/**
 * window.dossierEvents: progress of long work from the main process. The listener gets only the
 * event object, never the IPC event (which would hand the page ipcRenderer's sender).
 */
const events = {
  onProgress(listener: (event: ProgressEvent) => void): () => void {
    const forward = (_ipc: IpcRendererEvent, event: ProgressEvent) => listener(event);
    ipcRenderer.on('dossier:progress', forward);
    return () => { ipcRenderer.removeListener('dossier:progress', forward); };
  },
};

contextBridge.exposeInMainWorld('dossierEvents', events);

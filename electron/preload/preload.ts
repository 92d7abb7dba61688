import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../../core/operation-names';

/**
 * Exposes one function per contract operation on window.dossier, each invoking its own IPC
 * channel: no generic send/invoke passthrough reaches the page.
 */
const api = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`dossier:${name}`, input)]),
);

contextBridge.exposeInMainWorld('dossier', api);

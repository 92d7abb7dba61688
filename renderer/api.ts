import type { OperationInput, OperationName, OperationOutput, Result } from '../core/contract';
import type { ProgressEvent } from '../core/progress';

/**
 * The renderer's typed client for the contract. In the app it calls the functions the preload
 * script exposes on window.dossier (one per operation, over IPC); in a browser served by the
 * loopback bridge it POSTs to /api/<operation> with the token from the page's URL.
 */

type PreloadApi = { [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>> };

declare global {
  interface Window {
    dossier?: PreloadApi;
    dossierEvents?: { onProgress: (listener: (event: ProgressEvent) => void) => () => void };
  }
}

function bridgeToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem('dossier-token', fromHash);
  return fromHash ?? sessionStorage.getItem('dossier-token') ?? '';
}

async function viaBridge<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': bridgeToken() },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    const text = `${response.status} ${await response.text()}`;
    return { ok: false, error: { code: 'internal', message: { zh: `连接服务失败：${text}`, en: `Bridge error: ${text}` }, details: [] } };
  }
  return (await response.json()) as Result<OperationOutput<K>>;
}

/** Calls one operation and returns its Result; never throws for a domain error. */
export function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
  const preload = window.dossier;
  if (preload) return preload[name](input);
  return viaBridge(name, input);
}

const progressListeners = new Set<(event: ProgressEvent) => void>();
let progressSource: EventSource | null = null;

/**
 * Listens to progress of long work (DESIGN.md: progress forwarding); returns the unsubscribe. In the
 * app through window.dossierEvents (IPC); over the bridge through one EventSource on /api/events that
 * all listeners share, closed when the last one leaves.
 */
export function subscribeProgress(listener: (event: ProgressEvent) => void): () => void {
  const preload = window.dossierEvents;
  if (preload) return preload.onProgress(listener);
  progressListeners.add(listener);
  if (!progressSource) {
    progressSource = new EventSource(`/api/events?token=${encodeURIComponent(bridgeToken())}`);
    progressSource.addEventListener('progress', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as ProgressEvent;
      for (const each of progressListeners) each(event);
    });
  }
  return () => {
    progressListeners.delete(listener);
    if (progressListeners.size === 0 && progressSource) {
      progressSource.close();
      progressSource = null;
    }
  };
}
